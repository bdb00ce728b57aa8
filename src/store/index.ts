/** Chooses the store a command works on: the embedded file by default, Neo4j when a URI is given. */
import type { Store } from './store.ts';
import { openMemoryStore } from './memory/index.ts';

export type { Store, ApplySummary, GraphStats } from './store.ts';

export const DEFAULT_DB = 'data/graph.json';

export interface StoreSelection {
  /** Embedded store file (default NEWSGRAPH_DB or data/graph.json). */
  db?: string;
  /** Neo4j URI (or NEO4J_URI); wins over db. */
  neo4j?: string;
  /** Told when a save waits for another process's lock on the store file (default: stderr). */
  onLockWait?: (message: string) => void;
  /** A command that mostly reads: the embedded store serves reads from the snapshot's columns (read-mostly-store.ts). */
  readMostly?: boolean;
}

export function resolveSelection(sel: StoreSelection, env: NodeJS.ProcessEnv = process.env): { kind: 'memory'; db: string } | { kind: 'neo4j'; uri: string } {
  const uri = sel.neo4j ?? (sel.db ? undefined : env.NEO4J_URI);
  if (uri) return { kind: 'neo4j', uri };
  return { kind: 'memory', db: sel.db ?? env.NEWSGRAPH_DB ?? DEFAULT_DB };
}

export async function openStore(sel: StoreSelection, env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const chosen = resolveSelection(sel, env);
  if (chosen.kind === 'memory') {
    const timeout = Number(env.NEWSGRAPH_LOCK_TIMEOUT_MS);
    const open = sel.readMostly ? (await import('./memory/read-mostly-store.ts')).openReadMostlyStore : openMemoryStore;
    return open({
      file: chosen.db,
      ...(Number.isFinite(timeout) && timeout >= 0 && env.NEWSGRAPH_LOCK_TIMEOUT_MS ? { timeoutMs: timeout } : {}),
      onWait: sel.onLockWait ?? ((message) => process.stderr.write(`newsgraph: ${message}\n`)),
      // the batch log past its threshold is folded into the snapshot by a detached `newsgraph compact`
      onCompactionDue: (file) => { void import('./memory/background-compaction.ts').then((m) => m.startBackgroundCompaction(file, env)); },
    });
  }
  // neo4j-driver is loaded only when Neo4j is asked for.
  const { openNeo4jStore, neo4jConfigFromEnv } = await import('./neo4j/index.ts');
  return openNeo4jStore(neo4jConfigFromEnv(chosen.uri, env)!);
}
