/**
 * The embedded store: a graphology multi-graph in memory, persisted atomically to one JSON snapshot file.
 * Queries go to the embedded Cypher engine, which keeps its indexes in step with the graph.
 *
 * Several processes may write one file: each save runs under the file's lock (store-lock.ts) and first
 * checks that the file is still the version this store read or wrote last. If another process saved
 * meanwhile, the articles applied here since the last save are merged into the file's new contents
 * (patches are idempotent merges); changes that cannot be replayed (Cypher or Bolt writes) make the
 * save fail loudly rather than overwrite the other process's work.
 */
import graphology from 'graphology';
import { stat } from 'node:fs/promises';
import type { MultiDirectedGraph as Graph } from 'graphology';
import type { Snapshot, GraphAttributes } from '../../graph/model.ts';
import type { EntityRecord, GraphPatch } from '../../graph/patch.ts';
import type { QueryOptions, QueryResult } from '../../graph/result.ts';
import { ENTITY_TYPES, type EntityType } from '../../graph/model.ts';
import type { ApplySummary, GraphStats, Store } from '../store.ts';
import { applyPatch } from './merge.ts';
import { readSnapshotHeader, fileIdentity, sameIdentity, StoreFileError, SNAPSHOT_FORMAT, type FileIdentity } from './snapshot-file.ts';
import { removeOrphanedTemps, writeFileAtomic } from './atomic-file.ts';
import { encodeSnapshot, type SnapshotHeader } from './snapshot-codec.ts';
import { importSnapshot, type SnapshotSource } from './snapshot-graph.ts';
import { appendBatch, batchLogOf, freshLogBytes, logFor, patchesFrom, readBatchLog, replayFrom, unchangedLog } from './batch-log.ts';
import { readStoreState, type StoreState } from './store-state.ts';
import { newGeneration } from './generation.ts';
import { checkGrowth, checkLoad } from './capacity.ts';
import { withStoreLock, type LockOptions } from './store-lock.ts';
import { STORE_DEFAULTS } from './defaults.ts';
import { collectIndex } from './store-index.ts';
import { indexAppended, indexRebuilt } from './index-upkeep.ts';
import { restorePropertyTypes } from './property-types.ts';
import type { CypherEngine } from '../../cypher/index.ts';
import { refreshGraphTime, typeDateFields } from '../../time/graph-time.ts';
import { retractArticle, type RetractSummary } from '../../time/retract.ts';

const { MultiDirectedGraph } = graphology;
const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

/** Runs read-only queries away from the main thread (src/query-workers). */
export interface ReadQueryRunner {
  run(cypher: string, options: QueryOptions): Promise<QueryResult>;
}

export interface MemoryStoreOptions extends LockOptions {
  /** File the graph is loaded from and saved to; none = purely in memory. */
  file?: string;
  name?: string;
  /** Told when the batch log has grown past the compaction threshold (e.g. to start `newsgraph compact`). */
  onCompactionDue?: (file: string) => void;
}

/**
 * The in-process lock shared by the graph's writers (Bolt transactions, HTTP writes). A save takes it
 * to copy the graph, so it never copies the writes of a transaction that may still roll back.
 */
export interface WriteGate {
  acquire(timeoutMs: number): Promise<void>;
  release(): void;
}

export interface MemoryStoreFileState {
  /** The file's version as read at open; undefined = unknown (the file is then overwritten without a check). */
  identity?: FileIdentity | null;
  lock?: LockOptions;
  /** The snapshot's generation and how far into its batch log the graph is (batch-log.ts). */
  generation?: string;
  logPos?: number;
  onCompactionDue?: (file: string) => void;
}

/** JSON cannot hold bigints: integers beyond 2^53 become strings, as in query results. */
function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  return value;
}

export function emptySnapshot(name = 'newsgraph'): Snapshot {
  return {
    attributes: { name, createdAt: new Date().toISOString(), articles: 0, format: SNAPSHOT_FORMAT },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: [],
    edges: [],
  };
}

export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  readonly graph: Graph;
  private engine: CypherEngine | undefined;
  private dirty = false;
  private saving: Promise<void> = Promise.resolve();
  /** Version of the file this store read or wrote last. */
  private identity: FileIdentity | null | undefined;
  /** Patches applied since the last save: replayable over a file another process has changed. */
  private pending: GraphPatch[] = [];
  /** Why changes since the last save cannot be replayed (set by Cypher and Bolt writes). */
  private unmergeable: string | undefined;
  /** load(): the next save replaces the file, whatever it holds then. */
  private replacing = false;
  /** The next save writes the whole snapshot (a compaction in this process). */
  private wholeSave = false;
  private gate: WriteGate | undefined;
  private readonly lockOptions: LockOptions;
  private reads: ReadQueryRunner | undefined;
  /** Generation of the snapshot on disk this graph follows, and the end of its log the graph holds. */
  private generation: string | undefined;
  private logPos = 0;
  private readonly onCompactionDue: ((file: string) => void) | undefined;

  constructor(readonly file: string | undefined, snapshot: SnapshotSource, state: MemoryStoreFileState = {}) {
    this.identity = state.identity;
    this.lockOptions = state.lock ?? {};
    this.generation = state.generation;
    this.logPos = state.logPos ?? 0;
    this.onCompactionDue = state.onCompactionDue;
    this.graph = new MultiDirectedGraph({ allowSelfLoops: true });
    importSnapshot(this.graph, snapshot);
    const attrs = this.graph.getAttributes() as Partial<GraphAttributes>;
    if (!attrs.format) this.graph.mergeAttributes({ format: SNAPSHOT_FORMAT });
    if (!attrs.createdAt) this.graph.mergeAttributes({ createdAt: new Date().toISOString() });
  }

  /** The engine is loaded on first query: ingest and export never pay for it. */
  private async cypher(): Promise<CypherEngine> {
    if (!this.engine) {
      const { CypherEngine } = await import('../../cypher/index.ts');
      this.engine = new CypherEngine(this.graph);
    }
    return this.engine;
  }

  async apply(patches: GraphPatch[]): Promise<ApplySummary> {
    const summary: ApplySummary = { newArticles: 0, newEntities: 0, newRelations: 0 };
    for (const patch of patches) applyPatch(this.graph, patch, summary);
    refreshGraphTime(this.graph, patches);
    if (this.file) this.pending.push(...patches);
    checkGrowth(this.file, this.graph);
    if (summary.newArticles || summary.newEntities || summary.newRelations || patches.length) {
      // counted, not recounted: one article into a large graph must not walk every node
      const known = this.graph.getAttribute('articles');
      if (typeof known === 'number') {
        this.dirty = true;
        if (summary.newArticles) this.graph.setAttribute('articles', known + summary.newArticles);
      } else this.touch();
    }
    return summary;
  }

  /** Takes one article out (src/time/retract.ts); undefined when the store has no such article. */
  async removeArticle(id: string): Promise<RetractSummary | undefined> {
    const summary = retractArticle(this.graph, id);
    if (summary) this.markDirty('an article removal');
    return summary;
  }

  /** Saves go through this lock, so they copy the graph between two transactions, never inside one. */
  useWriteGate(gate: WriteGate): void {
    this.gate = gate;
  }

  /** Records that the graph changed outside apply()/query() (e.g. over Bolt), so the next flush saves it. */
  markDirty(reason = 'writes made over Bolt or Cypher'): void {
    this.unmergeable ??= reason;
    this.touch();
  }

  /** The next flush writes the whole graph as a new snapshot (and merges what others saved meanwhile). */
  saveWhole(): void {
    this.wholeSave = true;
    this.touch(true);
  }

  /** Batches read from the log at open: applied, not to be saved again. */
  replayBatches(batches: GraphPatch[][]): void {
    const ignored: ApplySummary = { newArticles: 0, newEntities: 0, newRelations: 0 };
    for (const batch of batches) {
      for (const patch of batch) applyPatch(this.graph, patch, ignored);
      refreshGraphTime(this.graph, batch); // the log holds patches, not the time fields they derived
    }
    this.touch(false);
  }

  private touch(dirty = true): void {
    if (dirty) this.dirty = true;
    let articles = 0;
    this.graph.forEachNode((_k, a) => { if (a.type === 'Article') articles++; });
    this.graph.mergeAttributes({ articles });
  }

  async knownEntities(): Promise<EntityRecord[]> {
    const out: EntityRecord[] = [];
    this.graph.forEachNode((key, a) => {
      if (!ENTITY_TYPE_SET.has(a.type)) return;
      const rec: EntityRecord = { id: key, type: a.type as EntityType, name: String(a.name ?? key), aliases: Array.isArray(a.aliases) ? a.aliases.map(String) : [] };
      if (typeof a.iso2 === 'string') rec.iso2 = a.iso2;
      out.push(rec);
    });
    return out;
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.graph.hasNode(id) && this.graph.getNodeAttribute(id, 'type') === 'Article';
  }

  /** The graph as plain JSON data, converted element by element (never one string of the whole graph). */
  async snapshot(): Promise<Snapshot> {
    const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v, jsonReplacer)) as T;
    const out = this.graph.export() as unknown as Snapshot;
    out.attributes = plain(out.attributes);
    for (const n of out.nodes) n.attributes = plain(n.attributes);
    for (const e of out.edges) e.attributes = plain(e.attributes);
    return out;
  }

  async load(snapshot: Snapshot): Promise<void> {
    await restorePropertyTypes(snapshot);
    this.graph.clear();
    this.graph.replaceAttributes({});
    this.graph.import(snapshot as never);
    this.graph.mergeAttributes({ format: SNAPSHOT_FORMAT });
    typeDateFields(this.graph);
    this.replacing = true;
    this.pending = [];
    this.touch();
  }

  /** From now on, read-only queries run on `runner`; writes stay on this thread (undefined: all here). */
  setReadRunner(runner: ReadQueryRunner | undefined): void {
    this.reads = runner;
  }

  async query(cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
    if (this.reads) {
      // every query is tried as a read first; the engine refuses a write at compile time, before any row
      try {
        return await this.reads.run(cypher, { ...options, readOnly: true });
      } catch (err) {
        if (options.readOnly || (err as { kind?: unknown }).kind !== 'Forbidden') throw err;
      }
    }
    const result = (await this.cypher()).run(cypher, options);
    const s = result.stats;
    if (s && Object.values(s).some((n) => typeof n === 'number' && n > 0)) this.markDirty('Cypher writes');
    return result;
  }

  async stats(): Promise<GraphStats> {
    const nodesByType: Record<string, number> = {};
    const relationshipsByType: Record<string, number> = {};
    let articles = 0, entities = 0;
    this.graph.forEachNode((_k, a) => {
      const t = String(a.type ?? '(none)');
      nodesByType[t] = (nodesByType[t] ?? 0) + 1;
      if (t === 'Article') articles++;
      else if (ENTITY_TYPE_SET.has(t)) entities++;
    });
    this.graph.forEachEdge((_k, a) => {
      const t = String(a.type ?? '(none)');
      relationshipsByType[t] = (relationshipsByType[t] ?? 0) + 1;
    });
    return { articles, entities, relationships: this.graph.size, nodesByType, relationshipsByType };
  }

  /**
   * Saves when dirty. Saves run one after another; a change made during a save is kept for the next.
   * Batches of patches are appended to the log beside the snapshot (fsync'ed before this returns);
   * an import, Cypher or Bolt writes, or a store without a binary snapshot yet, write the whole
   * snapshot (a compaction).
   */
  flush(): Promise<void> {
    const run = async () => {
      if (!this.file || !this.dirty) return;
      const file = this.file;
      const gate = this.gate;
      if (gate) await gate.acquire(STORE_DEFAULTS.gateTimeoutMs);
      let gated = Boolean(gate);
      const openGate = () => { if (gated) { gated = false; gate!.release(); } };
      try {
        await withStoreLock(file, this.lockOptions, async () => {
          await removeOrphanedTemps(file, 'all');
          const disk = await readSnapshotHeader(file);
          if (!this.replacing && !this.unmergeable && !this.wholeSave && disk.header) await this.appendPending(file, disk.header, disk.identity, openGate);
          else await this.writeWhole(file, openGate);
        });
      } finally {
        openGate();
      }
    };
    const next = this.saving.then(run, run);
    this.saving = next.catch(() => {});
    return next;
  }

  /** Appends the patches applied since the last save to the log (under the lock). */
  private async appendPending(file: string, header: SnapshotHeader, identity: FileIdentity | null, openGate: () => void): Promise<void> {
    const mine = this.identity !== undefined && sameIdentity(identity, this.identity) && this.generation === header.generation;
    const log = (mine ? await unchangedLog(file, header.generation, this.logPos) : undefined) ?? await logFor(file, header);
    const inSync = this.identity !== undefined && sameIdentity(identity, this.identity) && this.generation === header.generation &&
      (this.logPos === log.validEnd || (this.logPos === 0 && log.validEnd === log.headerEnd));
    const patches = this.pending;
    this.pending = [];
    this.dirty = false;
    openGate(); // the patches are data already: transactions may go on while they are written
    if (!patches.length) return;
    let end: number;
    try {
      end = await appendBatch(file, log, patches);
    } catch (err) {
      this.dirty = true;
      this.pending = patches.concat(this.pending);
      throw err;
    }
    if (inSync) this.logPos = end;
    // the store index follows; a CLI's graph (no gate: nothing else writes it) may rebuild it
    await indexAppended(file, header.generation, log.validEnd, end, patches, inSync && !this.gate ? this.graph : undefined);
    const limit = Math.max(STORE_DEFAULTS.compactMinLogBytes, STORE_DEFAULTS.compactLogRatio * (identity?.size ?? 0));
    if (end > limit) this.onCompactionDue?.(file);
  }

  /** Writes the whole graph as a new snapshot generation and starts its log afresh (under the lock). */
  private async writeWhole(file: string, openGate: () => void): Promise<void> {
    if (this.identity !== undefined && !this.replacing && await this.changedOnDisk(file)) await this.mergeIntoFileContents(file);
    const generation = newGeneration();
    // encoded synchronously while no transaction is open: the copy is consistent
    const bytes = encodeSnapshot(this.graph, { generation });
    const indexContents = collectIndex(this.graph);
    const saved = { pending: this.pending, unmergeable: this.unmergeable, replacing: this.replacing };
    this.pending = [];
    this.unmergeable = undefined;
    this.replacing = false;
    this.wholeSave = false;
    this.dirty = false;
    openGate();
    try {
      const oldLog = await stat(batchLogOf(file)).then((st) => st.size, () => 0);
      await writeFileAtomic(file, bytes);
      this.generation = generation;
      this.logPos = 0;
      // the old log is now stale (another generation): ignored on load, started afresh by the next
      // append. Rewritten here only when it holds records, to free its space — a Bolt commit that
      // saves whole each time pays one rename, not two
      if (oldLog > 64) await writeFileAtomic(batchLogOf(file), freshLogBytes(generation)).then(() => { this.logPos = 0; });
      await indexRebuilt(file, indexContents, generation, freshLogBytes(generation).length);
    } catch (err) {
      this.dirty = true;
      this.pending = saved.pending.concat(this.pending);
      this.unmergeable ??= saved.unmergeable;
      this.replacing ||= saved.replacing;
      throw err;
    }
    this.identity = await fileIdentity(file);
  }

  /** Whether snapshot or log changed since this store read or wrote them. */
  private async changedOnDisk(file: string): Promise<boolean> {
    const disk = await readSnapshotHeader(file);
    if (!sameIdentity(disk.identity, this.identity ?? null)) return true;
    if (!disk.header) return false;
    const log = await readBatchLog(file);
    const from = replayFrom(log, disk.header);
    if (from === undefined) return this.logPos > 0 && log.generation === this.generation;
    return this.generation !== disk.header.generation || log.validEnd !== this.logPos;
  }

  async close(): Promise<void> {
    await this.flush();
  }

  /**
   * Follows writes made beside this store while nothing here waits to be saved, so a long-running
   * server keeps up instead of later refusing to save over them: batches appended to the log are
   * applied; a compaction of what the graph already holds is adopted without reloading; anything
   * else (an import) reloads the graph. Runs between transactions, like a save. True when the graph changed.
   */
  refresh(): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      const file = this.file;
      if (!file || this.identity === undefined || this.dirty) return false;
      const disk = await readSnapshotHeader(file).catch(() => undefined);
      if (!disk?.identity) return false;
      const same = sameIdentity(disk.identity, this.identity);
      const log = disk.header ? await readBatchLog(file).catch(() => undefined) : undefined;
      let from: number | undefined;
      if (same && disk.header && log && log.generation === this.generation && this.generation === disk.header.generation) {
        if (log.validEnd === this.logPos || this.logPos < 0) return false;
        from = this.logPos;
      } else if (!same && disk.header?.base && log && this.generation === disk.header.base.generation && this.logPos >= disk.header.base.logOffset && log.generation === disk.header.generation) {
        // a compaction of what this graph holds: its log carries on from base.logOffset
        from = log.headerEnd + (this.logPos - disk.header.base.logOffset);
      }
      const gate = this.gate;
      if (from !== undefined) {
        const batches = patchesFrom(log!, from);
        if (gate) await gate.acquire(STORE_DEFAULTS.gateTimeoutMs);
        try {
          if (this.dirty) return false;
          const ignored: ApplySummary = { newArticles: 0, newEntities: 0, newRelations: 0 };
          for (const batch of batches) for (const patch of batch) applyPatch(this.graph, patch, ignored);
          if (batches.length) this.touch(false);
          this.identity = disk.identity;
          this.generation = disk.header!.generation;
          this.logPos = log!.validEnd;
          return batches.length > 0;
        } finally {
          gate?.release();
        }
      }
      if (same) return false;
      const state = await readStoreState(file);
      if (!state.snapshot) return false;
      if (gate) await gate.acquire(STORE_DEFAULTS.gateTimeoutMs);
      try {
        if (this.dirty) return false; // written meanwhile: the next save merges or refuses
        this.replaceGraph(state);
        return true;
      } finally {
        gate?.release();
      }
    };
    // in line with saves, never during one
    const next = this.saving.then(run, run);
    this.saving = next.then(() => {}, () => {});
    return next;
  }

  /** The graph becomes what the store's files hold. */
  private replaceGraph(state: StoreState): void {
    this.graph.clear();
    this.graph.replaceAttributes({});
    importSnapshot(this.graph, state.snapshot!);
    this.graph.mergeAttributes({ format: SNAPSHOT_FORMAT });
    const ignored: ApplySummary = { newArticles: 0, newEntities: 0, newRelations: 0 };
    for (const batch of state.replay) {
      for (const patch of batch) applyPatch(this.graph, patch, ignored);
      refreshGraphTime(this.graph, batch);
    }
    this.identity = state.identity;
    this.generation = state.header?.generation;
    this.logPos = state.logPos;
  }

  /**
   * Another process saved the file since this store read it: load its contents and replay the patches
   * applied here since, or refuse when changes made here cannot be replayed.
   */
  private async mergeIntoFileContents(file: string): Promise<void> {
    if (this.unmergeable) {
      throw new StoreFileError(file, `was changed by another process since this one loaded it; refusing to overwrite it, since ${this.unmergeable} made here cannot be merged into its new contents. Restart to load the file again, then repeat them`);
    }
    const state = await readStoreState(file);
    if (!state.snapshot) return;
    this.replaceGraph(state);
    const ignored: ApplySummary = { newArticles: 0, newEntities: 0, newRelations: 0 };
    for (const patch of this.pending) applyPatch(this.graph, patch, ignored);
    refreshGraphTime(this.graph, this.pending);
    this.touch();
  }
}

/**
 * Opens (or creates, on first flush) the embedded store at `file`. Refuses a corrupt or foreign file.
 * Temporary files left by interrupted saves (their writer dead) are removed.
 */
export async function openMemoryStore(options: MemoryStoreOptions = {}): Promise<MemoryStore> {
  const { file, name } = options;
  if (!file) return new MemoryStore(undefined, emptySnapshot(name));
  await removeOrphanedTemps(file, 'dead');
  const head = await readSnapshotHeader(file);
  if (head.header) checkLoad(file, { nodes: head.header.nodes, edges: head.header.edges });
  else if (head.identity) checkLoad(file, { fileBytes: head.identity.size });
  return memoryStoreOfState(await readStoreState(file), { ...options, file });
}

/** The store over what readStoreState read of `options.file`: the snapshot, then the log's batches after it. */
export function memoryStoreOfState(state: StoreState, options: MemoryStoreOptions & { file: string }): MemoryStore {
  const { file, name, onCompactionDue, ...lock } = options;
  const store = new MemoryStore(file, state.snapshot ?? emptySnapshot(name), {
    identity: state.identity, lock, logPos: state.logPos, ...(onCompactionDue ? { onCompactionDue } : {}),
    ...(state.header ? { generation: state.header.generation } : {}),
  });
  if (state.replay.length) store.replayBatches(state.replay);
  return store;
}
