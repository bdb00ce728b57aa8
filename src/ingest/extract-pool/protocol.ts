/** Messages between the ingest pipeline and its extraction workers (structured clone: plain data only). */
import type { Article } from '../../graph/model.ts';
import type { Extraction } from '../../extract/types.ts';

/** One article's extraction, or why it failed (reported like a bad file; the run goes on). */
export type ExtractOutcome = { extraction: Extraction; error?: undefined } | { extraction?: undefined; error: string };

export interface WorkerInit {
  /** The prebuilt lexicon the main thread uses (bundled CLI), so the workers load in milliseconds too. */
  lexicon?: string;
}

export interface ExtractJob { id: number; articles: Article[] }

export type FromExtractWorker =
  | { kind: 'ready' }
  /** `waitedMs`: how long the worker waited for this job after answering the previous one (or after "ready"). */
  | { kind: 'done'; id: number; outcomes: ExtractOutcome[]; waitedMs: number }
  | { kind: 'fatal'; message: string };
