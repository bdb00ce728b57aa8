/**
 * Extraction linearity: one long generated article (short sentences full of names, people, places,
 * amounts; tests/helpers/long-text.ts) of each size is extracted and resolved, as ingest does. Prints
 * wall and CPU seconds per size, KB per CPU second, and the time ratio of each size to the smallest,
 * against the size ratio: linear extraction keeps the two close.
 *
 *   node --import tsx scripts/bench/linearity.ts [--sizes 100,1000,5000] [--lang en|fr] [--runs 1]
 *
 * Sizes in KB. The linearity test (tests/extract/linearity.test.ts) checks the 1 MB / 100 KB ratio < 15.
 */
import { performance } from 'node:perf_hooks';
import { createExtractor } from '../../src/extract/index.ts';
import { Resolver } from '../../src/resolve/index.ts';
import { longText } from '../../tests/helpers/long-text.ts';
import { showHelpIfAsked } from './help.ts';
import { median } from './median.ts';

showHelpIfAsked(import.meta.url);

const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
const SIZES = opt('--sizes', '100,1000,5000').split(',').map(Number);
const LANG = opt('--lang', 'en') === 'fr' ? 'fr' : 'en';
const RUNS = Number(opt('--runs', '1'));

const extractor = createExtractor();
// warm-up: lexicons, dictionaries and compiled patterns load once, not in the first size's time
new Resolver().resolve({ id: 'article:warm', title: '', text: longText(20_000, LANG), lang: LANG },
  extractor.extract({ id: 'article:warm', title: '', text: longText(20_000, LANG), lang: LANG }));

const rows: Array<{ kb: number; wall: number; cpu: number; sentences: number; mentions: number }> = [];
for (const kb of SIZES) {
  const text = longText(kb * 1000, LANG);
  const walls: number[] = [], cpus: number[] = [];
  let sentences = 0, mentions = 0;
  for (let r = 0; r < RUNS; r++) {
    const article = { id: `article:long-${kb}-${r}`, title: 'Annual report', text, lang: LANG };
    const c0 = process.cpuUsage(), t0 = performance.now();
    const x = extractor.extract(article);
    new Resolver().resolve(article, x);
    walls.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1e6);
    sentences = x.sentences.length; mentions = x.mentions.length;
  }
  rows.push({ kb, wall: median(walls), cpu: median(cpus), sentences, mentions });
  const base = rows[0]!;
  const row = rows[rows.length - 1]!;
  console.log(`${String(kb).padStart(6)} KB  ${String(sentences).padStart(7)} sentences ${String(mentions).padStart(8)} mentions  ` +
    `wall ${row.wall.toFixed(2).padStart(7)} s  cpu ${row.cpu.toFixed(2).padStart(7)} s  ${(kb / row.cpu).toFixed(0).padStart(5)} KB/cpu-s  ` +
    `ratio ×${(row.cpu / base.cpu).toFixed(1)} for ×${(kb / base.kb).toFixed(0)} size`);
}
