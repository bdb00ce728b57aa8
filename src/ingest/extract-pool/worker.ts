/**
 * An extraction worker: its own rules extractor (lexicons loaded once, when the thread starts), then
 * articles in, extractions out. Extraction is a pure function of the article, so any worker gives the
 * result the main thread would.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { createExtractor } from '../../extract/index.ts';
import { usePrebuiltLexicon } from '../../extract/prebuilt/prebuilt-lexicon.ts';
import { isSmallTown } from '../../extract/gazetteer.ts';
import type { ExtractJob, ExtractOutcome, FromExtractWorker, WorkerInit } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('ingest/extract-pool/worker.ts must run in a worker thread');
const send = (m: FromExtractWorker) => port.postMessage(m);

try {
  const init = (workerData ?? {}) as WorkerInit;
  if (init.lexicon) usePrebuiltLexicon(init.lexicon);
  const extractor = createExtractor();
  // the lexicons load on the first article: before "ready", not in the first job
  extractor.extract({ id: 'warm-up', title: 'Warm-up', text: 'Acme Inc. will invest $1 million in Lyon, France.', lang: 'en' });
  isSmallTown(''); // the small-town list loads on first use: here, not in a job
  let answered = performance.now();
  port.on('message', (job: ExtractJob) => {
    const waitedMs = performance.now() - answered;
    const outcomes: ExtractOutcome[] = job.articles.map((article) => {
      try {
        return { extraction: extractor.extract(article) };
      } catch (err) {
        return { error: (err as Error).message ?? String(err) };
      }
    });
    send({ kind: 'done', id: job.id, outcomes, waitedMs });
    answered = performance.now();
  });
  send({ kind: 'ready' });
} catch (err) {
  send({ kind: 'fatal', message: (err as Error).message ?? String(err) });
}
