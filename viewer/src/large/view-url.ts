/**
 * The large-graph mode's part of the URL hash, beside the filters and camera of url-state.ts:
 * `lv=degree,300` the measure and how many entities are shown one by one, and one `x=` per expansion in
 * the order it was made (`x=n:company:acme` neighbours, `x=a:agg:Company:country:fr` the next members of
 * an aggregate, `x=r:person:jane` a node brought in by search). Replaying them restores the exact view.
 */
import { MEASURES, type LargeState, type Measure } from './view-model.ts';

export const DEFAULT_LIMIT = 300;

export function encodeLarge(state: LargeState): string {
  const p = new URLSearchParams();
  if (state.measure !== 'degree' || state.limit !== DEFAULT_LIMIT) p.set('lv', `${state.measure},${state.limit}`);
  for (const step of state.steps) p.append('x', step);
  return p.toString();
}

export function decodeLarge(hash: string): LargeState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const [m, l] = (p.get('lv') ?? '').split(',');
  const measure = (MEASURES as readonly string[]).includes(m ?? '') ? (m as Measure) : 'degree';
  const limit = Number(l);
  const steps = p.getAll('x').filter((s) => /^[nar]:./.test(s));
  return { measure, limit: Number.isInteger(limit) && limit > 0 && limit <= 5000 ? limit : DEFAULT_LIMIT, steps };
}
