/**
 * The commands by name, each module imported only when its command runs: `newsgraph ingest` does not
 * load the server, the Cypher engine or the Neo4j driver, and `--help` loads none. The summaries are
 * those of the commands (tests/cli/command-table.test.ts checks that they agree).
 */
import type { Command } from './usage.ts';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMAND_TABLE: CommandEntry[] = [
  { name: 'ingest', summary: 'read articles (files, folders, web pages, RSS/Atom feeds) into the graph', load: async () => (await import('./commands/ingest.ts')).ingestCommand },
  { name: 'watch', summary: 'keep ingesting as files appear in folders or items in feeds', load: async () => (await import('./commands/watch.ts')).watchCommand },
  { name: 'query', summary: 'run a Cypher query', load: async () => (await import('./commands/query.ts')).queryCommand },
  { name: 'export', summary: 'write the graph as JSON, GEXF, GraphML, CSV or a Cypher script', load: async () => (await import('./commands/export.ts')).exportCommand },
  { name: 'import', summary: 'replace the graph by a JSON snapshot', load: async () => (await import('./commands/import.ts')).importCommand },
  { name: 'stats', summary: 'count articles, entities and relationships by type', load: async () => (await import('./commands/stats.ts')).statsCommand },
  { name: 'explain', summary: 'show why the extractor reads each entity and relation of an article (and rejects others)', load: async () => (await import('./commands/explain.ts')).explainCommand },
  { name: 'serve', summary: 'serve the viewer and the HTTP API (and optionally Bolt)', load: async () => (await import('./commands/serve.ts')).serveCommand },
  { name: 'push', summary: 'copy the embedded graph into Neo4j', load: async () => (await import('./commands/sync.ts')).pushCommand },
  { name: 'pull', summary: 'copy the Neo4j graph into the embedded store', load: async () => (await import('./commands/sync.ts')).pullCommand },
  { name: 'curate', summary: 'correct the graph: merge, split, rename, retype, reject, accept, undo, log', load: async () => (await import('./commands/curate.ts')).curateCommand },
  { name: 'review', summary: 'list what deserves a human look (likely duplicates, conflicting amounts, weak relations), ranked', load: async () => (await import('./commands/review.ts')).reviewCommand },
  { name: 'compact', summary: 'fold the embedded store\'s batch log into its snapshot', load: async () => (await import('./commands/compact.ts')).compactCommand },
  { name: 'remove', summary: 'take articles back out of the graph (retraction)', load: async () => (await import('./commands/remove.ts')).removeCommand },
  { name: 'diff', summary: 'what changed between two dates (or two snapshot files)', load: async () => (await import('./commands/diff.ts')).diffCommand },
];
