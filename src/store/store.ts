/**
 * The Store interface: one contract, two implementations (memory = graphology + file, neo4j = neo4j-driver).
 * Both hold the same graph and return the same query results.
 */
import type { GraphPatch, EntityRecord } from '../graph/patch.ts';
import type { Snapshot } from '../graph/model.ts';
import type { QueryOptions, QueryResult } from '../graph/result.ts';
import type { RetractSummary } from '../time/retract.ts';

export interface ApplySummary {
  newArticles: number;
  newEntities: number;
  newRelations: number;
}

export interface GraphStats {
  articles: number;
  entities: number;
  relationships: number;
  nodesByType: Record<string, number>;
  relationshipsByType: Record<string, number>;
}

export interface Store {
  readonly kind: 'memory' | 'neo4j';
  /** Applies patches with the merge rules of graph/patch.ts; idempotent. */
  apply(patches: GraphPatch[]): Promise<ApplySummary>;
  /** Entities already in the store, for cross-article resolution. */
  knownEntities(): Promise<EntityRecord[]>;
  hasArticle(id: string): Promise<boolean>;
  snapshot(): Promise<Snapshot>;
  /** Replaces the whole graph by a snapshot (import). */
  load(snapshot: Snapshot): Promise<void>;
  query(cypher: string, options?: QueryOptions): Promise<QueryResult>;
  stats(): Promise<GraphStats>;
  /** Takes one article out: what only it supports goes, the rest loses its evidence (src/time/retract.ts). */
  removeArticle?(id: string): Promise<RetractSummary | undefined>;
  /** Persists pending changes (memory: atomic file write; neo4j: no-op). */
  flush(): Promise<void>;
  close(): Promise<void>;
}
