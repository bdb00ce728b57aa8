/**
 * Search in the large-graph mode: the server searches the whole graph (names and aliases, accents and
 * case ignored), so a node that is not in the view can be found and brought in. Same combobox as
 * search.ts: arrows move, Enter selects, Escape closes; hits not in the view are marked.
 */
import { el } from '../format.ts';
import { nodeColor } from '../reducers.ts';
import { searchGraph, type SearchHit } from './api.ts';

const DEBOUNCE_MS = 120;

export class RemoteSearchBox {
  private list: HTMLUListElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: number | undefined;
  private asked = 0;

  constructor(private input: HTMLInputElement, private inView: (id: string) => boolean, private onSelect: (node: string) => void) {
    const id = 'search-results';
    this.list = el('ul', { id, role: 'listbox', class: 'search-results', 'aria-label': 'Search results', hidden: true });
    input.after(this.list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', id);
    input.setAttribute('aria-expanded', 'false');
    input.placeholder = 'Search the whole graph… (/)';
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('focus', () => { if (input.value) this.schedule(); });
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (!q) { this.hits = []; this.render(); return; }
    this.timer = window.setTimeout(() => void this.refresh(q), DEBOUNCE_MS);
  }

  private async refresh(q: string): Promise<void> {
    const ask = ++this.asked;
    let hits: SearchHit[] = [];
    try { hits = (await searchGraph(q)).hits; } catch (err) { console.warn('search failed', err); }
    if (ask !== this.asked) return; // a newer keystroke won
    this.hits = hits;
    this.active = hits.length ? 0 : -1;
    this.render();
  }

  private render(): void {
    this.list.replaceChildren(...this.hits.map((hit, i) => {
      const li = el('li', { role: 'option', id: `search-option-${i}`, 'aria-selected': String(i === this.active), 'data-node': hit.id },
        el('span', { class: 'swatch dot', style: `background:${nodeColor(hit.type)}`, 'aria-hidden': 'true' }),
        el('span', { class: 'name', text: hit.name }),
        hit.matched !== hit.name ? el('span', { class: 'alias', text: `“${hit.matched}”` }) : null,
        el('span', { class: 'type', text: this.inView(hit.id) ? hit.type : `${hit.type} · not in view` }));
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
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + this.hits.length) % this.hits.length;
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
    this.input.value = hit.name;
    this.close();
    this.onSelect(hit.id);
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
