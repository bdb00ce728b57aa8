/**
 * Why a candidate was dropped, for `newsgraph explain`. Rules call `reject()`; it records only while
 * `traceExtraction()` runs, so normal extraction pays one null check per rejection and nothing else.
 * A module-level sink (not a parameter) keeps the rule functions' signatures unchanged.
 */
export interface Rejection {
  stage: 'mention' | 'relation';
  /** Sentence index in Extraction.sentences, -1 when unknown. */
  sentence: number;
  /** The rejected span, or "source -TYPE-> target" for a relation. */
  text: string;
  /** Why, in a few words a user can read ("headline word without body evidence"). */
  reason: string;
  /** Name of the rule that rejected it. */
  rule?: string;
}

let sink: Rejection[] | null = null;

/** Records a rejection when a trace is active. */
export function reject(rejection: Rejection): void {
  if (sink) sink.push(rejection);
}

/** True while a trace is active: rules may skip building reasons otherwise. */
export function tracing(): boolean {
  return sink !== null;
}

/** Runs `fn` with a trace active and returns its result with the rejections recorded meanwhile. */
export function traceExtraction<T>(fn: () => T): { result: T; rejected: Rejection[] } {
  const outer = sink;
  const rejected: Rejection[] = [];
  sink = rejected;
  try {
    return { result: fn(), rejected };
  } finally {
    sink = outer;
  }
}
