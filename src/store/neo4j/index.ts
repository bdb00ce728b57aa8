/** The Neo4j store: `openNeo4jStore(config)` and what the CLI needs around it. */
export { openNeo4jStore, Neo4jStore } from './neo4j-store.ts';
export { neo4jConfigFromEnv, printableUri, type Neo4jConfig } from './config.ts';
export { Neo4jStoreError } from './errors.ts';
export { Neo4jQueryError } from './query.ts';
export { push, pull, copyGraph, type SyncReport } from './sync.ts';
export { NEO4J_DEFAULTS } from './defaults.ts';
