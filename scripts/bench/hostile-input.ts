/**
 * Hostile article files: deeply nested HTML (100,000 levels by default) and a .jsonl with a line of
 * NUL bytes among good ones. Prints, per case, the articles read, the issues reported and the median
 * reading time of 3 runs (the readers only: no extraction).
 *
 *   node --import tsx scripts/bench/hostile-input.ts [--depth 100000]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readAll } from '../../src/ingest/read/index.ts';
import { showHelpIfAsked } from './help.ts';

showHelpIfAsked(import.meta.url);
const { values } = parseArgs({ options: { depth: { type: 'string' } } });
const D = Number(values.depth ?? 100_000);
const LEAD = '<p>Acme Systems will invest $2 billion in France by 2030.</p>';
const line = (i: number) => JSON.stringify({ title: `Article ${i}`, text: `Acme${i} Systems will invest $2 billion in France.` });

const CASES: Array<[string, string, string | Buffer]> = [
  [`${D} nested <div>, closed`, 'divs.html', `<html><body>${LEAD}${'<div>'.repeat(D)}deep text${'</div>'.repeat(D)}</body></html>`],
  [`${D} nested <div>, never closed`, 'open-divs.html', `<html><body>${LEAD}${'<div>'.repeat(D)}deep text`],
  [`${D / 2} nested <li><p>`, 'li-p.html', `<html><body>${LEAD}${'<li><p>'.repeat(D / 2)}deep text`],
  [`${Math.floor(D / 3)} nested <span><b><i>`, 'inline.html', `<html><body>${LEAD}${'<span><b><i>'.repeat(Math.floor(D / 3))}deep text`],
  ['.jsonl: 1,000 lines, line 5 of NUL bytes', 'nul.jsonl', Buffer.concat(Array.from({ length: 1000 }, (_x, i) => (i === 4 ? Buffer.from('{"text": "\0\0\0"}\n', 'latin1') : Buffer.from(line(i) + '\n'))))],
];

const dir = await mkdtemp(join(tmpdir(), 'ng-hostile-'));
console.log('| case | articles read | issues | median read time |');
console.log('|---|---:|---|---:|');
for (const [name, file, content] of CASES) {
  const path = join(dir, file);
  await writeFile(path, content);
  const times: number[] = [];
  let result;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    try {
      result = await readAll([path]);
    } catch (err) {
      result = { articles: [], issues: [{ file, message: `threw: ${(err as Error).message}` }], files: 1 };
    }
    times.push(performance.now() - t0);
  }
  const median = times.sort((a, b) => a - b)[1]!;
  const issues = result!.issues.map((i) => `${i.line ? `line ${i.line}: ` : ''}${i.message}`).join('; ').slice(0, 80) || '—';
  console.log(`| ${name} | ${result!.articles.length} | ${issues} | ${(median / 1000).toFixed(2)} s |`);
}
await rm(dir, { recursive: true, force: true });
