/** Extraction of a known list of articles: in workers when the list is long enough to pay for them. */
import type { Article } from '../../graph/model.ts';
import type { Extractor } from '../../extract/index.ts';
import type { ExtractOutcome } from './protocol.ts';
import { availableParallelism } from 'node:os';

/** Workers for this machine: one per core, at most 4 (each holds its own lexicons, ≈ 150 MB). */
export const defaultWorkerCount = (): number => Math.min(4, availableParallelism());

/** New articles from which a run starts extraction workers (their start costs about a second). */
export const POOL_AFTER = 128;

/** One article's extraction on this thread; an exception becomes the outcome's error. */
export function extractHere(extractor: Extractor, article: Article): ExtractOutcome {
  try {
    return { extraction: extractor.extract(article) };
  } catch (err) {
    return { error: (err as Error).message ?? String(err) };
  }
}

/** Whether a run with this extractor and `workers` may use a pool (only the rules extractor runs in workers). */
export const poolAllowed = (extractor: Extractor, workers: number | undefined): boolean => (workers ?? 1) > 1 && extractor.name === 'rules';

/**
 * The extractions of `articles` in order, and the number of worker threads that took part (0: this
 * thread alone). This thread extracts from the front of the list while the workers start, so a list
 * done before they are ready costs no wait; a pool that fails to start or dies leaves the rest here.
 */
export async function extractAll(articles: Article[], extractor: Extractor, workers: number | undefined): Promise<{ outcomes: ExtractOutcome[]; workers: number }> {
  const outcomes: ExtractOutcome[] = [];
  const here = (from: number) => { for (let i = from; i < articles.length; i++) outcomes.push(extractHere(extractor, articles[i]!)); };
  if (!poolAllowed(extractor, workers) || articles.length < POOL_AFTER) {
    here(0);
    return { outcomes, workers: 0 };
  }
  const { ExtractPool } = await import('./pool.ts');
  const pool = ExtractPool.create({ size: workers });
  let ready = false;
  pool.ready.then(() => { ready = true; }, () => undefined);
  // tests of the bundled CLI need the workers to take part, however fast this thread is
  if (process.env.NEWSGRAPH_WAIT_FOR_WORKERS === '1') await pool.ready.catch(() => undefined);
  try {
    while (outcomes.length < articles.length && !ready) {
      const end = Math.min(articles.length, outcomes.length + HERE_CHUNK);
      for (let i = outcomes.length; i < end; i++) outcomes.push(extractHere(extractor, articles[i]!));
      await new Promise((r) => setImmediate(r)); // lets the workers' "ready" arrive
    }
    if (outcomes.length === articles.length) return { outcomes, workers: 0 };
    const from = outcomes.length;
    try {
      outcomes.push(...(await pool.extract(articles.slice(from))));
    } catch {
      outcomes.length = from;
      here(from);
      return { outcomes, workers: 0 };
    }
    return { outcomes, workers: pool.size };
  } finally {
    await pool.close();
  }
}

/** Articles this thread extracts between two looks at whether the workers are ready. */
const HERE_CHUNK = 8;
