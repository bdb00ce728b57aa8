/**
 * Extraction quality on real text, in one command: each corpus (a folder of .txt articles and its
 * gold.json) is ingested through the real pipeline into a fresh memory store and scored with the team
 * scorer's rules (tests/extract/heldout/score.ts, a port of ../shared/eval/score.mjs).
 *
 *   node --import tsx scripts/score-real.ts [--verbose] [--only NAME] [--real DIR]
 *
 * Corpora: `real` (../shared/eval/real, the development set; --real DIR or NEWSGRAPH_REAL_DIR elsewhere;
 * skipped with a message when absent), `seeds` (seeds/ against ../shared/eval/seeds-gold.json), and the
 * blind sets committed under tests/extract/real-blind/ (scored once blind before any tuning; their
 * SOURCES.md gives licences and attribution).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatScore, scoreArticles } from '../tests/extract/heldout/run.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { verbose: { type: 'boolean' }, only: { type: 'string' }, real: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log('Usage: node --import tsx scripts/score-real.ts [--verbose] [--only real|seeds|blind-1|blind-2|blind-3] [--real DIR]');
  process.exit(0);
}

interface Corpus { name: string; what: string; files: string[]; gold: string }

/** Only the articles: a corpus folder also holds SOURCES.md and gold.json, which are not news. */
const txtFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));

function corpora(): Corpus[] {
  const out: Corpus[] = [];
  const real = values.real ?? process.env.NEWSGRAPH_REAL_DIR ?? resolve(root, '../shared/eval/real');
  if (existsSync(join(real, 'gold.json'))) out.push({ name: 'real', what: 'development set, tuned on', files: txtFiles(real), gold: join(real, 'gold.json') });
  else console.log(`real: skipped, no gold.json in ${real} (give --real DIR)`);
  const seedsGold = resolve(root, '../shared/eval/seeds-gold.json');
  if (existsSync(seedsGold)) out.push({ name: 'seeds', what: 'the five seed articles', files: [join(root, 'seeds')], gold: seedsGold });
  else console.log(`seeds: skipped, no ${seedsGold}`);
  const blind = join(root, 'tests/extract/real-blind');
  if (existsSync(blind)) {
    for (const set of readdirSync(blind).filter((d) => existsSync(join(blind, d, 'gold.json'))).sort()) {
      out.push({ name: `blind-${set.replace(/^set-/, '')}`, what: 'real texts, scored blind first (see its SOURCES.md)', files: txtFiles(join(blind, set, 'texts')), gold: join(blind, set, 'gold.json') });
    }
  }
  return out.filter((c) => !values.only || c.name === values.only);
}

for (const c of corpora()) {
  const t0 = performance.now();
  const s = await scoreArticles(c.files, c.gold);
  console.log(`\n## ${c.name} — ${c.what}: ${c.files.length === 1 ? c.files[0] : `${c.files.length} texts`} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(formatScore(s, Boolean(values.verbose)));
}
