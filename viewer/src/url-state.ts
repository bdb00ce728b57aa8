/**
 * The shareable part of the view in the URL hash: filters, size mode, selection, Cypher query and camera.
 * `#hn=Article&hr=MENTIONS&from=2025-01-01&to=2025-06-30&min=1000000000&size=amount&sel=n:company:amazon&q=…&cam=0.5,0.5,1`
 */
import { DEFAULT_HIDDEN_NODE_TYPES, DEFAULT_HIDDEN_RELATION_TYPES } from './defaults.ts';
import { isoDay } from './format.ts';
import type { ViewState } from './types.ts';
import { decodeAnalyst, encodeAnalyst } from './analyst/state.ts';

export interface CameraView { x: number; y: number; ratio: number }

export interface UrlView {
  state: Partial<ViewState>;
  camera: CameraView | null;
}

const sameSet = (a: ReadonlySet<string>, b: readonly string[]) => a.size === b.length && b.every((x) => a.has(x));

export function encodeView(state: ViewState, camera: CameraView | null): string {
  const p = new URLSearchParams();
  if (!sameSet(state.hiddenNodeTypes, DEFAULT_HIDDEN_NODE_TYPES)) p.set('hn', [...state.hiddenNodeTypes].join(','));
  if (!sameSet(state.hiddenRelationTypes, DEFAULT_HIDDEN_RELATION_TYPES)) p.set('hr', [...state.hiddenRelationTypes].join(','));
  if (state.dateFrom !== null) p.set('from', isoDay(state.dateFrom));
  if (state.dateTo !== null) p.set('to', isoDay(state.dateTo));
  if (state.minAmountUsd > 0) p.set('min', String(state.minAmountUsd));
  if (state.sizeBy !== 'degree') p.set('size', state.sizeBy);
  if (state.hideIsolated) p.set('iso', '1');
  if (state.selected) p.set('sel', `${state.selected.kind === 'node' ? 'n' : 'e'}:${state.selected.id}`);
  if (state.query) p.set('q', state.query);
  encodeAnalyst(state.analyst, p);
  if (camera) p.set('cam', [camera.x, camera.y, camera.ratio].map((v) => Number(v.toFixed(4))).join(','));
  return p.toString();
}

export function decodeView(hash: string): UrlView {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const state: Partial<ViewState> = {};
  const list = (s: string) => new Set(s.split(',').map((x) => x.trim()).filter(Boolean));
  if (p.has('hn')) state.hiddenNodeTypes = list(p.get('hn')!);
  if (p.has('hr')) state.hiddenRelationTypes = list(p.get('hr')!);
  const day = (s: string | null, end: boolean) => {
    if (!s) return null;
    const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
    return Number.isNaN(t) ? null : end ? t + 86_400_000 - 1 : t;
  };
  if (p.has('from')) state.dateFrom = day(p.get('from'), false);
  if (p.has('to')) state.dateTo = day(p.get('to'), true);
  const min = Number(p.get('min'));
  if (Number.isFinite(min) && min > 0) state.minAmountUsd = min;
  if (p.get('size') === 'amount') state.sizeBy = 'amount';
  if (p.get('iso') === '1') state.hideIsolated = true;
  const sel = p.get('sel');
  if (sel && /^[ne]:/.test(sel)) state.selected = { kind: sel[0] === 'n' ? 'node' : 'edge', id: sel.slice(2) };
  if (p.has('q')) state.query = p.get('q')!;
  const analyst = decodeAnalyst(p);
  if (analyst) state.analyst = analyst;
  let camera: CameraView | null = null;
  const cam = p.get('cam')?.split(',').map(Number);
  if (cam && cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0) camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
  return { state, camera };
}

/** Writes the hash without adding a history entry per change. */
export function writeHash(encoded: string): void {
  const next = encoded ? `#${encoded}` : '';
  if (location.hash === next || (!encoded && !location.hash)) return;
  history.replaceState(null, '', `${location.pathname}${location.search}${next}`);
}
