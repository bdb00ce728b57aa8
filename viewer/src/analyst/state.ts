/**
 * The analyst tools' part of the view state (path, expanded neighbourhoods, colour mode) and its URL form.
 * It lives in `ViewState.analyst`, so the one store, the URL hash, Reset and saved views all carry it.
 * URL keys: `pf`/`pt` path ends, `pm=1` path may use MENTIONS, `exp` (repeated) expanded nodes,
 * `color=community`.
 */

export type ColorMode = 'type' | 'community';

export interface AnalystState {
  /** Ends of the path to find (node keys); the path is shown when both are set. */
  pathFrom: string | null;
  pathTo: string | null;
  /** Whether the path may go through articles (MENTIONS); off by default: a shared article is a weak link. */
  pathMentions: boolean;
  /** Nodes whose neighbourhood is expanded, in the order they were expanded. */
  expanded: readonly string[];
  colorBy: ColorMode;
}

export function defaultAnalystState(): AnalystState {
  return { pathFrom: null, pathTo: null, pathMentions: false, expanded: [], colorBy: 'type' };
}

export function encodeAnalyst(state: AnalystState, p: URLSearchParams): void {
  if (state.pathFrom) p.set('pf', state.pathFrom);
  if (state.pathTo) p.set('pt', state.pathTo);
  if (state.pathMentions) p.set('pm', '1');
  // One parameter per node: keys may hold commas.
  for (const node of state.expanded) p.append('exp', node);
  if (state.colorBy !== 'type') p.set('color', state.colorBy);
}

const URL_KEYS = ['pf', 'pt', 'pm', 'exp', 'color'];

/** The analyst state a hash describes (keys it does not carry take their defaults), or null when it has none. */
export function decodeAnalyst(p: URLSearchParams): AnalystState | null {
  if (!URL_KEYS.some((k) => p.has(k))) return null;
  const state = defaultAnalystState();
  state.pathFrom = p.get('pf') || null;
  state.pathTo = p.get('pt') || null;
  state.pathMentions = p.get('pm') === '1';
  state.expanded = [...new Set(p.getAll('exp').filter(Boolean))];
  if (p.get('color') === 'community') state.colorBy = 'community';
  return state;
}
