/**
 * The store index: what ingest needs to know about a store without loading its graph — the entities
 * (records, name keys, surname keys, country codes, ids, in store order), the article ids, the
 * relationship keys and the INVESTS_IN amounts — kept beside the store so that adding one article to a
 * large store costs a few look-ups, not a load of the whole graph (src/ingest/indexed-ingest.ts).
 *
 * Two files, in step with the snapshot and its batch log (batch-log.ts):
 * - `FILE.idx`, the base: built from a whole graph (a whole save, a compaction, or a full-load ingest
 *   that found the index out of step), for snapshot generation G at log byte `logEnd`; a static hash
 *   file (hash-file.ts) read by positional reads, written atomically.
 * - `FILE.idx.log`, the deltas: a framed log (framed-log.ts) whose first record names the base it
 *   follows and whose records each cover the batch-log bytes [from, to) of one appended batch.
 * The index is in step when the base names the snapshot's generation and its deltas chain from the
 * base's `logEnd` to the batch log's last whole record (indexLogEnd). Anything else — a crash between
 * the batch log's append and the delta's, a writer that does not keep the index, a damaged file — is
 * seen there, and ingest then loads the graph as before and rebuilds the index from it. Never wrong,
 * at worst slow once.
 */
import { closeSync, openSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { MultiDirectedGraph as Graph } from 'graphology';
import type { EntityRecord, GraphPatch } from '../../graph/patch.ts';
import { ENTITY_TYPES, type EntityType } from '../../graph/model.ts';
import type { KnownInvestment, StoreLookup } from '../../resolve/index.ts';
import { surnameKeys } from '../../resolve/entity-index.ts';
import { nameKey } from '../../extract/names.ts';
import { buildSet, buildTable, HashSetReader, HashTableReader, readAt } from './hash-file.ts';
import { writeFileAtomic } from './atomic-file.ts';
import { appendRecords, logBytes, readLog, MAX_RECORD_BYTES } from './framed-log.ts';
import { withLogFollowing } from './batch-log.ts';

export const INDEX_FORMAT = 'newsgraph-index/1';
const MAGIC = Buffer.from('NGINDEX1', 'latin1');
const DELTA_MAGIC = 'NGIDXLG1';
export const indexFileOf = (storeFile: string): string => `${storeFile}.idx`;
export const indexLogOf = (storeFile: string): string => `${storeFile}.idx.log`;

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const PAIR = '\u0000';

/** An INVESTS_IN relationship's key, ends and amount fields (null: present, but not usable). */
export interface InvestmentFact { key: string; source: string; target: string; amount?: number | null; currency?: string | null; amountUsd?: number | null }

/** What a whole graph gives the index, collected in one pass (no key computed yet). */
export interface IndexContents {
  entities: EntityRecord[];
  articles: string[];
  relations: string[];
  investments: InvestmentFact[];
}

interface EntityChange { ord: number; rec: EntityRecord; keys: string[]; surnames: string[]; iso?: string }

/** One appended batch, as the index sees it. */
export interface IndexDelta {
  from: number;
  to: number;
  articles: string[];
  relations: string[];
  entities: EntityChange[];
  investments: InvestmentFact[];
}

interface BaseHeader {
  format: string;
  id: string;
  generation: string;
  logEnd: number;
  entities: number;
  at: { offsets: number; records: number; table: number; values: number; set: number };
}

function fact(key: string, source: string, target: string, props: Record<string, unknown>): InvestmentFact {
  const f: InvestmentFact = { key, source, target };
  const { amount, currency, amountUsd } = props;
  if (amount !== undefined) f.amount = typeof amount === 'number' ? amount : null;
  if (currency !== undefined) f.currency = typeof currency === 'string' ? currency : null;
  if (amountUsd !== undefined) f.amountUsd = typeof amountUsd === 'number' ? amountUsd : null;
  return f;
}

/** The index's contents of a graph, in the graph's order (what knownEntities and knownInvestments read). */
export function collectIndex(graph: Graph): IndexContents {
  const out: IndexContents = { entities: [], articles: [], relations: [], investments: [] };
  graph.forEachNode((key, a) => {
    if (a.type === 'Article') { out.articles.push(key); return; }
    if (!ENTITY_TYPE_SET.has(a.type)) return;
    const rec: EntityRecord = { id: key, type: a.type as EntityType, name: String(a.name ?? key), aliases: Array.isArray(a.aliases) ? a.aliases.map(String) : [] };
    if (typeof a.iso2 === 'string') rec.iso2 = a.iso2;
    out.entities.push(rec);
  });
  graph.forEachEdge((key, a, source, target) => {
    out.relations.push(key);
    if (a.type === 'INVESTS_IN') out.investments.push(fact(key, source, target, a));
  });
  return out;
}

/** The look-up keys of an entity record: name keys, surname keys (people), country code. */
function keysOf(rec: EntityRecord): { keys: string[]; surnames: string[]; iso?: string } {
  const keys: string[] = [], surnames: string[] = [];
  for (const n of [rec.name, ...rec.aliases]) {
    const k = nameKey(n);
    if (!k) continue;
    if (!keys.includes(k)) keys.push(k);
    if (rec.type === 'Person') for (const s of surnameKeys(k)) if (!surnames.includes(s)) surnames.push(s);
  }
  return rec.type === 'Country' && rec.iso2 ? { keys, surnames, iso: rec.iso2.toUpperCase() } : { keys, surnames };
}

/** The base file's bytes for a graph's contents at snapshot `generation`, batch log byte `logEnd`. */
export function encodeIndexBase(contents: IndexContents, generation: string, logEnd: number, id = randomBytes(8).toString('hex')): Buffer {
  const table = new Map<string, unknown>();
  const records: Buffer[] = [];
  const offsets = new Uint32Array(contents.entities.length + 1);
  let at = 0;
  contents.entities.forEach((rec, ord) => {
    const bytes = Buffer.from(JSON.stringify(rec), 'utf8');
    records.push(bytes);
    offsets[ord] = at;
    at += bytes.length;
    const { keys, surnames, iso } = keysOf(rec);
    for (const k of keys) { const list = table.get(`k${k}`) as number[] | undefined; if (list) list.push(ord); else table.set(`k${k}`, [ord]); }
    // the last in store order wins, as EntityIndex.addName / add leave it
    for (const s of surnames) table.set(`s${s}`, ord);
    if (iso) table.set(`c${iso}`, ord);
    table.set(`i${rec.id}`, ord);
  });
  offsets[contents.entities.length] = at;
  for (const f of contents.investments) {
    const pair = `v${f.source}${PAIR}${f.target}`;
    const list = table.get(pair) as InvestmentFact[] | undefined;
    if (list) list.push(f); else table.set(pair, [f]);
  }
  const { table: tableBytes, values } = buildTable(table);
  const set = buildSet((function* () {
    for (const a of contents.articles) yield `a${a}`;
    for (const r of contents.relations) yield `r${r}`;
  })(), contents.articles.length + contents.relations.length);
  const parts = [Buffer.from(offsets.buffer, offsets.byteOffset, offsets.byteLength), Buffer.concat(records), tableBytes, values, set];
  const starts: number[] = [];
  let pos = 16;
  for (const p of parts) { starts.push(pos); pos += p.length; }
  const header: BaseHeader = {
    format: INDEX_FORMAT, id, generation, logEnd, entities: contents.entities.length,
    at: { offsets: starts[0]!, records: starts[1]!, table: starts[2]!, values: starts[3]!, set: starts[4]! },
  };
  const head = Buffer.alloc(16);
  MAGIC.copy(head, 0);
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  head.writeUInt32LE(pos, 8);
  head.writeUInt32LE(headerBytes.length, 12);
  return Buffer.concat([head, ...parts, headerBytes]);
}

/** Writes a new base (and an empty delta log that follows it). The caller holds the store's lock. */
export async function writeIndex(storeFile: string, contents: IndexContents, generation: string, logEnd: number): Promise<void> {
  const id = randomBytes(8).toString('hex');
  await writeFileAtomic(indexFileOf(storeFile), encodeIndexBase(contents, generation, logEnd, id));
  await writeFileAtomic(indexLogOf(storeFile), logBytes(DELTA_MAGIC, [Buffer.from(JSON.stringify({ base: id }), 'utf8')]));
}

const encodeDelta = (d: IndexDelta): Buffer => Buffer.from(JSON.stringify(d), 'utf8');

/**
 * A store's index as it stands: the base read by positional reads, the deltas held in memory.
 * Implements the resolver's StoreLookup; `noteBatch` adds a batch (for the delta to append).
 */
export class StoreIndex implements StoreLookup {
  /** The batch-log byte the base and its deltas reach. */
  logEnd: number;
  private entityCount: number;
  private readonly recs = new Map<string, { ord: number; rec: EntityRecord }>();
  private readonly byOrd = new Map<number, EntityRecord>();
  private readonly keyAdds = new Map<string, Set<number>>();
  private readonly surnameAdds = new Map<string, number>();
  private readonly isoAdds = new Map<string, number>();
  private readonly articles = new Set<string>();
  private readonly relations = new Set<string>();
  private readonly investments = new Map<string, InvestmentFact[]>();
  private readonly table: HashTableReader;
  private readonly set: HashSetReader;
  /** Where the delta log's next record goes. */
  private deltaEnd = 0;

  private constructor(private readonly fd: number, private readonly header: BaseHeader, private readonly storeFile: string) {
    this.logEnd = header.logEnd;
    this.entityCount = header.entities;
    this.table = new HashTableReader(fd, header.at.table, header.at.values);
    this.set = new HashSetReader(fd, header.at.set);
  }

  get generation(): string { return this.header.generation; }

  /** The delta log's length in bytes (what opening the index replays). */
  get deltaBytes(): number { return this.deltaEnd; }

  /**
   * Opens the index of `storeFile`; undefined when there is none, it is damaged, or its deltas do not
   * chain (a gap: a batch appended without its delta). Whether it reaches the batch log's end is
   * indexLogEnd's question.
   */
  static async open(storeFile: string): Promise<StoreIndex | undefined> {
    let fd: number;
    try {
      fd = openSync(indexFileOf(storeFile), 'r');
    } catch {
      return undefined;
    }
    let index: StoreIndex;
    try {
      const head = readAt(fd, 0, 16);
      if (!head.subarray(0, 8).equals(MAGIC)) throw new Error('not an index');
      const header = JSON.parse(readAt(fd, head.readUInt32LE(8), head.readUInt32LE(12)).toString('utf8')) as BaseHeader;
      if (header.format !== INDEX_FORMAT) throw new Error('another index format');
      index = new StoreIndex(fd, header, storeFile);
    } catch {
      closeSync(fd);
      return undefined;
    }
    const scan = await readLog(indexLogOf(storeFile), DELTA_MAGIC).catch(() => undefined);
    const first = scan?.records[0];
    const follows = first && (JSON.parse(first.payload.toString('utf8')) as { base?: string }).base === index.header.id;
    if (!scan || !follows) return index; // no deltas yet for this base (a crash between the two writes, or none written)
    index.deltaEnd = scan.validEnd;
    for (const r of scan.records.slice(1)) {
      const delta = JSON.parse(r.payload.toString('utf8')) as IndexDelta;
      if (delta.from !== index.logEnd) { index.close(); return undefined; }
      index.apply(delta);
    }
    return index;
  }

  close(): void {
    try { closeSync(this.fd); } catch { /* closed already */ }
  }

  private apply(d: IndexDelta): void {
    for (const a of d.articles) this.articles.add(a);
    for (const r of d.relations) this.relations.add(r);
    for (const e of d.entities) this.applyEntity(e);
    for (const f of d.investments) this.applyInvestment(f);
    this.logEnd = d.to;
  }

  private applyEntity(e: EntityChange): void {
    this.recs.set(e.rec.id, { ord: e.ord, rec: e.rec });
    this.byOrd.set(e.ord, e.rec);
    if (e.ord >= this.entityCount) this.entityCount = e.ord + 1;
    for (const k of e.keys) { const s = this.keyAdds.get(k); if (s) s.add(e.ord); else this.keyAdds.set(k, new Set([e.ord])); }
    for (const k of e.surnames) this.surnameAdds.set(k, Math.max(this.surnameAdds.get(k) ?? -1, e.ord));
    if (e.iso) this.isoAdds.set(e.iso, Math.max(this.isoAdds.get(e.iso) ?? -1, e.ord));
  }

  private applyInvestment(f: InvestmentFact): void {
    const pair = `${f.source}${PAIR}${f.target}`;
    const list = this.investments.get(pair);
    if (list) list.push(f); else this.investments.set(pair, [f]);
  }

  private baseRecord(ord: number): EntityRecord {
    const span = readAt(this.fd, this.header.at.offsets + ord * 4, 8);
    const start = span.readUInt32LE(0), end = span.readUInt32LE(4);
    return JSON.parse(readAt(this.fd, this.header.at.records + start, end - start).toString('utf8')) as EntityRecord;
  }

  private record(ord: number): EntityRecord {
    return this.byOrd.get(ord) ?? this.baseRecord(ord);
  }

  private baseOrdinal(id: string): number | undefined {
    return this.table.get(`i${id}`) as number | undefined;
  }

  ordinalOf(id: string): number | undefined {
    return this.recs.get(id)?.ord ?? this.baseOrdinal(id);
  }

  entity(id: string): EntityRecord | undefined {
    const over = this.recs.get(id);
    if (over) return over.rec;
    const ord = this.baseOrdinal(id);
    return ord === undefined ? undefined : this.baseRecord(ord);
  }

  withNameKey(key: string): EntityRecord[] {
    const base = (this.table.get(`k${key}`) as number[] | undefined) ?? [];
    const adds = this.keyAdds.get(key);
    const ords = adds ? [...new Set([...base, ...adds])].sort((a, b) => a - b) : base;
    return ords.map((o) => this.record(o));
  }

  withSurname(key: string): EntityRecord | undefined {
    const ord = Math.max((this.table.get(`s${key}`) as number | undefined) ?? -1, this.surnameAdds.get(key) ?? -1);
    return ord < 0 ? undefined : this.record(ord);
  }

  withIso(iso2: string): EntityRecord | undefined {
    const ord = Math.max((this.table.get(`c${iso2}`) as number | undefined) ?? -1, this.isoAdds.get(iso2) ?? -1);
    return ord < 0 ? undefined : this.record(ord);
  }

  hasId(id: string): boolean {
    return this.recs.has(id) || this.baseOrdinal(id) !== undefined;
  }

  hasArticle(id: string): boolean {
    return this.articles.has(id) || this.set.has(`a${id}`);
  }

  hasRelation(key: string): boolean {
    return this.relations.has(key) || this.set.has(`r${key}`);
  }

  /** Every INVESTS_IN fact of the pair, merged as the graph merges relations (first value of each field kept). */
  private investmentFacts(source: string, target: string): InvestmentFact[] {
    const pair = `${source}${PAIR}${target}`;
    const merged = new Map<string, InvestmentFact>();
    for (const f of [...((this.table.get(`v${pair}`) as InvestmentFact[] | undefined) ?? []), ...(this.investments.get(pair) ?? [])]) {
      const known = merged.get(f.key);
      if (!known) { merged.set(f.key, { ...f }); continue; }
      if (known.amount === undefined && f.amount !== undefined) known.amount = f.amount;
      if (known.currency === undefined && f.currency !== undefined) known.currency = f.currency;
      if (known.amountUsd === undefined && f.amountUsd !== undefined) known.amountUsd = f.amountUsd;
    }
    return [...merged.values()];
  }

  investmentsBetween(source: string, target: string): KnownInvestment[] {
    const out: KnownInvestment[] = [];
    for (const f of this.investmentFacts(source, target)) {
      if (typeof f.amountUsd !== 'number') continue;
      const properties: KnownInvestment['properties'] = { amountUsd: f.amountUsd };
      if (typeof f.amount === 'number') properties.amount = f.amount;
      if (typeof f.currency === 'string') properties.currency = f.currency;
      out.push({ key: f.key, source, target, properties });
    }
    return out;
  }

  /**
   * The delta of a batch of patches appended at batch-log bytes [from, to), with the graph's merge
   * rules (merge.ts) applied to the entity records; the index takes it in at once, so the next patch
   * of the batch sees the one before.
   */
  noteBatch(patches: readonly GraphPatch[], from: number, to: number): IndexDelta {
    const delta: IndexDelta = { from, to, articles: [], relations: [], entities: [], investments: [] };
    const changed = new Map<string, EntityChange>();
    for (const p of patches) {
      if (!this.hasArticle(p.article.id)) { this.articles.add(p.article.id); delta.articles.push(p.article.id); }
      for (const e of p.entities) {
        const ord = this.ordinalOf(e.id);
        const old = ord === undefined ? undefined : this.entity(e.id)!;
        let rec: EntityRecord;
        if (!old) {
          rec = { id: e.id, type: e.type, name: e.name, aliases: union([], e.aliases.filter((a) => a !== e.name)) };
          if (e.iso2) rec.iso2 = e.iso2;
        } else {
          rec = { ...old, aliases: union(old.aliases, [e.name, ...e.aliases].filter((a) => a !== old.name)) };
          if (e.iso2 && !old.iso2) rec.iso2 = e.iso2;
        }
        const change: EntityChange = { ord: ord ?? this.entityCount, rec, ...keysOf(rec) };
        this.applyEntity(change);
        changed.set(e.id, change);
      }
      for (const r of p.relations) {
        if (!this.hasRelation(r.key)) { this.relations.add(r.key); delta.relations.push(r.key); }
        if (r.type === 'INVESTS_IN') { const f = fact(r.key, r.source, r.target, r.properties); this.applyInvestment(f); delta.investments.push(f); }
      }
    }
    delta.entities = [...changed.values()];
    this.logEnd = to;
    return delta;
  }

  /** Appends a delta to the delta log (under the store's lock), after its torn tail if any; fsync'ed. */
  async appendDelta(delta: IndexDelta): Promise<void> {
    const payload = encodeDelta(delta);
    if (payload.length > MAX_RECORD_BYTES) throw new Error('index delta too large');
    if (this.deltaEnd === 0) {
      // no delta log follows this base yet: start one
      await writeFileAtomic(indexLogOf(this.storeFile), logBytes(DELTA_MAGIC, [Buffer.from(JSON.stringify({ base: this.header.id }), 'utf8'), payload]));
      const scan = await readLog(indexLogOf(this.storeFile), DELTA_MAGIC);
      this.deltaEnd = scan?.validEnd ?? 0;
      return;
    }
    this.deltaEnd = await appendRecords(indexLogOf(this.storeFile), DELTA_MAGIC, this.deltaEnd, [payload]);
  }
}

function union(existing: readonly string[], added: readonly string[]): string[] {
  const list = existing.slice();
  const seen = new Set(list);
  for (const item of added) if (!seen.has(item)) { seen.add(item); list.push(item); }
  return list;
}

/**
 * Where the next batch goes in the batch log when the index is in step with it (its deltas reach the
 * log's last whole record, and the log follows `generation`); undefined otherwise. A torn tail past
 * that point is no record: the append cuts it.
 */
export async function indexLogEnd(storeFile: string, index: StoreIndex, generation: string): Promise<number | undefined> {
  if (index.generation !== generation) return undefined;
  return withLogFollowing(storeFile, generation, async (handle, size) => {
    const end = index.logEnd;
    if (end > size) return undefined;
    if (end === size) return end;
    const frame = Buffer.alloc(8);
    await handle.read(frame, 0, 8, end);
    const length = frame.readUInt32LE(0);
    if (end + 8 + length > size || length > MAX_RECORD_BYTES) return end; // torn
    const payload = Buffer.alloc(length);
    await handle.read(payload, 0, length, end + 8);
    return crc32(payload) === frame.readUInt32LE(4) ? undefined : end; // a whole record the index lacks: out of step
  });
}
