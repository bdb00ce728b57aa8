/** The legend: one toggle per node type and per relationship type, with colours and live counts. */
import { RELATION_LABELS } from './defaults.ts';
import { el } from './format.ts';
import type { GraphIndex } from './graph-index.ts';
import { edgeColor, nodeColor } from './reducers.ts';
import { toggled, type Store } from './state.ts';
import type { ViewState } from './types.ts';
import type { Visibility } from './visibility.ts';

const PLURAL: Record<string, string> = {
  Company: 'Companies', Country: 'Countries', Region: 'Regions', Program: 'Programs', Person: 'People',
  Product: 'Products', Organization: 'Organizations', Article: 'Articles',
};

export class Legend {
  private nodeRows = new Map<string, { button: HTMLButtonElement; count: HTMLElement }>();
  private relationRows = new Map<string, { button: HTMLButtonElement; count: HTMLElement }>();

  constructor(root: HTMLElement, index: GraphIndex, private store: Store) {
    root.replaceChildren();
    const nodeList = el('ul', { class: 'legend-list', 'aria-label': 'Entity types' });
    for (const type of index.nodeTypes) {
      const count = el('span', { class: 'count' });
      const button = el('button', { type: 'button', class: 'legend-item', 'data-type': type, title: `Show or hide ${PLURAL[type] ?? type}` },
        el('span', { class: 'swatch dot', style: `background:${nodeColor(type)}`, 'aria-hidden': 'true' }),
        el('span', { class: 'name', text: PLURAL[type] ?? type }), count);
      button.addEventListener('click', () => {
        const hidden = toggled(store.state.hiddenNodeTypes, type);
        const patch: Partial<ViewState> = { hiddenNodeTypes: hidden };
        // Articles and their MENTIONS edges go together.
        if (type === 'Article') patch.hiddenRelationTypes = toggled(store.state.hiddenRelationTypes, 'MENTIONS', hidden.has('Article'));
        store.update(patch);
      });
      nodeList.append(el('li', {}, button));
      this.nodeRows.set(type, { button, count });
    }
    const relationList = el('ul', { class: 'legend-list', 'aria-label': 'Relationship types' });
    for (const type of index.relationTypes) {
      const count = el('span', { class: 'count' });
      const button = el('button', { type: 'button', class: 'legend-item', 'data-relation': type, title: `Show or hide ${type}` },
        el('span', { class: 'swatch line', style: `background:${edgeColor(type)}`, 'aria-hidden': 'true' }),
        el('span', { class: 'name', text: RELATION_LABELS[type] ?? type.toLowerCase() }), count);
      button.addEventListener('click', () => store.update({ hiddenRelationTypes: toggled(store.state.hiddenRelationTypes, type) }));
      relationList.append(el('li', {}, button));
      this.relationRows.set(type, { button, count });
    }
    root.append(el('h2', { text: 'Entities' }), nodeList, el('h2', { text: 'Relations' }), relationList);
  }

  update(state: ViewState, visibility: Visibility, index: GraphIndex): void {
    for (const [type, row] of this.nodeRows) {
      const on = !state.hiddenNodeTypes.has(type);
      row.button.setAttribute('aria-pressed', String(on));
      row.count.textContent = on ? `${visibility.nodeTypes.get(type) ?? 0}/${index.nodeTypeCount.get(type) ?? 0}` : `${index.nodeTypeCount.get(type) ?? 0}`;
    }
    for (const [type, row] of this.relationRows) {
      const on = !state.hiddenRelationTypes.has(type);
      row.button.setAttribute('aria-pressed', String(on));
      row.count.textContent = on ? `${visibility.relationTypes.get(type) ?? 0}/${index.relationTypeCount.get(type) ?? 0}` : `${index.relationTypeCount.get(type) ?? 0}`;
    }
  }
}
