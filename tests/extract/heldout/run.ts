/**
 * Held-out evaluation: ingests articles through the real pipeline (reader, rules extractor,
 * resolver, memory store) and scores the snapshot against a gold file with ./score.ts.
 *
 *   node --import tsx tests/extract/heldout/run.ts [--verbose] [--gold FILE] [PATH...]
 *
 * Defaults: this folder's articles/ and gold.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingest } from '../../../src/ingest/pipeline.ts';
import { openMemoryStore } from '../../../src/store/memory/index.ts';
import { score, type Gold, type Score, type Snapshot } from './score.ts';

export const HELDOUT_ARTICLES = join(import.meta.dirname, 'articles');
export const HELDOUT_GOLD = join(import.meta.dirname, 'gold.json');

export async function scoreArticles(paths: string[] = [HELDOUT_ARTICLES], goldPath = HELDOUT_GOLD): Promise<Score> {
  const store = await openMemoryStore();
  await ingest(paths, store);
  const snap = (await store.snapshot()) as unknown as Snapshot;
  return score(snap, JSON.parse(readFileSync(goldPath, 'utf8')) as Gold);
}

export function formatScore(s: Score, verbose = false): string {
  const f = (x: Score['relations']) => `P ${x.precision.toFixed(2)} R ${x.recall.toFixed(2)} F1 ${x.f1.toFixed(2)} (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
  const lines = [
    `entities   ${f(s.entities)}  right type ${s.entities.typed}/${s.entities.required}`,
    `relations  ${f(s.relations)}`,
    `amounts    ${s.amounts.ok}/${s.amounts.total} investment amounts right`,
  ];
  if (verbose) {
    const show = (title: string, xs: string[]) => { if (xs.length) lines.push('', `${title}:`, ...xs.map((x) => `  ${x}`)); };
    show('missed entities', s.missedEntities);
    show('extra entities', s.extraEntities);
    show('duplicate nodes', s.duplicates);
    show('wrong type', s.mistyped);
    show('missed relations', s.missedRelations);
    show('extra relations', s.extraRelations);
    show('wrong or missing amounts', s.wrongAmounts);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const gi = args.indexOf('--gold');
  const gold = gi >= 0 ? args[gi + 1]! : HELDOUT_GOLD;
  const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--gold');
  console.log(formatScore(await scoreArticles(paths.length ? paths : [HELDOUT_ARTICLES], gold), args.includes('--verbose')));
}
