/**
 * The parameters of a view, read from a query string: the measure entities are ranked by and the filters
 * (entity types, article date range, minimum investment). A bad value is a clear error naming the
 * parameter, never a silent default.
 */
import { ENTITY_TYPES } from '../../graph/model.ts';

export const MEASURES = ['degree', 'investment', 'mentions', 'recency'] as const;
export type Measure = (typeof MEASURES)[number];

export interface ViewFilters {
  /** Entity types shown (Article is provenance, never an entity of a view). */
  types: string[];
  /** Article date range, ms since epoch (inclusive), null when open. */
  from: number | null;
  to: number | null;
  /** INVESTS_IN below this (USD) are left out, and entities left without a relation with them. */
  minAmountUsd: number;
}

export interface ViewParams extends ViewFilters {
  measure: Measure;
  /** Entities shown one by one; the others are summarised. */
  limit: number;
}

export const VIEW_DEFAULTS = { measure: 'degree' as Measure, limit: 300, maxLimit: 5000, neighbours: 30, members: 50, search: 10 };

export class ViewParamError extends Error {}

function int(value: string | null, name: string, dflt: number, min: number, max: number): number {
  if (value === null || value === '') return dflt;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ViewParamError(`'${name}' must be an integer from ${min} to ${max} (got '${value}')`);
  return n;
}

function day(value: string | null, name: string, end: boolean): number | null {
  if (value === null || value === '') return null;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(t)) throw new ViewParamError(`'${name}' must be a date like 2025-03-31 (got '${value}')`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && end ? t + 86_400_000 - 1 : t;
}

export function parseFilters(q: URLSearchParams): ViewFilters {
  const typesParam = q.get('types');
  const types = typesParam ? typesParam.split(',').map((t) => t.trim()).filter(Boolean) : [...ENTITY_TYPES];
  const min = q.get('minAmount');
  const minAmountUsd = min === null || min === '' ? 0 : Number(min);
  if (!Number.isFinite(minAmountUsd) || minAmountUsd < 0) throw new ViewParamError(`'minAmount' must be a number of USD ≥ 0 (got '${min}')`);
  return { types: types.filter((t) => t !== 'Article'), from: day(q.get('from'), 'from', false), to: day(q.get('to'), 'to', true), minAmountUsd };
}

export function parseViewParams(q: URLSearchParams): ViewParams {
  const measure = q.get('measure') ?? VIEW_DEFAULTS.measure;
  if (!(MEASURES as readonly string[]).includes(measure)) throw new ViewParamError(`'measure' must be one of ${MEASURES.join(', ')} (got '${measure}')`);
  return { ...parseFilters(q), measure: measure as Measure, limit: int(q.get('limit'), 'limit', VIEW_DEFAULTS.limit, 1, VIEW_DEFAULTS.maxLimit) };
}

export { int as intParam };

/** One string per distinct ranking (the cache key of a view's ranking). */
export function rankingKey(p: ViewFilters & { measure: Measure }): string {
  return JSON.stringify([p.measure, [...p.types].sort(), p.from, p.to, p.minAmountUsd]);
}
