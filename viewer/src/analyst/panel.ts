/**
 * The analyst panel: path between two nodes (each hop with its evidence), expand/collapse of the selected
 * node's neighbourhood, colour by community with its legend, and saved views. Plain buttons, links and
 * form fields, so everything is reachable with Tab and works with Enter/Space.
 */
import { RELATION_LABELS } from '../defaults.ts';
import { el, formatDate, formatInvestment } from '../format.ts';
import { nodeLabel, type GraphIndex } from '../graph-index.ts';
import { nodeColor } from '../reducers.ts';
import type { Selection, ViewerEdgeAttributes, ViewState } from '../types.ts';
import { communityColor } from './communities.ts';
import type { PathHop } from './path.ts';
import type { ServerHop, ServerNode } from './server-path.ts';
import { SavedViews } from './saved-views.ts';
import type { ActivePath, AnalystTools } from './tools.ts';

const EVIDENCE_PER_RELATION = 2;
const COMMUNITIES_SHOWN = 12;

export interface AnalystPanelOptions {
  index: GraphIndex;
  select: (selection: Selection) => void;
  /** The current view as a URL hash (without '#'). */
  currentHash: () => string;
  /** Applies a saved hash to the page. */
  applyHash: (hash: string) => Promise<void>;
  views: SavedViews;
}

export class AnalystPanel {
  private selectedLine: HTMLElement;
  private fromButton: HTMLButtonElement;
  private toButton: HTMLButtonElement;
  private expandButton: HTMLButtonElement;
  private ends: HTMLElement;
  private mentions: HTMLInputElement;
  private pathOut: HTMLElement;
  private expandedList: HTMLElement;
  private colorType: HTMLInputElement;
  private colorCommunity: HTMLInputElement;
  private communityLegend: HTMLElement;
  private viewName: HTMLInputElement;
  private viewList: HTMLElement;
  private viewStatus: HTMLElement;
  private shownPath: ActivePath | null | undefined = undefined;
  private shownColor: string | null = null;

  constructor(root: HTMLElement, private tools: AnalystTools, private options: AnalystPanelOptions) {
    this.selectedLine = el('p', { class: 'analyst-selected', 'data-testid': 'analyst-selected' });
    this.fromButton = el('button', { type: 'button', class: 'small', 'data-testid': 'path-from', text: 'Path from here', title: 'Start a path at the selected node' });
    this.toButton = el('button', { type: 'button', class: 'small', 'data-testid': 'path-to', text: 'Path to here', title: 'End the path at the selected node' });
    this.expandButton = el('button', { type: 'button', class: 'small', 'data-testid': 'expand-toggle', text: 'Expand', 'aria-pressed': 'false',
      title: 'Show or hide all the neighbours of the selected node' });
    this.fromButton.addEventListener('click', () => this.setEnd('pathFrom'));
    this.toButton.addEventListener('click', () => this.setEnd('pathTo'));
    this.expandButton.addEventListener('click', () => {
      const node = this.selectedNode();
      if (node) void tools.toggleExpanded(node);
    });

    this.ends = el('div', { class: 'path-ends', 'data-testid': 'path-ends' });
    this.mentions = el('input', { type: 'checkbox', 'data-testid': 'path-mentions' });
    this.mentions.addEventListener('change', () => tools.update({ pathMentions: this.mentions.checked }));
    this.pathOut = el('div', { class: 'path-result', 'data-testid': 'path-result', 'aria-live': 'polite' });

    this.expandedList = el('div', { class: 'chips expanded-list', 'data-testid': 'expanded-list' });

    const radio = (value: string, text: string) => {
      const input = el('input', { type: 'radio', name: 'analyst-color', value, 'data-testid': `color-${value}` });
      input.addEventListener('change', () => {
        if (!input.checked) return;
        if (value !== 'community') { tools.update({ colorBy: 'type' }); return; }
        // Louvain takes seconds on a 20,000-node graph: say so, and let the page paint that before it runs.
        this.communityLegend.hidden = false;
        this.communityLegend.replaceChildren(el('li', { class: 'muted', role: 'status', text: 'Finding communities…' }));
        requestAnimationFrame(() => setTimeout(() => tools.update({ colorBy: 'community' }), 0));
      });
      return { input, label: el('label', { class: 'check' }, input, text) };
    };
    const byType = radio('type', 'Type');
    const byCommunity = radio('community', 'Community (Louvain)');
    this.colorType = byType.input;
    this.colorCommunity = byCommunity.input;
    this.communityLegend = el('ul', { class: 'legend-list community-legend', 'data-testid': 'community-legend', 'aria-label': 'Communities' });

    this.viewName = el('input', { type: 'text', 'data-testid': 'view-name', placeholder: 'Name of this view', 'aria-label': 'Name of the view to save', maxlength: 80 });
    const save = el('button', { type: 'button', class: 'small primary', 'data-testid': 'view-save', text: 'Save' });
    const form = el('form', { class: 'view-form' }, this.viewName, save);
    form.addEventListener('submit', (e) => { e.preventDefault(); this.saveView(); });
    save.addEventListener('click', () => this.saveView());
    this.viewStatus = el('p', { class: 'muted small-text', role: 'status' });
    this.viewList = el('ul', { class: 'saved-views', 'data-testid': 'saved-views', 'aria-label': 'Saved views' });

    root.replaceChildren(
      el('h2', { text: 'Analyse' }),
      this.selectedLine,
      el('div', { class: 'analyst-actions' }, this.fromButton, this.toButton, this.expandButton),
      el('h3', { text: 'Path' }),
      this.ends,
      el('label', { class: 'check' }, this.mentions, 'Through articles (MENTIONS)'),
      this.pathOut,
      el('h3', { text: 'Expanded' }),
      this.expandedList,
      el('h3', { text: 'Colour by' }),
      el('div', { class: 'color-mode', role: 'radiogroup', 'aria-label': 'Colour nodes by' }, byType.label, byCommunity.label),
      this.communityLegend,
      el('h3', { text: 'Saved views' }),
      form, this.viewStatus, this.viewList,
    );
    this.renderViews();
  }

  private selectedNode(): string | null {
    const s = this.tools.store.state.selected;
    return s?.kind === 'node' && this.tools.graph.hasNode(s.id) ? s.id : null;
  }

  private setEnd(end: 'pathFrom' | 'pathTo'): void {
    const node = this.selectedNode();
    if (node) this.tools.update({ [end]: node });
  }

  update(state: ViewState): void {
    const { graph } = this.tools;
    const a = state.analyst;
    const node = this.selectedNode();
    this.selectedLine.replaceChildren(node
      ? el('span', {}, 'Selected: ', el('strong', { text: nodeLabel(graph, node) }))
      : el('span', { class: 'muted', text: 'Select a node (click it, or search with /) to start a path or expand it.' }));
    for (const b of [this.fromButton, this.toButton, this.expandButton]) b.disabled = !node;
    const expanded = node !== null && a.expanded.includes(node);
    this.expandButton.textContent = expanded ? 'Collapse' : 'Expand';
    this.expandButton.setAttribute('aria-pressed', String(expanded));

    this.renderEnds(a.pathFrom, a.pathTo);
    this.mentions.checked = a.pathMentions;
    const path = this.tools.path(a);
    if (path !== this.shownPath) { this.shownPath = path; this.renderPath(path); }

    this.expandedList.replaceChildren(...a.expanded.map((key) => {
      const b = el('button', { type: 'button', class: 'small chip', 'data-node': key, title: `Collapse ${this.label(key)}`, 'aria-label': `Collapse ${this.label(key)}` },
        this.label(key), el('span', { 'aria-hidden': 'true', text: ' ×' }));
      b.addEventListener('click', () => this.tools.collapse(key));
      return b;
    }));
    if (!a.expanded.length) this.expandedList.append(el('span', { class: 'muted', text: 'None.' }));

    this.colorType.checked = a.colorBy === 'type';
    this.colorCommunity.checked = a.colorBy === 'community';
    if (this.shownColor !== a.colorBy) { this.shownColor = a.colorBy; this.renderCommunities(a.colorBy === 'community'); }
  }

  private label(key: string): string {
    return this.tools.graph.hasNode(key) ? nodeLabel(this.tools.graph, key) : key;
  }

  private renderEnds(from: string | null, to: string | null): void {
    const end = (key: string | null, what: string) => {
      if (!key) return el('span', { class: 'muted', text: '—' });
      if (!this.tools.graph.hasNode(key)) return el('span', { class: 'muted', text: `${key} (not loaded)` });
      return this.nodeButton(key, `${what}: ${this.label(key)}`);
    };
    const swap = el('button', { type: 'button', class: 'small ghost', 'data-testid': 'path-swap', text: '⇄', title: 'Swap the ends', 'aria-label': 'Swap the ends of the path' });
    swap.addEventListener('click', () => this.tools.update({ pathFrom: to, pathTo: from }));
    const clear = el('button', { type: 'button', class: 'small ghost', 'data-testid': 'path-clear', text: 'Clear', title: 'Clear the path' });
    clear.addEventListener('click', () => this.tools.update({ pathFrom: null, pathTo: null }));
    swap.disabled = !from && !to;
    clear.disabled = !from && !to;
    this.ends.replaceChildren(
      el('div', {}, el('span', { class: 'end-label', text: 'From ' }), end(from, 'From')),
      el('div', {}, el('span', { class: 'end-label', text: 'To ' }), end(to, 'To')),
      el('div', { class: 'path-tools' }, swap, clear));
  }

  private renderPath(path: ActivePath | null): void {
    if (!path) { this.pathOut.replaceChildren(); return; }
    const { result } = path;
    if (!result && this.tools.needsServer(path)) { this.renderServerPath(path); return; }
    if (!result) {
      const why = path.mentions
          ? 'These two are not connected.'
          : 'No path through relations alone. Tick “Through articles” to also go through the articles that cite them.';
      this.pathOut.replaceChildren(el('p', { class: 'muted', 'data-testid': 'path-none', text: why }));
      return;
    }
    const hops = result.hops.length;
    const list = el('ol', { class: 'path-hops' }, ...result.hops.map((hop) => this.hopItem(hop)));
    this.pathOut.replaceChildren(el('p', { class: 'path-summary', text: hops === 0 ? 'Same node.' : `${hops} hop${hops === 1 ? '' : 's'}` }), list);
  }

  /** One hop: its two nodes, then each relation between them (direction as in the graph) with its evidence. */
  private hopItem(hop: PathHop): HTMLElement {
    const { graph } = this.tools;
    const item = el('li', { class: 'path-hop', 'data-from': hop.from, 'data-to': hop.to },
      el('div', { class: 'relation-head' }, this.nodeButton(hop.from), el('span', { class: 'arrow', text: ' — ' }), this.nodeButton(hop.to)));
    for (const edge of hop.edges) {
      const article = graph.source(edge) === hop.from ? hop.from : hop.to;
      item.append(this.relationBlock(graph.getEdgeAttributes(edge), graph.source(edge) === hop.from, edge, this.label(article)));
    }
    return item;
  }

  /** One relation of a hop: its name in walking direction, amount, evidence sentences with their article. */
  private relationBlock(a: ViewerEdgeAttributes, forward: boolean, edge: string | null, citedIn: string): HTMLElement {
    const name = RELATION_LABELS[a.type] ?? a.type;
    const money = formatInvestment(a.amount, a.currency, a.amountUsd);
    const text = forward ? `${name} →` : `← ${name}`;
    const rel = edge
      ? el('button', { type: 'button', class: 'node-link rel', 'data-edge': edge, title: 'Show this relation', text })
      : el('span', { class: 'rel', text });
    if (edge) rel.addEventListener('click', () => this.options.select({ kind: 'edge', id: edge }));
    const evidence = el('ul', { class: 'evidence' });
    const sentences = a.evidence ?? [];
    const articles = a.articles ?? [];
    sentences.slice(0, EVIDENCE_PER_RELATION).forEach((sentence, i) => {
      evidence.append(el('li', {}, el('blockquote', { text: sentence }), this.articleRef(articles[i])));
    });
    if (!sentences.length && a.type === 'MENTIONS') evidence.append(el('li', { class: 'muted', text: `Cited in “${citedIn}”` }));
    else if (!sentences.length) evidence.append(el('li', { class: 'muted', text: 'No evidence recorded.' }));
    if (sentences.length > EVIDENCE_PER_RELATION) evidence.append(el('li', { class: 'muted', text: `+ ${sentences.length - EVIDENCE_PER_RELATION} more (open the relation)` }));
    return el('div', { class: 'path-relation' }, rel, money ? el('span', { class: 'fact money', text: ` ${money}` }) : null, evidence);
  }

  /** The client graph cannot answer: ask the server (Cypher shortestPath) and show its hops. */
  private renderServerPath(path: ActivePath): void {
    this.pathOut.replaceChildren(el('p', { class: 'muted', 'data-testid': 'path-pending', text: 'Not in the loaded graph: asking the server…' }));
    void this.tools.serverPath(path).then((answer) => {
      if (this.shownPath !== path) return; // the path changed meanwhile
      if ('error' in answer) {
        this.pathOut.replaceChildren(el('p', { class: 'query-error', role: 'alert', 'data-testid': 'path-none', text: `The server could not search the path: ${answer.error}` }));
      } else if (!answer.found) {
        this.pathOut.replaceChildren(el('p', { class: 'muted', 'data-testid': 'path-none',
          text: path.mentions ? 'These two are not connected (asked the server).' : 'No path through relations alone (asked the server). Tick “Through articles” to also go through articles.' }));
      } else {
        const n = answer.hops.length;
        this.pathOut.replaceChildren(
          el('p', { class: 'path-summary', text: `${n} hop${n === 1 ? '' : 's'} (found by the server)` }),
          el('ol', { class: 'path-hops' }, ...answer.hops.map((hop) => this.serverHopItem(hop))));
      }
    });
  }

  private serverHopItem(hop: ServerHop): HTMLElement {
    const p = hop.relation.properties;
    const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
    const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : undefined);
    const attributes: ViewerEdgeAttributes = {
      type: hop.relation.type, amount: num(p.amount), currency: typeof p.currency === 'string' ? p.currency : undefined,
      amountUsd: num(p.amountUsd), evidence: strings(p.evidence), articles: strings(p.articles),
    };
    const edge = this.tools.graph.hasEdge(hop.relation.id) ? hop.relation.id : null;
    const article = hop.relation.forward ? hop.from : hop.to;
    return el('li', { class: 'path-hop', 'data-from': hop.from.key, 'data-to': hop.to.key },
      el('div', { class: 'relation-head' }, this.serverNode(hop.from), el('span', { class: 'arrow', text: ' — ' }), this.serverNode(hop.to)),
      this.relationBlock(attributes, hop.relation.forward, edge, article.label));
  }

  private serverNode(node: ServerNode): HTMLElement {
    if (this.tools.graph.hasNode(node.key)) return this.nodeButton(node.key);
    return el('span', { class: 'node-link', 'data-node': node.key, title: `${node.type} (not loaded)` },
      el('span', { class: 'swatch dot', style: `background:${nodeColor(node.type)}`, 'aria-hidden': 'true' }), node.label);
  }

  private articleRef(id: string | undefined): HTMLElement | null {
    const key = id === undefined ? undefined : this.options.index.articleKey.get(String(id));
    if (!key) return null;
    const a = this.tools.graph.getNodeAttributes(key);
    const title = String(a.title ?? key);
    const link = a.url ? el('a', { href: String(a.url), target: '_blank', rel: 'noopener noreferrer', text: title }) : el('span', { text: title });
    const date = formatDate(a.date);
    return el('cite', { class: 'article-ref' }, link, date ? el('span', { class: 'meta', text: ` — ${date}` }) : null);
  }

  private nodeButton(key: string, title?: string): HTMLElement {
    const type = this.tools.graph.getNodeAttribute(key, 'type');
    const b = el('button', { type: 'button', class: 'node-link', 'data-node': key, title: title ?? `Show ${type}` },
      el('span', { class: 'swatch dot', style: `background:${nodeColor(type)}`, 'aria-hidden': 'true' }), this.label(key));
    b.addEventListener('click', () => this.options.select({ kind: 'node', id: key }));
    return b;
  }

  private renderCommunities(on: boolean): void {
    if (!on) { this.communityLegend.replaceChildren(); this.communityLegend.hidden = true; return; }
    const { list, modularity } = this.tools.communities();
    this.communityLegend.hidden = false;
    const rows = list.slice(0, COMMUNITIES_SHOWN).map((c) => {
      const names = c.members.slice(0, 2).map((m) => this.label(m)).join(', ');
      const rest = c.members.length > 2 ? ` +${c.members.length - 2}` : '';
      const b = el('button', { type: 'button', class: 'legend-item', 'data-community': String(c.index), title: `Select ${this.label(c.members[0]!)} (the most connected member)` },
        el('span', { class: 'swatch dot', style: `background:${communityColor(this.tools.communities(), c.members[0]!)}`, 'aria-hidden': 'true' }),
        el('span', { class: 'name', text: `${names}${rest}` }), el('span', { class: 'count', text: String(c.members.length) }));
      b.addEventListener('click', () => this.options.select({ kind: 'node', id: c.members[0]! }));
      return el('li', {}, b);
    });
    const more = list.length > COMMUNITIES_SHOWN ? el('li', { class: 'muted', text: `${list.length - COMMUNITIES_SHOWN} smaller communities in grey` }) : null;
    this.communityLegend.replaceChildren(
      el('li', { class: 'muted small-text', text: `${list.length} communit${list.length === 1 ? 'y' : 'ies'} · modularity ${modularity.toFixed(2)} · articles and MENTIONS left out` }),
      ...rows, ...(more ? [more] : []));
  }

  private saveView(): void {
    const name = this.viewName.value.trim();
    if (!name) { this.viewStatus.textContent = 'Give the view a name first.'; this.viewName.focus(); return; }
    try {
      this.options.views.save(name, this.options.currentHash());
      this.viewStatus.textContent = `Saved “${name}”.`;
      this.viewName.value = '';
    } catch (err) {
      this.viewStatus.textContent = `Could not save: ${(err as Error).message}`;
    }
    this.renderViews();
  }

  private renderViews(): void {
    const views = this.options.views.list();
    this.viewList.replaceChildren(...views.map((view) => {
      const link = el('a', { href: `#${view.hash}`, class: 'saved-view', 'data-view': view.name, title: `Restore “${view.name}” (saved ${formatDate(view.savedAt)})`, text: view.name });
      link.addEventListener('click', (e) => {
        e.preventDefault();
        this.viewStatus.textContent = `Restoring “${view.name}”…`;
        void this.options.applyHash(view.hash).then(() => { this.viewStatus.textContent = `Restored “${view.name}”.`; });
      });
      const remove = el('button', { type: 'button', class: 'small ghost', 'aria-label': `Delete the view ${view.name}`, title: 'Delete this view', text: '×' });
      remove.addEventListener('click', () => {
        this.options.views.remove(view.name);
        this.viewStatus.textContent = `Deleted “${view.name}”.`;
        this.renderViews();
        this.viewName.focus();
      });
      return el('li', {}, link, remove);
    }));
    if (!views.length) this.viewList.append(el('li', { class: 'muted', text: 'No saved view yet.' }));
  }
}
