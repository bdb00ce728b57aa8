/**
 * The embedded store: a graphology multi-graph in memory, persisted atomically to one JSON snapshot file.
 * Queries go to the embedded Cypher engine, which keeps its indexes in step with the graph.
 */
import graphology from 'graphology';
import type { MultiDirectedGraph as Graph } from 'graphology';
import type { Snapshot, GraphAttributes } from '../../graph/model.ts';
import type { EntityRecord, GraphPatch } from '../../graph/patch.ts';
import type { QueryOptions, QueryResult } from '../../graph/result.ts';
import { ENTITY_TYPES, type EntityType } from '../../graph/model.ts';
import type { ApplySummary, GraphStats, Store } from '../store.ts';
import { applyPatch } from './merge.ts';
import { readSnapshotFile, writeSnapshotFile, SNAPSHOT_FORMAT } from './snapshot-file.ts';
import { collectPropertyTypes, restorePropertyTypes, PROPERTY_TYPES_ATTRIBUTE } from './property-types.ts';
import type { CypherEngine } from '../../cypher/index.ts';

const { MultiDirectedGraph } = graphology;
const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

/** Runs read-only queries away from the main thread (src/query-workers). */
export interface ReadQueryRunner {
  run(cypher: string, options: QueryOptions): Promise<QueryResult>;
}

export interface MemoryStoreOptions {
  /** File the graph is loaded from and saved to; none = purely in memory. */
  file?: string;
  name?: string;
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
  private reads: ReadQueryRunner | undefined;

  constructor(readonly file: string | undefined, snapshot: Snapshot) {
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
    if (summary.newArticles || summary.newEntities || summary.newRelations || patches.length) this.markDirty();
    return summary;
  }

  /** Records that the graph changed outside apply()/query() (e.g. over Bolt), so the next flush saves it. */
  markDirty(): void {
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
    this.markDirty();
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
    if (s && Object.values(s).some((n) => typeof n === 'number' && n > 0)) this.markDirty();
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
      this.dirty = false;
      try {
        await writeSnapshotFile(this.file, this.fileSnapshot());
      } catch (err) {
        this.dirty = true;
        throw err;
      }
    };
    const next = this.saving.then(run, run);
    this.saving = next.catch(() => {});
    return next;
  }

  async close(): Promise<void> {
    await this.flush();
  }
}

/** Opens (or creates, on first flush) the embedded store at `file`. Refuses a corrupt or foreign file. */
export async function openMemoryStore(options: MemoryStoreOptions = {}): Promise<MemoryStore> {
  const snapshot = options.file ? await readSnapshotFile(options.file) : undefined;
  if (snapshot) await restorePropertyTypes(snapshot);
  return new MemoryStore(options.file, snapshot ?? emptySnapshot(options.name));
}
