/** "Top investments": the biggest visible INVESTS_IN relations, the first thing a newcomer reads. */
import { TOP_INVESTMENTS } from './defaults.ts';
import { el, formatInvestment } from './format.ts';
import { nodeLabel } from './graph-index.ts';
import type { Selection, ViewerGraph } from './types.ts';
import type { Visibility } from './visibility.ts';

export class TopInvestments {
  constructor(private root: HTMLElement, private graph: ViewerGraph, private select: (s: Selection) => void) {}

  update(visibility: Visibility): void {
    const top: Array<{ edge: string; usd: number }> = [];
    for (const edge of visibility.edges) {
      const a = this.graph.getEdgeAttributes(edge);
      if (a.type !== 'INVESTS_IN') continue;
      top.push({ edge, usd: a.amountUsd ?? 0 });
    }
    top.sort((x, y) => y.usd - x.usd);
    const list = el('ol', { class: 'top-list' });
    for (const { edge } of top.slice(0, TOP_INVESTMENTS)) {
      const a = this.graph.getEdgeAttributes(edge);
      const money = formatInvestment(a.amount, a.currency, a.amountUsd);
      const when = a.until ?? a.year;
      const b = el('button', { type: 'button', class: 'top-item', title: 'Show the relation and its sources' },
        el('span', { class: 'who' }, el('strong', { text: nodeLabel(this.graph, this.graph.source(edge)) }), ' → ',
          el('strong', { text: nodeLabel(this.graph, this.graph.target(edge)) })),
        el('span', { class: 'how' }, el('span', { class: 'money', text: money || 'amount not stated' }),
          when !== undefined ? el('span', { class: 'year', text: a.until !== undefined ? ` by ${when}` : ` · ${when}` }) : null,
          ` · ${(a.articles ?? []).length} source${(a.articles ?? []).length === 1 ? '' : 's'}`));
      b.addEventListener('click', () => this.select({ kind: 'edge', id: edge }));
      list.append(el('li', {}, b));
    }
    this.root.replaceChildren(el('h2', { text: 'Top investments' }),
      top.length ? list : el('p', { class: 'muted', text: 'No investment in view.' }));
  }
}
