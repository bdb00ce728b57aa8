/**
 * Child process of hostile.ts: ingests each file given into a fresh in-memory store and prints
 * `FILE MS` per file as soon as it is done (so a parent that kills it on time still has the first ones).
 *   node --import tsx scripts/bench/hostile/extract-timer.ts FILE...
 */
import { openMemoryStore } from '../../../src/store/memory/index.ts';
import { ingest } from '../../../src/ingest/pipeline.ts';

for (const file of process.argv.slice(2)) {
  const store = await openMemoryStore();
  const started = performance.now();
  const summary = await ingest([file], store);
  process.stdout.write(`${file} ${(performance.now() - started).toFixed(1)} ${summary.articles}\n`);
}
