/**
 * Search with autocomplete over names, aliases and article titles, accent- and case-insensitive
 * ("coree" finds "Corée du Sud"), over the graph as it is now (the index follows its changes). The box
 * itself is combobox.ts's, shared with the large-graph mode's server search.
 */
import { Combobox } from './combobox.ts';
import { normalize } from './format.ts';
import type { ViewerGraph } from './types.ts';

interface Entry { node: string; label: string; type: string; text: string; norm: string; weight: number }

export interface SearchHit { node: string; label: string; type: string; matched: string }

const MAX_RESULTS = 10;

/** Node attributes that only place a node: changing them does not change what search finds. */
const PLACEMENT = new Set(['x', 'y', 'fixed']);

/** What graphology says of a node's attribute update (only what matters here). */
interface NodeUpdate { type?: string; name?: unknown; data?: object }

export class SearchIndex {
  private entries: Entry[] = [];
  /** The graph changed since the entries were built (live changes, curation, the large view's fetches). */
  private stale = true;
  private readonly degree: () => Map<string, number>;

  constructor(private readonly graph: ViewerGraph, degree: Map<string, number> | (() => Map<string, number>)) {
    this.degree = typeof degree === 'function' ? degree : () => degree;
    const stale = () => { this.stale = true; };
    for (const event of ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared'] as const) graph.on(event, stale);
    // a layout moves every node many times a second: positions alone leave the index as it is
    graph.on('nodeAttributesUpdated', (p) => {
      const u = p as NodeUpdate;
      const names = u.type === 'set' || u.type === 'remove' ? [u.name] : u.type === 'merge' ? Object.keys(u.data ?? {}) : null;
      if (!names || names.some((n) => typeof n !== 'string' || !PLACEMENT.has(n))) stale();
    });
    graph.on('eachNodeAttributesUpdated', (p) => {
      const changed = p.hints?.attributes as readonly unknown[] | undefined;
      if (!changed || changed.some((n) => typeof n !== 'string' || !PLACEMENT.has(n))) stale();
    });
  }

  private build(): void {
    const degree = this.degree();
    this.entries = [];
    this.graph.forEachNode((node, a) => {
      const label = String(a.name ?? a.title ?? node);
      const weight = degree.get(node) ?? 0;
      const texts = new Set([label, ...(Array.isArray(a.aliases) ? a.aliases.map(String) : [])]);
      for (const text of texts) this.entries.push({ node, label, type: a.type, text, norm: normalize(text), weight });
    });
    this.stale = false;
  }

  /** Best matches first: exact, then prefix, then word prefix, then substring; ties by degree. */
  search(query: string, limit = MAX_RESULTS): SearchHit[] {
    const q = normalize(query);
    if (!q) return [];
    if (this.stale) this.build();
    const best = new Map<string, { score: number; entry: Entry }>();
    for (const entry of this.entries) {
      const i = entry.norm.indexOf(q);
      if (i < 0) continue;
      let score = entry.norm === q ? 4 : i === 0 ? 3 : entry.norm[i - 1] === ' ' ? 2 : 1;
      if (entry.type === 'Article') score -= 0.5;
      const prev = best.get(entry.node);
      if (!prev || score > prev.score || (score === prev.score && entry.text === entry.label)) best.set(entry.node, { score, entry });
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || b.entry.weight - a.entry.weight || a.entry.label.localeCompare(b.entry.label))
      .slice(0, limit)
      .map(({ entry }) => ({ node: entry.node, label: entry.label, type: entry.type, matched: entry.text }));
  }
}

/** The search box over the loaded graph: the combobox with the graph's own index as its source. */
export class SearchBox extends Combobox {
  constructor(input: HTMLInputElement, index: SearchIndex, onSelect: (node: string) => void) {
    super(input, { search: (query) => index.search(query) }, onSelect);
  }
}
