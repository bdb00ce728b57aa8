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
import type { MultiDirectedGraph as Graph } from 'graphology';
import type { Snapshot, GraphAttributes } from '../../graph/model.ts';
import type { EntityRecord, GraphPatch } from '../../graph/patch.ts';
import type { QueryOptions, QueryResult } from '../../graph/result.ts';
import { ENTITY_TYPES, type EntityType } from '../../graph/model.ts';
import type { ApplySummary, GraphStats, Store } from '../store.ts';
import { applyPatch } from './merge.ts';
import { readSnapshotFileVersion, writeSnapshotFile, fileIdentity, sameIdentity, StoreFileError, SNAPSHOT_FORMAT, type FileIdentity } from './snapshot-file.ts';
import { removeOrphanedTemps } from './atomic-file.ts';
import { withStoreLock, type LockOptions } from './store-lock.ts';
import { STORE_DEFAULTS } from './defaults.ts';
import { collectPropertyTypes, restorePropertyTypes, PROPERTY_TYPES_ATTRIBUTE } from './property-types.ts';
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
  private gate: WriteGate | undefined;
  private readonly lockOptions: LockOptions;
  private reads: ReadQueryRunner | undefined;

  constructor(readonly file: string | undefined, snapshot: Snapshot, state: MemoryStoreFileState = {}) {
    this.identity = state.identity;
    this.lockOptions = state.lock ?? {};
    this.graph = new MultiDirectedGraph({ allowSelfLoops: true });
    this.graph.import(snapshot as never);
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
    if (summary.newArticles || summary.newEntities || summary.newRelations || patches.length) this.touch();
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

  private touch(): void {
    this.dirty = true;
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

  async snapshot(): Promise<Snapshot> {
    return JSON.parse(JSON.stringify(this.graph.export(), jsonReplacer)) as Snapshot;
  }

  /** The snapshot as the store's file keeps it: with the types JSON would blur (property-types.ts). */
  private fileSnapshot(): Snapshot {
    const types = collectPropertyTypes(this.graph);
    const out = JSON.parse(JSON.stringify(this.graph.export(), jsonReplacer)) as Snapshot;
    if (types) out.attributes[PROPERTY_TYPES_ATTRIBUTE] = types;
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

  /** Saves when dirty. Saves run one after another; a change made during a save is kept for the next. */
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
          if (this.identity !== undefined && !this.replacing) {
            const now = await fileIdentity(file);
            if (now && !sameIdentity(now, this.identity)) await this.mergeIntoFileContents(file);
          }
          // taken while no transaction is open; the file is written after the gate reopens
          const snapshot = this.fileSnapshot();
          const saved = { pending: this.pending, unmergeable: this.unmergeable, replacing: this.replacing };
          this.pending = [];
          this.unmergeable = undefined;
          this.replacing = false;
          this.dirty = false;
          openGate();
          try {
            await writeSnapshotFile(file, snapshot);
          } catch (err) {
            this.dirty = true;
            this.pending = saved.pending.concat(this.pending);
            this.unmergeable ??= saved.unmergeable;
            this.replacing ||= saved.replacing;
            throw err;
          }
          this.identity = await fileIdentity(file);
        });
      } finally {
        openGate();
      }
    };
    const next = this.saving.then(run, run);
    this.saving = next.catch(() => {});
    return next;
  }

  async close(): Promise<void> {
    await this.flush();
  }

  /**
   * Loads the file again if another process replaced it while nothing here waits to be saved, so a
   * long-running server follows writes made beside it (an import, say) instead of later refusing to
   * save over them. Runs between transactions, like a save. True when the graph was reloaded.
   */
  refresh(): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      const file = this.file;
      if (!file || this.identity === undefined || this.dirty) return false;
      const now = await fileIdentity(file).catch(() => null);
      if (!now || sameIdentity(now, this.identity)) return false;
      const { snapshot, identity } = await readSnapshotFileVersion(file);
      if (!snapshot) return false;
      await restorePropertyTypes(snapshot);
      const gate = this.gate;
      if (gate) await gate.acquire(STORE_DEFAULTS.gateTimeoutMs);
      try {
        if (this.dirty) return false; // written meanwhile: the next save merges or refuses
        this.graph.clear();
        this.graph.replaceAttributes({});
        this.graph.import(snapshot as never);
        this.graph.mergeAttributes({ format: SNAPSHOT_FORMAT });
        this.identity = identity;
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

  /**
   * Another process saved the file since this store read it: load its contents and replay the patches
   * applied here since, or refuse when changes made here cannot be replayed.
   */
  private async mergeIntoFileContents(file: string): Promise<void> {
    if (this.unmergeable) {
      throw new StoreFileError(file, `was changed by another process since this one loaded it; refusing to overwrite it, since ${this.unmergeable} made here cannot be merged into its new contents. Restart to load the file again, then repeat them`);
    }
    const { snapshot } = await readSnapshotFileVersion(file);
    if (!snapshot) return;
    await restorePropertyTypes(snapshot);
    this.graph.clear();
    this.graph.replaceAttributes({});
    this.graph.import(snapshot as never);
    this.graph.mergeAttributes({ format: SNAPSHOT_FORMAT });
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
  const { file, name, ...lock } = options;
  if (!file) return new MemoryStore(undefined, emptySnapshot(name));
  await removeOrphanedTemps(file, 'dead');
  const { snapshot, identity } = await readSnapshotFileVersion(file);
  if (snapshot) await restorePropertyTypes(snapshot);
  return new MemoryStore(file, snapshot ?? emptySnapshot(name), { identity, lock });
}
