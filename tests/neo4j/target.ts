/**
 * Where the Neo4j store suite runs: a real Neo4j when NEO4J_URI is set (NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE; the suite wipes that database), else the project's own Bolt endpoint over a fresh
 * embedded graph. Either way the suite logs which server it ran against.
 */
import type { Neo4jConfig, Neo4jStore } from '../../src/store/neo4j/index.ts';

export interface Target {
  config: Neo4jConfig;
  /** 'own' = Newsgraph's Bolt endpoint over the embedded engine. */
  kind: 'neo4j' | 'own';
  close(): Promise<void>;
}

export const OWN_PASSWORD = 'test-password-1';

export async function openTarget(): Promise<Target> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const config: Neo4jConfig = { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' };
    if (process.env.NEO4J_DATABASE) config.database = process.env.NEO4J_DATABASE;
    return { config, kind: 'neo4j', close: async () => {} };
  }
  const { startBoltServer } = await import('../../src/bolt/index.ts');
  const { MemoryStore, emptySnapshot } = await import('../../src/store/memory/index.ts');
  const store = new MemoryStore(undefined, emptySnapshot('neo4j-store-suite'));
  const server = await startBoltServer({ store, port: 0, auth: { user: 'neo4j', password: OWN_PASSWORD } });
  return {
    config: { uri: server.url, user: 'neo4j', password: OWN_PASSWORD, connectAttempts: 1 },
    kind: 'own',
    close: () => server.close(),
  };
}

export function announce(target: Target, agent: string): void {
  const what = target.kind === 'own' ? "Newsgraph's own Bolt endpoint over the embedded store" : 'NEO4J_URI';
  console.log(`[neo4j-store] running against: ${target.config.uri} (${agent}) — ${what}`);
}

/** The target and a Neo4j store on it, emptied and announced: the start of every store suite. */
export async function openEmptyStore(): Promise<{ target: Target; store: Neo4jStore }> {
  const target = await openTarget();
  const { openNeo4jStore } = await import('../../src/store/neo4j/index.ts');
  const { emptySnapshot } = await import('../../src/store/memory/index.ts');
  const store = await openNeo4jStore(target.config);
  announce(target, store.server.agent);
  await store.load(emptySnapshot());
  return { target, store };
}
