/**
 * Readability over linkedom vs jsdom on the fixture article: median ms per page (parse + extract)
 * and the cold import time. jsdom is not a dependency: pass JSDOM_DIR=/path/with/node_modules/jsdom.
 *   node --import tsx scripts/bench/readability-dom.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import { median } from './median.ts';

const html = readFileSync(new URL('../../tests/fixtures/sources/article.html', import.meta.url), 'utf8');

async function bench(name: string, load: () => Promise<(h: string) => Document>) {
  const t0 = performance.now();
  const parse = await load();
  const importMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    new Readability(parse(html)).parse();
    times.push(performance.now() - t);
  }
  console.log(`${name.padEnd(9)} import ${importMs.toFixed(0).padStart(4)} ms, median ${median(times).toFixed(2)} ms/page`);
}

await bench('linkedom', async () => {
  const { parseHTML } = await import('linkedom');
  return (h) => parseHTML(h).document as unknown as Document;
});
if (process.env.JSDOM_DIR) {
  await bench('jsdom', async () => {
    const { JSDOM } = createRequire(process.env.JSDOM_DIR + '/')('jsdom') as { JSDOM: new (h: string) => { window: { document: Document } } };
    return (h) => new JSDOM(h).window.document;
  });
}
