/**
 * The one as-of rule, shared by `export --as-of`, `query --as-of`, `GET /api/graph?asOf=`, the diff and
 * the viewer's date slider: a fact is in the snapshot of day D when it was reported by D and was not
 * yet closed then — closed meaning its end (`validTo`) lies before D *and* that end had been reported
 * by D. Facts from undated articles are in every snapshot (they are known, only not when).
 * Dates are ISO days (`YYYY-MM-DD`), compared as strings; no dependency, so the viewer bundles it.
 */
export interface TimedFact {
  firstReported?: unknown;
  validTo?: unknown;
  endReported?: unknown;
}

const day = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);

export function reportedBy(fact: TimedFact, asOf: string): boolean {
  const first = day(fact.firstReported);
  return first === undefined || first <= asOf;
}

export function closedBy(fact: TimedFact, asOf: string): boolean {
  const end = day(fact.validTo);
  if (end === undefined || end >= asOf) return false;
  const known = day(fact.endReported);
  return known === undefined || known <= asOf;
}

export function presentAt(fact: TimedFact, asOf: string): boolean {
  return reportedBy(fact, asOf) && !closedBy(fact, asOf);
}

/** Whether an article (its `date`) was published by the day (undated articles: always). */
export function articleBy(date: unknown, asOf: string): boolean {
  const d = day(date);
  return d === undefined || d <= asOf;
}
