/**
 * The large-graph mode. Over the server's threshold the viewer never loads the whole graph: it shows a
 * view (the best entities by a measure, within the filters, the rest as aggregate nodes) and fetches more
 * on demand — neighbours of a node, the next members of an aggregate, a node found by search, the nodes
 * of a Cypher result — merging each into the graph without moving what is on screen. Collapse removes
 * what an expansion added. The expansions are kept in order in the URL, so a shared link replays them.
 */
import { MultiDirectedGraph } from 'graphology';
import type { QueryResult } from '../../../src/graph/result.ts';
import { el } from '../format.ts';
import type { GraphIndex } from '../graph-index.ts';
import type { ViewState, ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes, ViewerSigma } from '../types.ts';
import { fetchAggregate, fetchEdgesAmong, fetchNeighbours, fetchView, fetchViewInfo, type ViewPayload } from './api.ts';
import { addEdges, addNodes, resultToPayload, settle } from './merge.ts';
import { RemoteSearchBox } from './remote-search.ts';
import type { LargeViewApi } from './types.ts';
import { aggregateLabel, filtersQuery, MEASURES, pageOf, stepsAfterCollapse, type LargeState, type Measure, type ViewInfo } from './view-model.ts';
import { decodeLarge, encodeLarge } from './view-url.ts';

/** Neighbours fetched per "expand" click, members per aggregate click, context around a searched node. */
export const EXPAND = { neighbours: 30, members: 50, reveal: 5 };

export interface AttachContext {
  graph: ViewerGraph;
  sigma: ViewerSigma;
  store: { state: ViewState; subscribe(l: (s: ViewState, changed: ReadonlySet<keyof ViewState>) => void): () => void };
  select: (node: string) => void;
  /** Recomputes the index, visibility and panels after the graph changed, and redraws. */
  refresh: () => void;
  scheduleUrl: () => void;
}

const FILTERS: ReadonlyArray<keyof ViewState> = ['hiddenNodeTypes', 'dateFrom', 'dateTo', 'minAmountUsd'];

export class LargeView implements LargeViewApi {
  graph: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>({ allowSelfLoops: true });
  private ctx: AttachContext | null = null;
  /** Which step added each node (collapse removes them). */
  private owner = new Map<string, string>();
  private generation = 0;
  private panel: HTMLElement | null = null;
  private matching = 0;

  constructor(readonly info: ViewInfo, readonly state: LargeState, private viewState: ViewState) {}

  /** The view of the URL: the first screen, then every expansion in order. */
  async load(): Promise<void> {
    await this.rebuild();
  }

  /** graphology's serialised form of the view (main.ts imports it like /api/graph). */
  snapshot(): ReturnType<ViewerGraph['export']> {
    return this.graph.export();
  }

  private filters(): string {
    return filtersQuery(this.ctx?.store.state ?? this.viewState, this.info);
  }

  private viewQuery(): string {
    const f = this.filters();
    return `measure=${this.state.measure}&limit=${this.state.limit}${f ? `&${f}` : ''}`;
  }

  /** Refetches the first screen (filters or measure changed) and replays the expansions; known nodes keep their place. */
  private async rebuild(): Promise<void> {
    const gen = ++this.generation;
    const view = await fetchView(this.viewQuery());
    if (gen !== this.generation) return;
    this.matching = Number(view.attributes.matching ?? 0);
    const before = new Map<string, { x: number; y: number }>();
    this.graph.forEachNode((k, a) => before.set(k, { x: a.x, y: a.y }));
    this.graph.clear();
    this.owner.clear();
    addNodes(this.graph, view.nodes.map((n) => ({ key: n.key, attributes: { ...n.attributes, ...before.get(n.key) } })), null);
    addEdges(this.graph, view.edges);
    const steps = [...this.state.steps];
    this.state.steps = [];
    for (const step of steps) {
      try { await this.run(step, gen); } catch (err) { console.warn(`could not replay ${step}:`, (err as Error).message); }
      if (gen !== this.generation) return;
    }
    this.changed();
  }

  private async run(step: string, gen = this.generation): Promise<string[]> {
    const kind = step[0];
    const id = step.slice(2);
    this.state.steps.push(step);
    const page = pageOf(this.state.steps, this.state.steps.length - 1);
    const f = this.filters();
    let payload: ViewPayload;
    let anchor: string | null = id;
    if (kind === 'a') {
      const res = await fetchAggregate(id, `${this.viewQuery()}&offset=${page * EXPAND.members}&size=${EXPAND.members}`);
      payload = res;
    } else {
      const limit = kind === 'r' ? EXPAND.reveal : EXPAND.neighbours;
      payload = await fetchNeighbours(id, `measure=${this.state.measure}&offset=${page * limit}&limit=${limit}${f ? `&${f}` : ''}`);
      if (kind === 'r' && !this.graph.hasNode(id)) {
        // a node found by search: beside its best-placed neighbour already on screen
        const near = payload.nodes.find((n) => n.key !== id && this.graph.hasNode(n.key));
        anchor = near?.key ?? null;
      }
    }
    if (gen !== this.generation) return [];
    const added = addNodes(this.graph, payload.nodes, anchor ?? { x: 0, y: 0 });
    addEdges(this.graph, payload.edges);
    if (added.length) {
      const among: string[] = [];
      this.graph.forEachNode((k, a) => { if (a.type !== 'Aggregate') among.push(k); });
      const { edges } = await fetchEdgesAmong(added, among, f);
      if (gen !== this.generation) return [];
      addEdges(this.graph, edges);
      settle(this.graph, added);
    }
    for (const k of added) this.owner.set(k, step);
    if (kind === 'a') this.relabel(id);
    return added;
  }

  /** An aggregate's label counts the members still summarised. */
  private relabel(aggregate: string): void {
    if (!this.graph.hasNode(aggregate)) return;
    const a = this.graph.getNodeAttributes(aggregate);
    let shown = 0;
    for (const s of this.owner.values()) if (s === `a:${aggregate}`) shown++;
    const total = Number(a.total ?? a.count ?? 0);
    const base = String(a.baseName ?? a.name);
    this.graph.mergeNodeAttributes(aggregate, { baseName: base, count: total - shown, name: shown ? aggregateLabel(base, total - shown) : base });
  }

  private changed(): void {
    this.ctx?.refresh();
    this.ctx?.scheduleUrl();
    this.renderPanel();
    if (this.ctx) this.renderActions(this.ctx.store.state.selected);
  }

  private async step(step: string): Promise<void> {
    await this.run(step);
    this.changed();
  }

  expandNeighbours(node: string): Promise<void> { return this.step(`n:${node}`); }

  expandAggregate(aggregate: string): Promise<void> { return this.step(`a:${aggregate}`); }

  async reveal(node: string): Promise<void> {
    if (this.graph.hasNode(node) && !this.graph.getNodeAttribute(node, 'type').startsWith('Aggregate')) return;
    await this.step(`r:${node}`);
  }

  collapse(key: string): void {
    let removed = new Set(this.state.steps.filter((s) => s.slice(2) === key));
    if (!removed.size) return;
    const cascade = new Set(removed);
    // what those steps added goes, and so do the expansions made from what goes
    while (removed.size) {
      const gone: string[] = [];
      for (const [node, s] of this.owner) if (removed.has(s)) gone.push(node);
      for (const node of gone) { this.owner.delete(node); if (this.graph.hasNode(node)) this.graph.dropNode(node); }
      removed = new Set(this.state.steps.filter((s) => !cascade.has(s) && gone.includes(s.slice(2))));
      for (const s of removed) cascade.add(s);
    }
    let steps = this.state.steps;
    for (const s of cascade) steps = stepsAfterCollapse(steps, s.slice(2));
    this.state.steps = steps;
    if (key.startsWith('agg:')) this.relabel(key);
    this.changed();
  }

  steps(): string[] { return [...this.state.steps]; }

  /** The server's graph was replaced: the view is fetched again, expansions replayed, known nodes kept in place. */
  refetch(): Promise<void> { return this.rebuild(); }

  /** The hash parameters of this mode (appended to url-state.ts's). */
  encodeUrl(): string { return encodeLarge(this.state); }

  /** Nodes and relations of a Cypher result join the view (a query can reach anything). */
  mergeResult(result: QueryResult): void {
    const { nodes, edges } = resultToPayload(result.rows);
    const added = addNodes(this.graph, nodes.filter((n) => n.attributes.type !== 'Article').slice(0, 2000), null);
    addEdges(this.graph, edges);
    if (added.length) { settle(this.graph, added); this.ctx?.refresh(); }
  }

  /**
   * Sizes mean global importance (degree and investment over the whole graph, as the server ranks),
   * the legend counts the whole graph, the date slider spans every article.
   */
  adjustIndex(index: GraphIndex): void {
    index.degree.clear();
    index.investUsd.clear();
    let maxDegree = 0, maxInvest = 0;
    this.graph.forEachNode((k, a) => {
      const d = Number(a.degree ?? 0), usd = Number(a.investUsd ?? 0);
      index.degree.set(k, d);
      index.investUsd.set(k, usd);
      if (d > maxDegree) maxDegree = d;
      if (usd > maxInvest) maxInvest = usd;
    });
    index.maxDegree = maxDegree;
    index.maxInvestUsd = maxInvest;
    for (const [t, n] of Object.entries(this.info.nodeTypes)) index.nodeTypeCount.set(t, n);
    for (const [t, n] of Object.entries(this.info.relationTypes)) index.relationTypeCount.set(t, n);
    for (const t of Object.keys(this.info.nodeTypes)) if (!index.nodeTypes.includes(t)) index.nodeTypes.push(t);
    for (const t of Object.keys(this.info.relationTypes)) if (!index.relationTypes.includes(t)) index.relationTypes.push(t);
    if (this.info.minDate) index.minTime = Date.parse(this.info.minDate);
    if (this.info.maxDate) index.maxTime = Date.parse(this.info.maxDate);
  }

  searchBox(input: HTMLInputElement, select: (node: string) => void): RemoteSearchBox {
    return new RemoteSearchBox(input, (id) => this.graph.hasNode(id), (id) => {
      void this.reveal(id).then(() => select(id), (err: Error) => console.warn('could not bring the node into the view:', err.message));
    });
  }

  /** Wires the mode to the page once main.ts has built it around the view's graph. */
  attach(ctx: AttachContext): void {
    this.ctx = ctx;
    this.graph = ctx.graph;
    let timer: number | undefined;
    ctx.store.subscribe((state, changed) => {
      if (FILTERS.some((k) => changed.has(k))) {
        clearTimeout(timer);
        timer = window.setTimeout(() => void this.rebuild().catch((err: Error) => console.warn('view update failed:', err.message)), 300);
      }
      if (changed.has('selected')) this.renderActions(state.selected);
    });
    // a second click on a summary shows its next members
    ctx.sigma.on('doubleClickNode', ({ node }) => { if (ctx.graph.getNodeAttribute(node, 'type') === 'Aggregate') void this.expandAggregate(node); });
    this.panel = document.getElementById('large-view');
    if (this.panel) this.panel.hidden = false;
    this.renderPanel();
    this.renderActions(ctx.store.state.selected);
  }

  /** Expand / collapse buttons at the top of the details panel. */
  private renderActions(selected: ViewState['selected']): void {
    document.querySelector('#details .large-actions')?.remove();
    if (!selected || selected.kind !== 'node' || !this.graph.hasNode(selected.id)) return;
    const id = selected.id;
    const a = this.graph.getNodeAttributes(id);
    const bar = el('div', { class: 'large-actions', role: 'group', 'aria-label': 'Expand or collapse' });
    const button = (text: string, testid: string, action: () => Promise<void> | void) => {
      const b = el('button', { type: 'button', 'data-testid': testid, text });
      b.addEventListener('click', async () => {
        b.setAttribute('aria-busy', 'true');
        try { await action(); } catch (err) { console.warn(`${text} failed:`, (err as Error).message); }
        b.removeAttribute('aria-busy');
      });
      bar.append(b);
    };
    const expanded = this.state.steps.some((s) => s.slice(2) === id);
    if (a.type === 'Aggregate') {
      if (Number(a.count ?? 0) > 0) button(`Show ${Math.min(EXPAND.members, Number(a.count))} more`, 'expand-aggregate', () => this.expandAggregate(id));
    } else {
      button('Expand neighbours', 'expand-neighbours', () => this.expandNeighbours(id));
    }
    if (expanded) button('Collapse', 'collapse', () => this.collapse(id));
    document.querySelector('#details .details-body')?.prepend(bar);
  }

  /** The sidebar panel: what the view shows out of the whole graph, and the measure it ranks by. */
  private renderPanel(): void {
    if (!this.panel) return;
    let entities = 0, aggregates = 0;
    this.graph.forEachNode((_k, a) => { if (a.type === 'Aggregate') aggregates++; else entities++; });
    const measure = el('select', { 'data-testid': 'view-measure', 'aria-label': 'Rank entities by' },
      ...MEASURES.map((m) => el('option', { value: m, text: m, ...(m === this.state.measure ? { selected: true } : {}) })));
    measure.addEventListener('change', () => { this.state.measure = (measure as HTMLSelectElement).value as Measure; void this.rebuild(); });
    const limit = el('select', { 'data-testid': 'view-limit', 'aria-label': 'Entities shown one by one' },
      ...[100, 300, 1000, 2000].map((n) => el('option', { value: String(n), text: String(n), ...(n === this.state.limit ? { selected: true } : {}) })));
    limit.addEventListener('change', () => { this.state.limit = Number((limit as HTMLSelectElement).value); void this.rebuild(); });
    const reset = el('button', { type: 'button', 'data-testid': 'view-reset', text: 'Collapse all', ...(this.state.steps.length ? {} : { disabled: true }) });
    reset.addEventListener('click', () => { this.state.steps = []; void this.rebuild(); });
    this.panel.replaceChildren(
      el('h2', { text: 'View' }),
      el('p', { class: 'large-summary', 'data-testid': 'view-summary',
        text: `${entities.toLocaleString('en')} of ${this.matching.toLocaleString('en')} entities shown, the rest in ${aggregates} summaries · the graph has ${this.info.nodes.toLocaleString('en')} nodes and ${this.info.edges.toLocaleString('en')} relations` }),
      el('label', { class: 'large-control' }, 'Top ', limit, ' by ', measure),
      el('p', { class: 'hint', text: 'Double-click a summary (grey) to show its members; select a node to expand its neighbours.' }),
      reset,
    );
  }
}

/** The large-graph mode when the server says the graph is over its threshold, with the URL's view loaded; else null. */
export async function openLargeView(viewState: ViewState): Promise<LargeView | null> {
  const info = await fetchViewInfo();
  if (!info?.large) return null;
  const view = new LargeView(info, decodeLarge(location.hash), viewState);
  await view.load();
  return view;
}
