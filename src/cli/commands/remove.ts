import { stat } from 'node:fs/promises';
import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP, UsageError } from '../usage.ts';
import { openStore, resolveSelection } from '../../store/index.ts';
import { findServer } from '../../server/discovery.ts';
import { readArticles } from '../../ingest/read/index.ts';
import type { RetractSummary } from '../../time/retract.ts';

const ARTICLE_ID = /^article:[0-9a-f]{16}$/;

/** The article ids an argument names: an id as is, or the articles a file (or folder) holds. */
async function idsOf(arg: string, report: (line: string) => void): Promise<string[]> {
  if (ARTICLE_ID.test(arg)) return [arg];
  const exists = await stat(arg).then(() => true, () => false);
  if (!exists) throw new UsageError(`'${arg}' is neither an article id (article:<16 hex digits>) nor a file`, 'remove');
  const ids: string[] = [];
  for await (const ev of readArticles([arg])) {
    if (ev.issue) report(`${ev.issue.file}: ${ev.issue.message}`);
    else if (ev.article) ids.push(ev.article.id);
  }
  return ids;
}

function describe(s: RetractSummary): string {
  return `Removed ${s.article}: ${s.removedRelations} relations and ${s.removedEntities} entities only it supported; ` +
    `${s.changedRelations} relations and ${s.changedEntities} entities lost its evidence.`;
}

export const removeCommand: Command = {
  name: 'remove',
  summary: 'take articles back out of the graph (retraction)',
  help: `Usage: newsgraph remove ARTICLE_ID|FILE... [options]

Takes articles out: every relation and entity supported only by them disappears; facts also stated
elsewhere lose only their evidence. Ingesting the same article again gives back the same graph.
An argument is an article id (article:0123456789abcdef, as 'query' or the viewer show it) or a file
or folder, whose articles are read to find their ids (the files are not changed).
While a server with --allow-writes runs on the store, the removal goes through it.

Options:
${STORE_HELP}`,
  async run(argv, io) {
    const { values, positionals } = parse('remove', argv, { ...STORE_OPTIONS });
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    if (!positionals.length) throw new UsageError('remove needs at least one article id or file', 'remove');
    const ids: string[] = [];
    for (const arg of positionals) ids.push(...await idsOf(arg, (line) => io.stderr.write(`newsgraph: ${line}\n`)));
    let missing = 0;
    const chosen = resolveSelection({ db: values.db, neo4j: values.neo4j }, io.env);
    const server = chosen.kind === 'memory' ? await findServer(chosen.db) : undefined;
    if (server) {
      if (!server.allowWrites) {
        io.stderr.write(`newsgraph: a server is running on ${chosen.kind === 'memory' ? chosen.db : 'this store'} read-only (pid ${server.pid}, ${server.url}); stop it or start it with --allow-writes, then remove again\n`);
        return 1;
      }
      for (const id of ids) {
        const res = await fetch(new URL(`/api/articles/${encodeURIComponent(id)}`, server.url), {
          method: 'DELETE', headers: { 'content-type': 'application/json', ...(server.token ? { authorization: `Bearer ${server.token}` } : {}) },
        });
        const body = (await res.json().catch(() => undefined)) as (RetractSummary & { error?: { message?: string } }) | undefined;
        if (res.status === 404) { missing++; io.stderr.write(`newsgraph: no article ${id} in the graph\n`); continue; }
        if (!res.ok || !body || body.error) { io.stderr.write(`newsgraph: the server at ${server.url} refused to remove ${id}: HTTP ${res.status}${body?.error?.message ? ` — ${body.error.message}` : ''}\n`); return 1; }
        io.stdout.write(`${describe(body)}\n`);
      }
      return missing ? 1 : 0;
    }
    const store = await openStore({ db: values.db, neo4j: values.neo4j }, io.env);
    try {
      if (!store.removeArticle) { io.stderr.write(`newsgraph: this store cannot remove articles\n`); return 1; }
      for (const id of ids) {
        const s = await store.removeArticle(id);
        if (!s) { missing++; io.stderr.write(`newsgraph: no article ${id} in the graph\n`); continue; }
        io.stdout.write(`${describe(s)}\n`);
      }
      await store.flush();
      return missing ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
