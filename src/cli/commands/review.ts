/** `newsgraph review`: the review queue (likely duplicates, conflicting amounts, weak relations…), ranked. */
import type { Command } from '../usage.ts';
import { parse, STORE_OPTIONS, STORE_HELP, UsageError } from '../usage.ts';
import { openStore } from '../../store/index.ts';
import { storeReview, type ReviewItem, type ReviewKind, type CurationRequest } from '../../curate/index.ts';

const KINDS = ['duplicate', 'two-types', 'conflicting-amounts', 'rejected-restated', 'weak-relation', 'seen-once'];

/** The command line that takes an action (quoted for a POSIX shell). */
function commandFor(r: CurationRequest): string {
  const q = (s: string) => (/^[\w:.@/-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  switch (r.op) {
    case 'merge': return `newsgraph curate merge ${q(r.target)} ${q(r.other)}`;
    case 'reject': return `newsgraph curate reject ${q(r.target)}`;
    case 'accept': return `newsgraph curate accept ${q(r.target)}${r.other ? ` ${q(r.other)}` : ''}`;
    case 'undo': return `newsgraph curate undo${r.undoes ? ` ${q(r.undoes)}` : ''}`;
    case 'split': return `newsgraph curate split ${q(r.target)} --alias ${q(r.alias)}`;
    case 'rename': return `newsgraph curate rename ${q(r.target)} ${q(r.name)}`;
    case 'retype': return `newsgraph curate retype ${q(r.target)} ${r.type}`;
  }
}

function table(items: ReviewItem[], total: number): string {
  if (!items.length) return 'Nothing to review.\n';
  const out: string[] = [];
  items.forEach((item, i) => {
    out.push(`${String(i + 1).padStart(3)}. ${item.score.toFixed(2)}  ${item.kind.padEnd(19)} ${item.title}`);
    for (const side of item.sides) {
      const ev = side.evidence[0];
      if (ev) out.push(`       ${side.label}: “${ev.sentence.length > 140 ? `${ev.sentence.slice(0, 139)}…` : ev.sentence}”${ev.title ? ` (${ev.title})` : ''}`);
    }
    for (const a of item.actions) out.push(`       [${a.key}] ${a.label}: ${commandFor(a.request)}`);
  });
  if (total > items.length) out.push(`… ${total - items.length} more (--limit N)`);
  return out.join('\n') + '\n';
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'list what deserves a human look (likely duplicates, conflicting amounts, weak relations), ranked',
  help: `Usage: newsgraph review [--json] [--limit N] [--kind KIND,...] [options]

The review queue, highest score first: likely duplicates (the same name up to accents, case or corporate
suffix; an acronym of the other; one name continuing the other), the same name in two types, two
amounts for one investment, rejected things stated again by new articles ("rejected, n new mentions"),
relations one article states with a low-confidence rule, entities named once. Each item shows its
evidence and the 'newsgraph curate' commands that decide it; decided items leave the queue.
The viewer has the same queue in its Review panel, with one key per decision.

Options:
  --json             the items as JSON (id, kind, score, title, sides with evidence, actions)
  --limit N          at most N items (default 50)
  --kind LIST        only these kinds: ${KINDS.join(', ')}
${STORE_HELP}`,
  async run(argv, io) {
    const { values } = parse('review', argv, { ...STORE_OPTIONS, json: { type: 'boolean' }, limit: { type: 'string' }, kind: { type: 'string' } }, false);
    if (values.help) { io.stdout.write(this.help + '\n'); return 0; }
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive integer', 'review');
    const kinds = values.kind?.split(',').filter(Boolean);
    for (const k of kinds ?? []) if (!KINDS.includes(k)) throw new UsageError(`unknown kind '${k}' (${KINDS.join(', ')})`, 'review');
    const store = await openStore({ db: values.db, neo4j: values.neo4j }, io.env);
    try {
      const { total, items } = await storeReview(store, { limit, ...(kinds ? { kinds: kinds as ReviewKind[] } : {}) });
      io.stdout.write(values.json ? JSON.stringify({ total, items }, null, 2) + '\n' : table(items, total));
      return 0;
    } finally {
      await store.close();
    }
  },
};
