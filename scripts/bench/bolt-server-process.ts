/**
 * Newsgraph's Bolt endpoint over an empty embedded store, in a process of its own (as a Neo4j server
 * is): scripts/bench/neo4j.ts starts it so the graph's heap and garbage collection are the server's,
 * not the client's. Prints `bolt://…` on its first stdout line; on SIGTERM prints `peak-rss <bytes>` to
 * stdout and exits.
 *
 *   node --max-old-space-size=12288 --import tsx scripts/bench/bolt-server-process.ts
 */
import { startBoltServer } from '../../src/bolt/index.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';

const server = await startBoltServer({ store: new MemoryStore(undefined, emptySnapshot('bench')), port: 0 });
process.stdout.write(`${server.url}\n`);
process.on('SIGTERM', () => {
  process.stdout.write(`peak-rss ${process.resourceUsage().maxRSS * 1024}\n`);
  void server.close().finally(() => process.exit(0));
});
