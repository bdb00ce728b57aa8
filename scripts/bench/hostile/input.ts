/** Issue 14, "bad input loses good input": a NUL line in .jsonl, deep HTML, long texts. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlesInStore, cli, fmtMs, runNode, runCase, type Row } from './harness.ts';
import { jsonlArticles, shortSentences } from './corpus.ts';

const SECTION = 'bad input';
const TIMER = fileURLToPath(new URL('./extract-timer.ts', import.meta.url));
const RATIO_LIMIT = 15;
/** The issue asks for 5 MB in < 30 s: 1 MB in 6 s pro rata. */
const MB_LIMIT_MS = 6000;

export async function inputCases(dir: string): Promise<Row[]> {
  const rows: Row[] = [];

  rows.push(await runCase(SECTION, '.jsonl with NUL bytes on line 2 of 3', '2/2 good lines in; line 2 named', 40_000, async (scope) => {
    const [a, , c] = jsonlArticles('nul', 3).trim().split('\n');
    const file = join(dir, 'nul.jsonl'), db = join(dir, 'nul.json');
    await writeFile(file, Buffer.concat([Buffer.from(a + '\n'), Buffer.from('{"title": "Broken", "text": "bad \0\0\0 bytes"}\n'), Buffer.from(c + '\n')]));
    const r = await cli(['ingest', file, '--db', db, '--quiet'], 30_000, scope);
    const n = await articlesInStore(db);
    const named = /nul\.jsonl:2\b/.test(r.stderr);
    return { figure: `${n}/2 ingested, exit ${r.code}${named ? ', line 2 reported' : ''}`, pass: n === 2 && named };
  }));

  rows.push(await runCase(SECTION, 'HTML with 100,000 nested <div>', 'ingested, ≤ 10 s', 25_000, async (scope) => {
    const file = join(dir, 'deep.html'), db = join(dir, 'deep.json');
    const text = '<p>Altaris Deep said on Monday it will invest 40 million euros in France.</p>';
    await writeFile(file, `<!doctype html><html><head><title>Deep nesting</title></head><body>${'<div>'.repeat(100_000)}${text}${'</div>'.repeat(100_000)}</body></html>`);
    const r = await cli(['ingest', file, '--db', db, '--quiet'], 15_000, scope);
    const n = await articlesInStore(db);
    const took = /in ([\d.]+)s/.exec(r.stdout)?.[1];
    return {
      figure: `${n} article, exit ${r.timedOut ? 'killed' : r.code}${took ? `, ${took} s` : ''}${r.code ? ` (${r.stderr.trim().split('\n')[0]?.slice(0, 60)})` : ''}`,
      pass: n === 1 && r.code === 0 && Number(took ?? Infinity) <= 10,
    };
  }));

  rows.push(await runCase(SECTION, 'extraction time, 1 MB / 100 KB text of short sentences', `ratio < ${RATIO_LIMIT}; 1 MB < ${fmtMs(MB_LIMIT_MS)}`, 50_000, async (scope) => {
    const small = join(dir, 'text-100k.txt'), big = join(dir, 'text-1m.txt');
    await writeFile(small, shortSentences(100_000));
    await writeFile(big, shortSentences(1_000_000));
    // 100 KB three times, then 1 MB after two warm-up runs, each batch in a child killed at its time limit
    const timed = async (files: string[], ms: number) => {
      const r = await runNode(['--import', 'tsx', TIMER, ...files], ms, scope);
      return r.stdout.trim().split('\n').filter(Boolean).map((line) => Number(line.split(' ')[1]));
    };
    // the fastest of three: the least disturbed by other work on the machine
    const smallMs = (await timed([small, small, small], 30_000)).sort((x, y) => x - y)[0];
    if (smallMs === undefined) return { figure: '100 KB: not done in 30 s', pass: false };
    // the same warm process for 1 MB (after two 100 KB runs): the ratio compares extraction, not the
    // JIT and lexicon loading a cold process pays first
    const bigMs = (await timed([small, small, big], 2 * MB_LIMIT_MS + 30_000))[2];
    if (bigMs === undefined) return { figure: `100 KB ${fmtMs(smallMs)}; 1 MB > ${fmtMs(2 * MB_LIMIT_MS)} (stopped there)`, pass: false };
    const ratio = bigMs / smallMs;
    return { figure: `100 KB ${fmtMs(smallMs)}, 1 MB ${fmtMs(bigMs)}: ratio ${ratio.toFixed(1)}`, pass: ratio < RATIO_LIMIT && bigMs < MB_LIMIT_MS };
  }));
  return rows;
}
