/** The large-graph mode's state and the pure helpers around it (no DOM, no fetch: unit-tested). */
import type { ViewState } from '../types.ts';

export const MEASURES = ['degree', 'investment', 'mentions', 'recency'] as const;
export type Measure = (typeof MEASURES)[number];

export interface LargeState {
  measure: Measure;
  limit: number;
  /** Expansions in order: `n:ID` neighbours, `a:AGGREGATE` next members, `r:ID` a node brought in. */
  steps: string[];
}

export interface ViewInfo {
  nodes: number;
  edges: number;
  threshold: { nodes: number; edges: number };
  large: boolean;
  nodeTypes: Record<string, number>;
  relationTypes: Record<string, number>;
  minDate: string | null;
  maxDate: string | null;
}

/** The server filters of the viewer's state: entity types not hidden, article dates, minimum amount. */
export function filtersQuery(state: ViewState, info: ViewInfo): string {
  const p = new URLSearchParams();
  const types = Object.keys(info.nodeTypes).filter((t) => t !== 'Article' && !state.hiddenNodeTypes.has(t));
  if (types.length !== Object.keys(info.nodeTypes).filter((t) => t !== 'Article').length) p.set('types', types.join(',') || 'None');
  if (state.dateFrom !== null) p.set('from', new Date(state.dateFrom).toISOString());
  if (state.dateTo !== null) p.set('to', new Date(state.dateTo).toISOString());
  if (state.minAmountUsd > 0) p.set('minAmount', String(state.minAmountUsd));
  return p.toString();
}

/** Steps after removing what collapsing `key` undoes (its expansions), and those that depended on it. */
export function stepsAfterCollapse(steps: readonly string[], key: string): string[] {
  return steps.filter((s) => s !== `n:${key}` && s !== `a:${key}` && s !== `r:${key}`);
}

/** How many times this step was made before position `at` (pages: the second `a:X` shows the next members). */
export function pageOf(steps: readonly string[], at: number): number {
  let n = 0;
  for (let i = 0; i < at; i++) if (steps[i] === steps[at]) n++;
  return n;
}

/** "+412 more companies · France" with the number of members still summarised. */
export function aggregateLabel(name: string, remaining: number): string {
  if (remaining <= 0) return `✓ all ${name.replace(/^\+[\d,]+ more /, '')} shown`;
  return name.replace(/^\+[\d,]+/, `+${remaining.toLocaleString('en')}`);
}
