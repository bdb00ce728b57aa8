import graphology from 'graphology';
import { CypherEngine, createPureAdapter } from '../../src/cypher/index.ts';

export function engine(pure = false): { graph: graphology.MultiDirectedGraph; db: CypherEngine } {
  const graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  const db = new CypherEngine(graph, pure ? { adapter: createPureAdapter() } : {});
  return { graph, db };
}

/** Runs a query and returns its rows as JSON values (DESIGN.md shape). */
export function rows(db: CypherEngine, query: string, params?: Record<string, unknown>): unknown[][] {
  return db.run(query, { params }).rows;
}
