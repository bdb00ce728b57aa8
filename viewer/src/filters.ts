/**
 * The filter panel: article date range with a replay of the news as it arrived, minimum investment,
 * node size, articles on/off and isolated nodes. Each control writes the view state; the visibility pass
 * and the reducers do the rest.
 */
import { AMOUNT_STEPS, REPLAY_MS } from './defaults.ts';
import { el, formatDate, formatUsd, isoDay } from './format.ts';
import type { GraphIndex } from './graph-index.ts';
import { toggled, type Store } from './state.ts';
import type { ViewState } from './types.ts';

const DAY = 86_400_000;

export class Filters {
  private from: HTMLInputElement | null = null;
  private to: HTMLInputElement | null = null;
  private rangeLabel: HTMLElement | null = null;
  private play: HTMLButtonElement | null = null;
  private amount: HTMLInputElement;
  private amountLabel: HTMLElement;
  private sizeBy: HTMLSelectElement;
  private showArticles: HTMLInputElement;
  private hideIsolated: HTMLInputElement;
  private replay: number | null = null;

  constructor(root: HTMLElement, private index: GraphIndex, private store: Store) {
    root.replaceChildren(el('h2', { text: 'Filters' }));
    const { minTime, maxTime } = index;
    const dated = index.articleTime.size;
    const undated = (index.nodeTypeCount.get('Article') ?? 0) - dated;
    const undatedNote = undated > 0 ? el('span', { class: 'range-label', text: `${undated} undated article${undated === 1 ? '' : 's'}: always shown` }) : null;
    if (minTime !== null && maxTime !== null && maxTime - minTime >= DAY) {
      const days = Math.max(0, Math.round((maxTime - minTime) / DAY));
      this.from = el('input', { type: 'range', name: 'from', min: 0, max: days, step: 1, value: 0, 'aria-label': 'Articles from date' });
      this.to = el('input', { type: 'range', name: 'to', min: 0, max: days, step: 1, value: days, 'aria-label': 'Articles up to date' });
      this.rangeLabel = el('output', { class: 'range-label', 'aria-live': 'polite' });
      this.play = el('button', { type: 'button', class: 'small', 'aria-label': 'Replay the news as it arrived', text: '▶ Replay' });
      const onInput = () => {
        let a = Number(this.from!.value);
        let b = Number(this.to!.value);
        if (a > b) [a, b] = [b, a];
        store.update({
          dateFrom: a === 0 ? null : minTime + a * DAY,
          dateTo: b === days ? null : minTime + b * DAY + DAY - 1,
        });
      };
      this.from.addEventListener('input', onInput);
      this.to.addEventListener('input', onInput);
      this.play.addEventListener('click', () => this.toggleReplay(days));
      root.append(el('div', { class: 'field', 'data-testid': 'date-range', role: 'group', 'aria-label': 'Article date range' },
        el('div', { class: 'field-head' }, el('span', { text: 'Article dates' }), this.play),
        this.from, this.to, this.rangeLabel, undatedNote));
    } else {
      // Nothing to replay: say why instead of showing a slider that cannot move.
      const text = minTime === null ? 'No article carries a date.' : `All dated articles are from ${formatDate(isoDay(minTime))}.`;
      root.append(el('div', { class: 'field', 'data-testid': 'date-range', role: 'group', 'aria-label': 'Article date range' },
        el('span', { text: 'Article dates' }), el('span', { class: 'range-label', text }), undatedNote));
    }

    this.amount = el('input', { type: 'range', name: 'min-amount', min: 0, max: AMOUNT_STEPS.length - 1, step: 1, value: 0, 'aria-label': 'Minimum investment' });
    this.amountLabel = el('output', { class: 'range-label' });
    this.amount.addEventListener('input', () => store.update({ minAmountUsd: AMOUNT_STEPS[Number(this.amount.value)] ?? 0 }));
    root.append(el('label', { class: 'field' }, el('span', { text: 'Minimum investment' }), this.amount, this.amountLabel));

    this.sizeBy = el('select', { name: 'size-by', 'aria-label': 'Node size' },
      el('option', { value: 'degree', text: 'number of relations' }),
      el('option', { value: 'amount', text: 'amount invested' }));
    this.sizeBy.addEventListener('change', () => store.update({ sizeBy: this.sizeBy.value === 'amount' ? 'amount' : 'degree' }));
    root.append(el('label', { class: 'field inline' }, el('span', { text: 'Size by' }), this.sizeBy));

    this.showArticles = el('input', { type: 'checkbox', name: 'show-articles' });
    this.showArticles.addEventListener('change', () => {
      const on = this.showArticles.checked;
      store.update({
        hiddenNodeTypes: toggled(store.state.hiddenNodeTypes, 'Article', !on),
        hiddenRelationTypes: toggled(store.state.hiddenRelationTypes, 'MENTIONS', !on),
      });
    });
    this.hideIsolated = el('input', { type: 'checkbox', name: 'hide-isolated' });
    this.hideIsolated.addEventListener('change', () => store.update({ hideIsolated: this.hideIsolated.checked }));
    root.append(
      el('label', { class: 'check' }, this.showArticles, el('span', { text: 'Show articles and mentions' })),
      el('label', { class: 'check' }, this.hideIsolated, el('span', { text: 'Hide entities without relations' })),
    );
  }

  private toggleReplay(days: number): void {
    if (this.replay !== null) { this.stopReplay(); return; }
    const { minTime } = this.index;
    if (minTime === null || !this.to || !this.from) return;
    const start = performance.now();
    this.play!.textContent = '■ Stop';
    this.from.value = '0';
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / REPLAY_MS);
      const d = Math.round(t * days);
      this.to!.value = String(d);
      this.store.update({ dateFrom: null, dateTo: d === days ? null : minTime + d * DAY + DAY - 1 });
      if (t < 1) this.replay = requestAnimationFrame(step);
      else this.stopReplay();
    };
    this.replay = requestAnimationFrame(step);
  }

  private stopReplay(): void {
    if (this.replay !== null) cancelAnimationFrame(this.replay);
    this.replay = null;
    if (this.play) this.play.textContent = '▶ Replay';
  }

  /** Reflects the state in the controls (after a URL restore or a legend click). */
  update(state: ViewState): void {
    const { minTime, maxTime } = this.index;
    if (this.from && this.to && this.rangeLabel && minTime !== null && maxTime !== null) {
      const days = Number(this.to.max);
      if (this.replay === null) {
        this.from.value = String(state.dateFrom === null ? 0 : Math.round((state.dateFrom - minTime) / DAY));
        this.to.value = String(state.dateTo === null ? days : Math.floor((state.dateTo - minTime) / DAY));
      }
      const a = state.dateFrom ?? minTime;
      const b = state.dateTo === null ? maxTime : Math.min(maxTime, state.dateTo);
      this.rangeLabel.textContent = `${formatDate(isoDay(a))} – ${formatDate(isoDay(b))}`;
    }
    const step = AMOUNT_STEPS.findIndex((v) => v >= state.minAmountUsd);
    this.amount.value = String(step < 0 ? AMOUNT_STEPS.length - 1 : step);
    this.amountLabel.textContent = state.minAmountUsd > 0 ? `≥ ${formatUsd(state.minAmountUsd)}` : 'any amount';
    this.sizeBy.value = state.sizeBy;
    this.showArticles.checked = !state.hiddenNodeTypes.has('Article');
    this.hideIsolated.checked = state.hideIsolated;
  }
}
