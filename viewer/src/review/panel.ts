/**
 * The review panel: the server's review queue, one item at a time with its evidence side by side, and
 * one key per decision for a fast pass — m merge, r reject, a accept, b bring back (a rejection), s or
 * ↓ skip, ↑ back, u undo the last operation, Escape close. Each decision is POSTed to /api/curate; the
 * diff it returns is applied to the graph on screen, then the queue is fetched again (ranks move).
 */
import { el } from '../format.ts';
import { isTextEntry } from '../keys.ts';
import type { ViewerGraph } from '../types.ts';
import { fetchReview, postCurate, type CurationRequest, type OperationEntry, type ReviewItem } from './api.ts';
import { applyDiffToViewer } from './apply-diff.ts';

const CURATOR_KEY = 'newsgraph.curator';

export interface ReviewPanelOptions {
  graph: ViewerGraph;
  /** Called after the graph changed (filters, panels and drawing must follow). */
  onGraphChanged: () => void;
  /** Shows an entity or relation in the graph. */
  select: (selection: { kind: 'node' | 'edge'; id: string }) => void;
}

const KIND_LABEL: Record<string, string> = {
  duplicate: 'Likely duplicate', 'two-types': 'Same name, two types', 'conflicting-amounts': 'Conflicting amounts',
  'rejected-restated': 'Rejected, stated again', 'weak-relation': 'Weak relation', 'seen-once': 'Seen once',
};

export class ReviewPanel {
  readonly root: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly body: HTMLElement;
  private readonly status: HTMLElement;
  private readonly count: HTMLElement;
  private readonly who: HTMLInputElement;
  private items: ReviewItem[] = [];
  private total = 0;
  private current = 0;
  private writable = false;
  private busy = false;
  private readonly done: OperationEntry[] = [];

  constructor(private readonly options: ReviewPanelOptions) {
    this.count = el('span', { class: 'review-count', 'data-testid': 'review-count' });
    this.who = el('input', { type: 'text', class: 'review-who', 'aria-label': 'Your name (kept with each decision)', placeholder: 'Your name', value: localStorage.getItem(CURATOR_KEY) ?? '' });
    this.who.addEventListener('change', () => localStorage.setItem(CURATOR_KEY, this.who.value.trim()));
    const close = el('button', { type: 'button', class: 'ghost', 'aria-label': 'Close the review panel', text: '✕' });
    close.addEventListener('click', () => this.close());
    this.list = el('ol', { class: 'review-list', 'data-testid': 'review-list' });
    this.body = el('div', { class: 'review-body', 'data-testid': 'review-item' });
    this.status = el('p', { class: 'review-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'review-status' });
    this.root = el('aside', { id: 'review', class: 'review', 'data-testid': 'review', 'aria-label': 'Review queue', hidden: true },
      el('header', { class: 'review-head' }, el('h2', { text: 'Review' }), this.count, this.who, close),
      el('p', { class: 'review-keys muted', text: 'm merge · r reject · a accept · b bring back · s skip · ↑ back · u undo · Esc close' }),
      this.status, this.body, this.list);
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    document.addEventListener('keydown', (e) => {
      if (this.root.hidden || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTextEntry(e.target)) return;
      if (!this.root.contains(e.target as Node | null)) this.onKey(e);
    });
  }

  get isOpen(): boolean { return !this.root.hidden; }

  async open(): Promise<void> {
    this.root.hidden = false;
    await this.reload();
  }

  close(): void {
    this.root.hidden = true;
  }

  toggle(): Promise<void> | void {
    return this.isOpen ? this.close() : this.open();
  }

  private async reload(): Promise<void> {
    try {
      const reply = await fetchReview();
      this.items = reply.items;
      this.total = reply.total;
      this.writable = reply.writable;
      this.current = Math.min(this.current, Math.max(0, this.items.length - 1));
      this.render();
    } catch (err) {
      this.say(`Could not load the review queue: ${(err as Error).message}`, true);
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (isTextEntry(e.target)) return; // the name box: its letters are a name, not decisions
    const item = this.items[this.current];
    const key = e.key;
    if (key === 'Escape') { this.close(); e.preventDefault(); return; }
    if (key === 's' || key === 'ArrowDown' || key === 'j') { this.move(1); e.preventDefault(); return; }
    if (key === 'ArrowUp' || key === 'k') { this.move(-1); e.preventDefault(); return; }
    if (key === 'u') { e.preventDefault(); void this.decide({ op: 'undo' }, 'Undone'); return; }
    const action = item?.actions.find((a) => a.key === key);
    if (action) { e.preventDefault(); void this.decide(action.request, action.label); }
  }

  private move(step: number): void {
    if (!this.items.length) return;
    this.current = Math.max(0, Math.min(this.items.length - 1, this.current + step));
    this.render();
  }

  private async decide(request: CurationRequest, label: string): Promise<void> {
    if (this.busy) return;
    if (!this.writable) { this.say('This server is read-only: start it with `newsgraph serve --allow-writes` to curate.', true); return; }
    if (request.op === 'undo' && !this.done.length && !confirm('Undo the last operation in the log (made before this session)?')) return;
    this.busy = true;
    this.root.setAttribute('aria-busy', 'true');
    try {
      const entry = await postCurate(request, this.who.value.trim() || 'viewer');
      applyDiffToViewer(this.options.graph, entry.diff);
      this.options.onGraphChanged();
      if (entry.op === 'undo') this.done.pop(); else this.done.push(entry);
      this.say(`${label} (operation ${entry.id}${entry.op === 'undo' ? `, undid ${entry.undoes}` : ''}). Press u to undo.`);
      await this.reload();
    } catch (err) {
      this.say((err as Error).message, true);
    } finally {
      this.busy = false;
      this.root.removeAttribute('aria-busy');
    }
  }

  private say(text: string, error = false): void {
    this.status.textContent = text;
    this.status.classList.toggle('error', error);
  }

  private render(): void {
    this.count.textContent = `${this.items.length ? this.current + 1 : 0} of ${this.total}`;
    const item = this.items[this.current];
    this.body.replaceChildren(...(item ? this.renderItem(item) : [el('p', { class: 'muted', text: 'Nothing to review.' })]));
    this.list.replaceChildren(...this.items.map((it, i) => {
      const li = el('li', { class: 'review-entry', 'aria-current': i === this.current ? 'true' : undefined, 'data-id': it.id },
        el('span', { class: 'review-score', text: it.score.toFixed(2) }), ' ', it.title);
      li.addEventListener('click', () => { this.current = i; this.render(); });
      return li;
    }));
    this.list.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  private renderItem(item: ReviewItem): HTMLElement[] {
    const sides = el('div', { class: `review-sides n${item.sides.length}` }, ...item.sides.map((side) => {
      const show = el('button', { type: 'button', class: 'ghost small', text: side.label, title: 'Show in the graph' });
      const kind = side.kind === 'entity' ? 'node' : 'edge';
      const present = kind === 'node' ? this.options.graph.hasNode(side.id) : this.options.graph.hasEdge(side.id);
      show.disabled = !present;
      show.addEventListener('click', () => this.options.select({ kind, id: side.id }));
      const details = Object.entries(side.details).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') || '—' : v}`).join(' · ');
      return el('section', { class: 'review-side', 'data-testid': 'review-side' },
        el('h3', {}, show, el('span', { class: 'muted', text: ` ${side.type}` })),
        el('p', { class: 'review-details muted', text: details }),
        el('ul', { class: 'review-evidence' }, ...side.evidence.map((ev) => el('li', {},
          el('q', { text: ev.sentence || '(no sentence)' }), ' ', el('cite', { class: 'muted', text: [ev.title ?? ev.article, ev.date?.slice(0, 10)].filter(Boolean).join(', ') })))));
    }));
    const actions = el('div', { class: 'review-actions' }, ...item.actions.map((a) => {
      const b = el('button', { type: 'button', class: a.key === 'm' || a.key === 'r' ? 'primary' : '', 'data-key': a.key, disabled: !this.writable },
        el('kbd', { text: a.key }), ` ${a.label}`);
      b.addEventListener('click', () => void this.decide(a.request, a.label));
      return b;
    }), (() => {
      const b = el('button', { type: 'button', 'data-key': 's' }, el('kbd', { text: 's' }), ' Skip');
      b.addEventListener('click', () => this.move(1));
      return b;
    })());
    const readOnly = this.writable ? null : el('p', { class: 'muted', text: 'Read-only server: decisions need `newsgraph serve --allow-writes`.' });
    return [el('p', { class: 'review-kind', text: `${KIND_LABEL[item.kind] ?? item.kind} · score ${item.score.toFixed(2)}` }), el('h3', { class: 'review-title', text: item.title }), sides, actions, ...(readOnly ? [readOnly] : [])];
  }
}

/** Adds the Review button to the toolbar and the panel to the page; returns the panel. */
export function mountReviewPanel(options: ReviewPanelOptions): ReviewPanel {
  const panel = new ReviewPanel(options);
  (document.querySelector('.layout') ?? document.body).append(panel.root);
  const button = el('button', { type: 'button', id: 'review-toggle', 'data-testid': 'review-toggle', title: 'Review queue: likely duplicates, conflicting amounts, weak relations', text: 'Review' });
  button.addEventListener('click', () => void panel.toggle());
  document.querySelector('.toolbar')?.prepend(button);
  return panel;
}
