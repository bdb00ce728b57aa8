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

/** The extractions of `articles` in order; a pool that fails leaves the work to this thread. */
export async function extractAll(articles: Article[], extractor: Extractor, workers: number | undefined): Promise<ExtractOutcome[]> {
  if (!poolAllowed(extractor, workers) || articles.length < POOL_AFTER) return articles.map((a) => extractHere(extractor, a));
  const { ExtractPool } = await import('./pool.ts');
  const pool = await ExtractPool.start({ size: workers }).catch(() => undefined);
  if (!pool) return articles.map((a) => extractHere(extractor, a));
  try {
    return await pool.extract(articles);
  } catch {
    return articles.map((a) => extractHere(extractor, a));
  } finally {
    await pool.close();
  }
}
