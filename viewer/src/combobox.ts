/**
 * The search box's ARIA combobox (arrows move, Enter selects, Escape closes), with a pluggable source of
 * hits: the loaded graph's index (search.ts) or the server's search over the whole graph (large/). A
 * source may answer at once or later; a later answer to an older query is ignored.
 */
import { el } from './format.ts';
import { nodeColor } from './reducers.ts';

export interface ComboHit { node: string; label: string; type: string; matched: string }

export interface ComboSource {
  search(query: string): readonly ComboHit[] | Promise<readonly ComboHit[]>;
  /** Wait after a keystroke before asking (a server source); 0 or absent: ask at once. */
  debounceMs?: number;
  /** What the option shows after its type (read when drawn, e.g. "not in view"). */
  note?(hit: ComboHit): string | undefined;
}

/** After a blur, the list stays this long (a click on an option lands first), unless focus came back. */
const BLUR_CLOSE_MS = 150;

export class Combobox {
  private readonly list: HTMLUListElement;
  private hits: readonly ComboHit[] = [];
  private active = -1;
  private debounce: number | undefined;
  private blurTimer: number | undefined;
  /** Increases with each question and on close: an answer to an older one is dropped. */
  private asked = 0;

  constructor(private readonly input: HTMLInputElement, private readonly source: ComboSource, private readonly onSelect: (node: string) => void) {
    const id = 'search-results';
    this.list = el('ul', { id, role: 'listbox', class: 'search-results', 'aria-label': 'Search results', hidden: true });
    input.after(this.list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', id);
    input.setAttribute('aria-expanded', 'false');
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('focus', () => {
      // a blur just before must not close the list this focus (and the next keystrokes) open
      clearTimeout(this.blurTimer);
      if (input.value) this.schedule();
    });
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => {
      clearTimeout(this.blurTimer);
      this.blurTimer = window.setTimeout(() => { if (document.activeElement !== input) this.close(); }, BLUR_CLOSE_MS);
    });
  }

  private schedule(): void {
    clearTimeout(this.debounce);
    const query = this.input.value;
    if (!query.trim()) { this.asked++; this.show([]); return; }
    const wait = this.source.debounceMs ?? 0;
    if (wait > 0) this.debounce = window.setTimeout(() => void this.ask(query), wait);
    else void this.ask(query);
  }

  private async ask(query: string): Promise<void> {
    const ask = ++this.asked;
    let hits: readonly ComboHit[] = [];
    try {
      const answer = this.source.search(query);
      // a local source answers at once: the list is drawn in the same task as the keystroke
      hits = answer instanceof Promise ? await answer : answer;
    } catch (err) { console.warn('search failed', err); }
    if (ask !== this.asked) return; // a newer keystroke, a choice or a close came since
    this.show(hits);
  }

  private show(hits: readonly ComboHit[]): void {
    this.hits = hits;
    this.active = hits.length ? 0 : -1;
    this.render();
  }

  private render(): void {
    this.list.replaceChildren(...this.hits.map((hit, i) => {
      const note = this.source.note?.(hit);
      const li = el('li', { role: 'option', id: `search-option-${i}`, 'aria-selected': String(i === this.active), 'data-node': hit.node },
        el('span', { class: 'swatch dot', style: `background:${nodeColor(hit.type)}`, 'aria-hidden': 'true' }),
        el('span', { class: 'name', text: hit.label }),
        hit.matched !== hit.label ? el('span', { class: 'alias', text: `“${hit.matched}”` }) : null,
        el('span', { class: 'type', text: note ? `${hit.type} · ${note}` : hit.type }));
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
    this.input.value = hit.label;
    this.close();
    this.onSelect(hit.node);
  }

  close(): void {
    clearTimeout(this.debounce);
    this.asked++; // an answer still on its way does not open the list again
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
