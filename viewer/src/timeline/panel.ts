/**
 * The timeline panel: an "as of" slider over the days articles were published (the graph as it was
 * known that day), a play button that grows the graph article date by article date — the layout does
 * not move, since filters only hide — and a "what changed since" mode that colours new, closed and
 * changed relations between a second day and the as-of day.
 */
import { el, formatDate } from '../format.ts';
import type { Store } from '../state.ts';
import type { ViewState, ViewerGraph } from '../types.ts';
import { articleDays } from './as-of.ts';
import { CHANGE_COLORS, fetchChanges } from './changes.ts';

/** Time between two replay steps (one article date each). */
export const REPLAY_STEP_MS = 700;

export class TimelinePanel {
  private days: string[] = [];
  private slider: HTMLInputElement | null = null;
  private since: HTMLInputElement | null = null;
  private readonly label: HTMLElement;
  private readonly sinceLabel: HTMLElement;
  private readonly compare: HTMLInputElement;
  private play: HTMLButtonElement | null = null;
  private readonly status: HTMLElement;
  private timer: number | null = null;
  private request = 0;

  constructor(private readonly root: HTMLElement, private readonly graph: ViewerGraph, private readonly store: Store) {
    this.label = el('output', { class: 'range-label', 'data-testid': 'as-of-label', 'aria-live': 'polite' });
    this.sinceLabel = el('output', { class: 'range-label', 'data-testid': 'since-label' });
    this.status = el('span', { class: 'range-label', 'data-testid': 'changes-status' });
    this.compare = el('input', { type: 'checkbox', name: 'what-changed', 'data-testid': 'what-changed' });
    this.compare.addEventListener('change', () => void this.refreshChanges());
    this.days = articleDays(graph);
    this.render();
  }

  /**
   * The graph changed (live articles, curation): new article dates become replay steps. The slider
   * stays on the day it showed, or on "now" when it was there.
   */
  graphChanged(): void {
    const days = articleDays(this.graph);
    if (days.length === this.days.length && days.every((d, i) => d === this.days[i])) return;
    const sinceDay = this.since ? this.days[Number(this.since.value)] : undefined;
    this.stop();
    this.days = days;
    this.render(sinceDay);
  }

  private render(sinceDay?: string): void {
    this.root.replaceChildren(el('h2', { text: 'Timeline' }));
    this.slider = this.since = this.play = null;
    if (!this.days.length) {
      this.root.append(el('span', { class: 'range-label', text: 'No article carries a date: nothing to replay.' }));
      return;
    }
    const last = this.days.length; // position `last` = "now": the whole graph
    const asOf = this.store.state.asOf;
    const at = asOf ? Math.max(0, this.days.indexOf(asOf)) : last;
    const sinceAt = sinceDay ? Math.max(0, this.days.indexOf(sinceDay)) : 0;
    this.slider = el('input', { type: 'range', name: 'as-of', min: 0, max: last, step: 1, value: at, 'aria-label': 'Graph as of date', 'data-testid': 'as-of' });
    this.since = el('input', { type: 'range', name: 'since', min: 0, max: this.days.length - 1, step: 1, value: sinceAt, 'aria-label': 'What changed since date', 'data-testid': 'since' });
    this.play = el('button', { type: 'button', class: 'small', 'data-testid': 'as-of-play', 'aria-label': 'Replay the graph article date by article date', text: '▶ Play' });
    this.slider.addEventListener('input', () => { this.stop(); this.setAsOf(Number(this.slider!.value)); });
    this.since.addEventListener('input', () => void this.refreshChanges());
    this.play.addEventListener('click', () => (this.timer === null ? this.start() : this.stop()));
    this.root.append(
      el('div', { class: 'field', role: 'group', 'aria-label': 'Graph as of date' },
        el('div', { class: 'field-head' }, el('span', { text: 'As of' }), this.play), this.slider, this.label),
      el('label', { class: 'check' }, this.compare, el('span', { text: 'What changed since' })),
      el('div', { class: 'field' }, this.since, this.sinceLabel, this.status,
        el('span', { class: 'range-label' },
          el('span', { style: `color:${CHANGE_COLORS.added}`, text: '■ new ' }),
          el('span', { style: `color:${CHANGE_COLORS.closed}`, text: '■ closed ' }),
          el('span', { style: `color:${CHANGE_COLORS.changed}`, text: '■ changed' }))),
    );
    this.update(this.store.state);
  }

  private dayAt(position: number): string | null {
    return position >= this.days.length ? null : this.days[position]!;
  }

  private setAsOf(position: number): void {
    this.store.update({ asOf: this.dayAt(position) });
    void this.refreshChanges();
  }

  /** Replay: from the first article date to the last, one date per step. */
  private start(): void {
    if (!this.slider || !this.play) return;
    let position = Number(this.slider.value) >= this.days.length ? 0 : Number(this.slider.value);
    this.play.textContent = '■ Stop';
    const step = () => {
      this.slider!.value = String(position);
      this.setAsOf(position);
      if (position >= this.days.length) { this.stop(); return; }
      position++;
      this.timer = window.setTimeout(step, REPLAY_STEP_MS);
    };
    step();
  }

  private stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.play) this.play.textContent = '▶ Play';
  }

  private async refreshChanges(): Promise<void> {
    const ticket = ++this.request;
    if (!this.compare.checked || !this.since || !this.slider) {
      this.status.textContent = '';
      if (this.store.state.timeChanges) this.store.update({ timeChanges: null });
      return;
    }
    const from = this.days[Number(this.since.value)]!;
    const to = this.store.state.asOf ?? this.days[this.days.length - 1]!;
    try {
      const changes = await fetchChanges(from, to);
      if (ticket !== this.request) return;
      this.status.textContent = `${changes.added.size} new, ${changes.closed.size} closed, ${changes.changed.size} changed`;
      this.store.update({ timeChanges: changes });
    } catch (err) {
      if (ticket === this.request) this.status.textContent = `cannot compare: ${(err as Error).message}`;
    }
  }

  /** Reflects the state in the controls. */
  update(state: ViewState): void {
    this.label.textContent = state.asOf ? formatDate(state.asOf) : 'now (everything)';
    if (this.slider && this.timer === null) this.slider.value = String(state.asOf ? Math.max(0, this.days.indexOf(state.asOf)) : this.days.length);
    if (this.since) this.sinceLabel.textContent = formatDate(this.days[Number(this.since.value)]);
  }
}
