/**
 * Search with autocomplete over names, aliases and article titles, accent- and case-insensitive
 * ("coree" finds "Corée du Sud"). An ARIA combobox: arrows move, Enter selects, Escape closes.
 */
import { el, normalize } from './format.ts';
import { nodeColor } from './reducers.ts';
import type { ViewerGraph } from './types.ts';

interface Entry { node: string; label: string; type: string; text: string; norm: string; weight: number }

export interface SearchHit { node: string; label: string; type: string; matched: string }

const MAX_RESULTS = 10;

export class SearchIndex {
  private entries: Entry[] = [];

  constructor(graph: ViewerGraph, degree: Map<string, number>) {
    graph.forEachNode((node, a) => {
      const label = String(a.name ?? a.title ?? node);
      const weight = degree.get(node) ?? 0;
      const texts = new Set([label, ...(Array.isArray(a.aliases) ? a.aliases.map(String) : [])]);
      for (const text of texts) this.entries.push({ node, label, type: a.type, text, norm: normalize(text), weight });
    });
  }

  /** Best matches first: exact, then prefix, then word prefix, then substring; ties by degree. */
  search(query: string, limit = MAX_RESULTS): SearchHit[] {
    const q = normalize(query);
    if (!q) return [];
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

export class SearchBox {
  private list: HTMLUListElement;
  private hits: SearchHit[] = [];
  private active = -1;

  constructor(private input: HTMLInputElement, private index: SearchIndex, private onSelect: (node: string) => void) {
    const id = 'search-results';
    this.list = el('ul', { id, role: 'listbox', class: 'search-results', 'aria-label': 'Search results', hidden: true });
    input.after(this.list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', id);
    input.setAttribute('aria-expanded', 'false');
    input.addEventListener('input', () => this.refresh());
    input.addEventListener('focus', () => { if (input.value) this.refresh(); });
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private refresh(): void {
    this.hits = this.index.search(this.input.value);
    this.active = this.hits.length ? 0 : -1;
    this.render();
  }

  private render(): void {
    this.list.replaceChildren(...this.hits.map((hit, i) => {
      const li = el('li', { role: 'option', id: `search-option-${i}`, 'aria-selected': String(i === this.active), 'data-node': hit.node },
        el('span', { class: 'swatch dot', style: `background:${nodeColor(hit.type)}`, 'aria-hidden': 'true' }),
        el('span', { class: 'name', text: hit.label }),
        hit.matched !== hit.label ? el('span', { class: 'alias', text: `“${hit.matched}”` }) : null,
        el('span', { class: 'type', text: hit.type }));
      li.addEventListener('mousedown', (e) => { e.preventDefault(); this.choose(i); });
      return li;
    }));
    if (!this.hits.length && this.input.value.trim()) this.list.append(el('li', { class: 'empty', text: 'No match' }));
    const open = this.list.childElementCount > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `search-option-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.hits.length) return;
      e.preventDefault();
      const d = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + d + this.hits.length) % this.hits.length;
      this.render();
    } else if (e.key === 'Enter') {
      if (this.active >= 0) { e.preventDefault(); this.choose(this.active); }
    } else if (e.key === 'Escape') {
      if (!this.list.hidden) { e.stopPropagation(); this.close(); }
    }
  }

  private choose(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.input.value = hit.label;
    this.close();
    this.onSelect(hit.node);
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
