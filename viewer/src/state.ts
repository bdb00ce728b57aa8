/**
 * The view state and its one store. Modules read `store.state`, change it with `store.update`, and
 * react with `store.subscribe`; the listener learns which keys changed so it redraws only what depends on them.
 */
import { DEFAULT_HIDDEN_NODE_TYPES, DEFAULT_HIDDEN_RELATION_TYPES } from './defaults.ts';
import type { ViewState } from './types.ts';
import { defaultAnalystState } from './analyst/state.ts';

export type StateKey = keyof ViewState;
export type Listener = (state: ViewState, changed: ReadonlySet<StateKey>) => void;

/** Keys that change which nodes and edges are visible (a visibility pass is needed). */
export const FILTER_KEYS: ReadonlySet<StateKey> = new Set<StateKey>([
  'hiddenNodeTypes', 'hiddenRelationTypes', 'dateFrom', 'dateTo', 'minAmountUsd', 'hideIsolated', 'highlight', 'selected',
  'analyst',
  'asOf', 'timeChanges',
]);

export function defaultState(): ViewState {
  return {
    hiddenNodeTypes: new Set(DEFAULT_HIDDEN_NODE_TYPES),
    hiddenRelationTypes: new Set(DEFAULT_HIDDEN_RELATION_TYPES),
    dateFrom: null,
    dateTo: null,
    minAmountUsd: 0,
    sizeBy: 'degree',
    hideIsolated: false,
    selected: null,
    hovered: null,
    query: '',
    highlight: null,
    analyst: defaultAnalystState(),
  };
}

export class Store {
  state: ViewState;
  private listeners: Listener[] = [];

  constructor(initial: ViewState = defaultState()) {
    this.state = initial;
  }

  update(patch: Partial<ViewState>): void {
    const changed = new Set<StateKey>();
    for (const key of Object.keys(patch) as StateKey[]) {
      if (!Object.is(this.state[key], patch[key])) changed.add(key);
    }
    if (!changed.size) return;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state, changed);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => { this.listeners = this.listeners.filter((l) => l !== listener); };
  }
}

/** A set with one member toggled (a new set: the store compares by identity). */
export function toggled<T>(set: ReadonlySet<T>, value: T, on?: boolean): Set<T> {
  const next = new Set(set);
  const add = on ?? !next.has(value);
  if (add) next.add(value); else next.delete(value);
  return next;
}
