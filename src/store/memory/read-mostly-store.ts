/**
 * The embedded store for a CLI command that usually only reads (`stats`, `query`): reads are answered
 * from the snapshot's columns (column-graph.ts) without building graphology; the first thing that must
 * write (a write query, an ingest, an import…) builds the full MemoryStore from the same state read at
 * open — nothing is read twice — and everything from then on goes to it.
 *
 * Reads see every acknowledged batch: the batches of the log after the snapshot (not yet compacted)
 * are applied over the columns as MemoryStore applies them (merge.ts, then the time fields), the
 * column graph keeping their additions and attribute changes beside the columns. Should a batch need
 * more than that, the full store is built at open (the cold load as before).
 */
import type { Snapshot } from '../../graph/model.ts';
import { ENTITY_TYPES } from '../../graph/model.ts';
import type { EntityRecord, GraphPatch } from '../../graph/patch.ts';
import type { QueryOptions, QueryResult } from '../../graph/result.ts';
import type { RetractSummary } from '../../time/retract.ts';
import type { CypherEngine } from '../../cypher/index.ts';
import type { Graph } from '../../cypher/storage/adapter.ts';
import type { ApplySummary, GraphStats, Store } from '../store.ts';
import { ColumnGraph, ReadOnlyGraphError } from './column-graph.ts';
import type { SnapshotColumns } from './snapshot-codec.ts';
import { applyPatch } from './merge.ts';
import { refreshGraphTime } from '../../time/graph-time.ts';
import { memoryStoreOfState, type MemoryStore, type MemoryStoreOptions } from './memory-store.ts';
import { readStoreState, type StoreState } from './store-state.ts';
import { isColumns } from './snapshot-graph.ts';
import { removeOrphanedTemps } from './atomic-file.ts';
import { checkLoad } from './capacity.ts';

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

/** Per-type counts as MemoryStore.stats() gives them (same keys, same first-seen order). */
export function columnStats(graph: ColumnGraph): GraphStats {
  const nodesByType: Record<string, number> = {};
  const relationshipsByType: Record<string, number> = {};
  let articles = 0, entities = 0;
  for (let i = 0; i < graph.order; i++) {
    const t = String(graph.nodeValue(i, 'type') ?? '(none)');
    nodesByType[t] = (nodesByType[t] ?? 0) + 1;
    if (t === 'Article') articles++;
    else if (ENTITY_TYPE_SET.has(t)) entities++;
  }
  for (let e = 0; e < graph.size; e++) {
    const t = String(graph.edgeValue(e, 'type') ?? '(none)');
    relationshipsByType[t] = (relationshipsByType[t] ?? 0) + 1;
  }
  return { articles, entities, relationships: graph.size, nodesByType, relationshipsByType };
}

export class ReadMostlyStore implements Store {
  readonly kind = 'memory' as const;
  private full: MemoryStore | undefined;
  private engine: CypherEngine | undefined;
  private graph: ColumnGraph | undefined;

  constructor(private state: StoreState | undefined, private readonly options: MemoryStoreOptions & { file: string }) {}

  /** Whether reads are served from the columns (false once the full store is built). */
  get columnar(): boolean { return this.full === undefined; }

  private columns(): ColumnGraph {
    if (!this.graph) {
      const graph = new ColumnGraph(this.state!.snapshot as SnapshotColumns);
      const ignored: ApplySummary = { newArticles: 0, newEntities: 0, newRelations: 0 };
      for (const batch of this.state!.replay) {
        for (const patch of batch) applyPatch(graph as unknown as Graph, patch, ignored);
        refreshGraphTime(graph as unknown as Graph, batch); // the log holds patches, not the time fields they derived
      }
      this.graph = graph;
    }
    return this.graph;
  }

  /** Builds the column graph now (the snapshot's columns and the log's batches over them); false when only graphology can. */
  prepare(): boolean {
    try {
      this.columns();
      return true;
    } catch (err) {
      if (!(err instanceof ReadOnlyGraphError)) throw err;
      return false;
    }
  }

  /** The full store (graphology), built once from the state read at open. */
  writable(): MemoryStore {
    if (!this.full) {
      const file = this.options.file;
      const state = this.state!;
      checkLoad(file, state.header ? { nodes: state.header.nodes, edges: state.header.edges } : { fileBytes: state.identity?.size ?? 0 });
      this.full = memoryStoreOfState(state, this.options);
      this.engine?.dispose();
      this.engine = undefined;
      this.graph = undefined;
      this.state = undefined;
    }
    return this.full;
  }

  async stats(): Promise<GraphStats> {
    return this.full ? this.full.stats() : columnStats(this.columns());
  }

  async query(cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
    if (this.full) return this.full.query(cypher, options);
    if (!this.engine) {
      const { CypherEngine } = await import('../../cypher/index.ts');
      this.engine = new CypherEngine(this.columns() as unknown as Graph);
    }
    try {
      // the engine refuses a write at compile time, before any row
      return this.engine.run(cypher, { ...options, readOnly: true });
    } catch (err) {
      if (options.readOnly || (err as { kind?: unknown }).kind !== 'Forbidden') throw err;
    }
    return this.writable().query(cypher, options);
  }

  async apply(patches: GraphPatch[]): Promise<ApplySummary> { return this.writable().apply(patches); }
  async knownEntities(): Promise<EntityRecord[]> { return this.writable().knownEntities(); }
  async hasArticle(id: string): Promise<boolean> { return this.writable().hasArticle(id); }
  async snapshot(): Promise<Snapshot> { return this.writable().snapshot(); }
  async load(snapshot: Snapshot): Promise<void> { return this.writable().load(snapshot); }
  async removeArticle(id: string): Promise<RetractSummary | undefined> { return this.writable().removeArticle(id); }
  async flush(): Promise<void> { if (this.full) await this.full.flush(); }
  async close(): Promise<void> { if (this.full) await this.full.close(); }
}

/**
 * Opens the embedded store at `options.file` for a command that mostly reads: the columns serve reads
 * when the file is a binary snapshot; a JSON snapshot goes to the full store, as openMemoryStore.
 */
export async function openReadMostlyStore(options: MemoryStoreOptions & { file: string }): Promise<Store> {
  const file = options.file;
  await removeOrphanedTemps(file, 'dead');
  const state = await readStoreState(file);
  if (!state.snapshot) return memoryStoreOfState(state, options);
  const store = new ReadMostlyStore(state, options);
  if (!isColumns(state.snapshot) || !store.prepare()) store.writable();
  return store;
}
