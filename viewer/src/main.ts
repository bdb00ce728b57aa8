/**
 * The viewer's entry point: loads the graph, lays it out, creates sigma and wires the panels to the one
 * view state. The graph is the data; filters, highlight and search are reducers over it.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram, NodePointProgram } from 'sigma/rendering';
import { fetchGraph } from './api.ts';
import { CypherConsole } from './console.ts';
import { HIDE_ON_MOVE_EDGES, LARGE_GRAPH_NODES, SIGMA_LARGE_SETTINGS, SIGMA_SETTINGS } from './defaults.ts';
import { DetailsPanel } from './details.ts';
import { download, exportGexf, exportJson, exportPng } from './export.ts';
import { Filters } from './filters.ts';
import { TimelinePanel } from './timeline/panel.ts';
import { el, formatUsd } from './format.ts';
import { buildGraphIndex } from './graph-index.ts';
import { contentHash, LayoutController, loadPositions, quickLayout, savePositions, seedLayout } from './layout.ts';
import { LabelLayer, type Box } from './labels.ts';
import { Legend } from './legend.ts';
import { computeFocus, makeEdgeReducer, makeNodeReducer, type Focus, type ReducerContext } from './reducers.ts';
import { SearchBox, SearchIndex } from './search.ts';
import { defaultState, FILTER_KEYS, Store } from './state.ts';
import { TopInvestments } from './top-list.ts';
import type { Selection, ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes, ViewerSigma } from './types.ts';
import { decodeView, encodeView, writeHash } from './url-state.ts';
import { mountReviewPanel } from './review/panel.ts';
import { computeVisibility, selectionFits, type Visibility } from './visibility.ts';
import { AnalystPanel } from './analyst/panel.ts';
import { withAnalystEdges, withAnalystNodes } from './analyst/reducers.ts';
import { restoreView } from './analyst/restore.ts';
import { SavedViews } from './analyst/saved-views.ts';
import { AnalystTools } from './analyst/tools.ts';
import type { LargeViewApi } from './large/types.ts';
import { openLargeView, type LargeView } from './large/large-view.ts';
import { viewSigmaSettings } from './large/view-sigma.ts';
import { startLive } from './live/index.ts';
import { isTextEntry } from './keys.ts';
import { changesToSnapshot } from './live/refresh.ts';

declare global {
  interface Window {
    newsgraph?: {
      graph: ViewerGraph;
      sigma: ViewerSigma;
      store: Store;
      layout: LayoutController;
      visibility: () => Visibility;
      /** Screen boxes of the labels drawn in the last frame (for tests: they never overlap). */
      labelBoxes: () => Box[];
      /** Path, expand/collapse, communities, saved views (analyst/). */
      analyst: AnalystTools;
      /** Milliseconds spent in each start-up phase (for benchmarks). */
      timings: Record<string, number>;
      /** The large-graph mode (a server view instead of the whole graph), when the graph is over the threshold. */
      large?: LargeViewApi;
      ready: boolean;
    };
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Lets the browser paint and handle input between start-up phases (a big graph takes seconds to load). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function hasPositions(graph: ViewerGraph): boolean {
  let ok = graph.order > 0;
  graph.someNode((_k, a) => {
    if (typeof a.x !== 'number' || typeof a.y !== 'number') { ok = false; return true; }
    return false;
  });
  return ok;
}

async function main(): Promise<void> {
  const container = $('graph');
  const summary = $('summary');
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => { const now = performance.now(); timings[name] = Math.round(now - mark); mark = now; };
  let snapshot;
  // Over the server's threshold the page shows a view of the graph, never the whole of it (large/).
  let views: LargeView | null = null;
  try {
    views = await openLargeView({ ...defaultState(), ...decodeView(location.hash).state });
    snapshot = views ? views.snapshot() : await fetchGraph();
    lap('fetch');
  } catch (err) {
    container.replaceChildren(el('p', { class: 'loading error', role: 'alert', text: `Could not load the graph: ${(err as Error).message}` }));
    summary.textContent = 'No graph';
    return;
  }

  const progress = (text: string) => { summary.textContent = text; container.querySelector('.loading')?.replaceChildren(text); };
  progress(`Loading ${snapshot.nodes.length.toLocaleString('en')} nodes and ${snapshot.edges.length.toLocaleString('en')} relations…`);
  await nextFrame();
  const graph: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>({ allowSelfLoops: true });
  // Nodes get their x/y right below: the served snapshot has none (positions are the viewer's own).
  graph.import(snapshot as unknown as Parameters<ViewerGraph["import"]>[0]);
  lap('import');
  await nextFrame();
  const index = buildGraphIndex(graph);
  views?.adjustIndex(index);
  const hash = contentHash(graph);
  lap('index');
  if (!hasPositions(graph) && !loadPositions(graph, hash)) {
    seedLayout(graph, index);
    quickLayout(graph);
    savePositions(graph, hash);
  }
  lap('layout');
  progress('Drawing…');
  await nextFrame();
  const large = graph.order > LARGE_GRAPH_NODES;

  const url = decodeView(location.hash);
  const store = new Store({ ...defaultState(), ...url.state });
  const analyst = new AnalystTools(graph, index, store);
  if (views) analyst.partialGraph = true; // a server view holds only part of the graph: paths ask the server
  let visibility = computeVisibility(graph, index, analyst.visibilityState(store.state));
  let focus: Focus | null = computeFocus(graph, store.state, !large, visibility);
  let hover: Focus | null = null;
  const ctx: ReducerContext = { graph, index, getState: () => store.state, getVisibility: () => visibility, hoverDims: !large, large, getHover: () => hover,
    defaultEdgeType: large ? SIGMA_LARGE_SETTINGS.defaultEdgeType : SIGMA_SETTINGS.defaultEdgeType };

  /** False while the view from the URL is being restored: a shared camera is not moved by a shared query. */
  let restored = false;
  // The console sits under the graph: build it first, so sigma measures the graph area at its final size.
  const cypher = new CypherConsole($('console'), {
    graph,
    select: (s) => select(s),
    ...(views ? { beforeHighlight: (result) => views!.mergeResult(result) } : {}),
    onResult: (query, highlight) => {
      store.update({ query, highlight });
      if (highlight && restored) fitTo([...highlight.nodes]);
    },
  });
  container.replaceChildren();
  // (a view is dense around its hubs: labels may cover nodes there, or no label would be drawn at all)
  const labels = new LabelLayer({ avoidNodes: !large && !views });
  const sigma: ViewerSigma = new Sigma(graph, container, viewSigmaSettings(views !== null, {
    ...SIGMA_SETTINGS,
    // (a view of a large graph grows with each expansion: it hides them from the start)
    ...(graph.size >= HIDE_ON_MOVE_EDGES || views ? { hideEdgesOnMove: true, hideLabelsOnMove: true } : {}),
    ...(large ? SIGMA_LARGE_SETTINGS : { enableEdgeEvents: true }),
    // Large graphs draw with the cheapest programs: one vertex per node (points), two per edge (GL lines).
    ...(large ? { nodeProgramClasses: { circle: NodePointProgram }, edgeProgramClasses: { line: EdgeLineProgram, rect: EdgeRectangleProgram } } : {}),
    defaultDrawNodeLabel: labels.draw,
    nodeReducer: withAnalystNodes(makeNodeReducer(ctx, () => focus), analyst, () => focus),
    edgeReducer: withAnalystEdges(makeEdgeReducer(ctx, () => focus), analyst, () => focus),
  }));
  labels.attach(sigma);
  sigma.scheduleRender(); // the first frame was drawn before the label layer was attached: draw it again
  lap('sigma');
  if (url.camera) sigma.getCamera().setState(url.camera);
  // Panels open and close beside the graph: follow the container's size, not only the window's.
  new ResizeObserver(() => sigma.scheduleRender()).observe(container);
  if (graph.order === 0) {
    container.append(el('p', { class: 'loading', role: 'status', text: 'The graph is empty. Add articles with `newsgraph ingest PATH`, then reload.' }));
  }

  const layout = new LayoutController(graph, hash);
  const select = (selection: Selection, centre = true) => {
    store.update({ selected: selection });
    if (centre && selection) centreOn(selection);
  };
  /** Moves the camera so the given nodes fill the view (never zooming out beyond the whole graph). */
  const fitTo = (nodes: string[]) => {
    const points = nodes.map((k) => sigma.getNodeDisplayData(k)).filter((d): d is NonNullable<typeof d> => d !== undefined && !d.hidden);
    if (!points.length) return;
    const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
    const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1, Math.max(0.15, 1.4 * Math.max(x2 - x1, y2 - y1)));
    void sigma.getCamera().animate({ x: (x1 + x2) / 2, y: (y1 + y2) / 2, ratio }, { duration: 450 });
  };
  const centreOn = (selection: NonNullable<Selection>) => {
    if (selection.kind === 'edge' ? !graph.hasEdge(selection.id) : !graph.hasNode(selection.id)) return;
    const keys = selection.kind === 'node' ? [selection.id] : [graph.source(selection.id), graph.target(selection.id)];
    const points = keys.map((k) => sigma.getNodeDisplayData(k)).filter((d) => d !== undefined);
    if (!points.length) return;
    const x = points.reduce((s, p) => s + p.x, 0) / points.length;
    const y = points.reduce((s, p) => s + p.y, 0) / points.length;
    const camera = sigma.getCamera();
    void camera.animate({ x, y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 450 });
  };

  // Panels.
  const legend = new Legend($('legend'), index, store);
  const filters = new Filters($('filters'), index, store);
  const timeline = $('timeline') ? new TimelinePanel($('timeline'), graph, store) : null;
  const top = new TopInvestments($('top'), graph, (s) => select(s));
  const details = new DetailsPanel($('details'), graph, index, (s) => select(s));
  const searchInput = $<HTMLInputElement>('search');
  const search = views ? views.searchBox(searchInput, (node) => select({ kind: 'node', id: node }))
    : new SearchBox(searchInput, new SearchIndex(graph, () => index.degree), (node) => select({ kind: 'node', id: node }));
  const applyHash = (hash: string) => restoreView(hash, { store, camera: sigma.getCamera(), runQuery: (q) => cypher.execute(q), clearQuery: () => cypher.reset() });
  const analystPanel = new AnalystPanel($('analyst'), analyst, { index, select: (s) => select(s), applyHash,
    currentHash: () => [encodeView(store.state, sigma.getCamera().getState()), views?.encodeUrl()].filter(Boolean).join('&'), views: new SavedViews(localStorage) });
  // A pasted link or back/forward to another view applies it without a reload.
  // (A hash without '=' is an in-page anchor, such as the skip link's #search, not a view.)
  window.addEventListener('hashchange', () => { if (location.hash.includes('=')) void applyHash(location.hash); });
  // Review queue (curation): a decision changes the graph on screen; derived facts and filters follow.
  mountReviewPanel({ graph, select: (s) => select(s), onGraphChanged: () => graphChanged() });

  const renderSummary = () => {
    let entities = 0;
    let investments = 0;
    let usd = 0;
    for (const n of visibility.nodes) if (graph.getNodeAttribute(n, 'type') !== 'Article') entities++;
    for (const e of visibility.edges) {
      const a = graph.getEdgeAttributes(e);
      if (a.type === 'INVESTS_IN') { investments++; usd += a.amountUsd ?? 0; }
    }
    const articles = index.nodeTypeCount.get('Article') ?? 0;
    summary.textContent = `${entities} entities · ${investments} investments${usd ? ` worth ${formatUsd(usd)}` : ''} · from ${articles} article${articles === 1 ? '' : 's'}`;
  };

  let urlTimer: number | undefined;
  const scheduleUrl = () => {
    clearTimeout(urlTimer);
    urlTimer = window.setTimeout(() => writeHash([encodeView(store.state, sigma.getCamera().getState()), views?.encodeUrl()].filter(Boolean).join('&')), 250);
  };

  /**
   * After the graph itself changed (a curation decision, live changes, the large view's fetches): the
   * derived facts, the visibility (with what the analyst tools force on screen), the panels and the
   * drawing follow; a selection that is gone is dropped.
   */
  const graphChanged = () => {
    Object.assign(index, buildGraphIndex(graph));
    views?.adjustIndex(index);
    const sel = store.state.selected;
    const gone = sel && !(sel.kind === 'node' ? graph.hasNode(sel.id) : graph.hasEdge(sel.id));
    visibility = computeVisibility(graph, index, analyst.visibilityState(store.state));
    focus = computeFocus(graph, store.state, !large, visibility);
    if (gone) store.update({ selected: null });
    timeline?.graphChanged();
    redrawPanels();
    sigma.refresh();
  };

  const redrawPanels = () => {
    legend.update(store.state, visibility, index);
    filters.update(store.state);
    timeline?.update(store.state);
    top.update(visibility);
    analystPanel.update(store.state);
    renderSummary();
  };

  store.subscribe((state, changed) => {
    const filtersChanged = [...changed].some((k) => FILTER_KEYS.has(k));
    // A new selection inside what is already visible does not need a visibility pass.
    const onlySelection = [...changed].every((k) => k === 'selected' || k === 'hovered');
    if (filtersChanged && !(onlySelection && selectionFits(graph, visibility, state.selected))) {
      visibility = computeVisibility(graph, index, analyst.visibilityState(state));
    }
    const onlyHover = changed.size === 1 && changed.has('hovered');
    if (onlyHover && large) {
      // Large graphs: redraw only the hovered neighbourhood (labels on, edges darker), nothing else.
      const before = hover;
      hover = state.hovered ? computeFocus(graph, { ...state, selected: null, highlight: null }, true, visibility) : null;
      const nodes = new Set([...(before?.nodes ?? []), ...(hover?.nodes ?? [])]);
      const edges = new Set([...(before?.edges ?? []), ...(hover?.edges ?? [])]);
      sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
      return;
    }
    focus = computeFocus(graph, state, !large, visibility);
    if (changed.has('selected')) details.show(state.selected);
    if (!onlyHover) { redrawPanels(); scheduleUrl(); }
    sigma.refresh();
  });

  // Graph events.
  sigma.on('enterNode', ({ node }) => { container.style.cursor = 'pointer'; store.update({ hovered: node }); });
  sigma.on('leaveNode', () => { container.style.cursor = ''; store.update({ hovered: null }); });
  sigma.on('clickNode', ({ node }) => select({ kind: 'node', id: node }, false));
  sigma.on('clickEdge', ({ edge }) => select({ kind: 'edge', id: edge }, false));
  // sigma reports a second click within its double-click delay as a double click only: select all the same.
  sigma.on('doubleClickNode', ({ node }) => select({ kind: 'node', id: node }, false));
  sigma.on('doubleClickEdge', ({ edge }) => select({ kind: 'edge', id: edge }, false));
  sigma.on('enterEdge', () => { container.style.cursor = 'pointer'; });
  sigma.on('leaveEdge', () => { container.style.cursor = ''; });
  sigma.on('clickStage', () => { if (store.state.selected) select(null); });
  sigma.getCamera().on('updated', scheduleUrl);

  // Toolbar.
  const layoutButton = $<HTMLButtonElement>('layout-toggle');
  layoutButton.addEventListener('click', () => layout.toggle());
  layout.onChange((running) => {
    layoutButton.textContent = running ? '■ Stop layout' : '▶ Layout';
    layoutButton.setAttribute('aria-pressed', String(running));
  });
  $('reset-view').addEventListener('click', () => {
    cypher.reset();
    searchInput.value = '';
    store.update({ ...defaultState() });
    void sigma.getCamera().animatedReset({ duration: 300 });
  });
  const guard = (button: HTMLElement, action: () => Promise<void> | void) => {
    button.addEventListener('click', async () => {
      button.setAttribute('aria-busy', 'true');
      try { await action(); } catch (err) { console.warn('export failed', err); } finally { button.removeAttribute('aria-busy'); }
    });
  };
  const stamp = () => new Date().toISOString().slice(0, 10);
  guard($('export-png'), async () => download(await exportPng(sigma), `newsgraph-${stamp()}.png`));
  guard($('export-json'), () => download(exportJson(graph, visibility), `newsgraph-${stamp()}.json`));
  guard($('export-gexf'), () => download(exportGexf(graph, visibility, sigma), `newsgraph-${stamp()}.gexf`));

  // Keyboard: Escape closes the innermost open thing; "/" focuses search.
  document.addEventListener('keydown', (e) => {
    // A checkbox or radio has focus after a click: "/" still goes to search.
    const typing = isTextEntry(e.target);
    if (e.key === 'Escape') {
      if (store.state.selected) { select(null); e.preventDefault(); }
      else if (store.state.highlight) { cypher.reset(); e.preventDefault(); }
      else search.close();
    } else if (e.key === '/' && !typing) {
      e.preventDefault();
      searchInput.focus();
    }
  });
  window.addEventListener('beforeunload', () => layout.kill());

  redrawPanels();
  details.show(store.state.selected);
  // A shared link with a selection but no camera opens on the selection.
  if (store.state.selected && !url.camera) centreOn(store.state.selected);
  lap('panels');
  views?.attach({ graph, sigma, store, select: (id) => select({ kind: 'node', id }), scheduleUrl, refresh: graphChanged });
  if (store.state.query) {
    cypher.input.value = store.state.query;
    await cypher.execute(store.state.query);
  }
  restored = true;
  // Live: what the server changes (serve --watch, ingests, curation) appears in place, without a reload;
  // a graph replaced on the server is fetched again and applied in place (the view, in the large mode).
  startLive(graph, { onChange: graphChanged, onlyKnown: Boolean(views),
    refetch: async () => (views ? (await views.refetch(), null) : changesToSnapshot(graph, await fetchGraph())) });
  await nextFrame(); // one frame drawn at the final size before the page says it is ready
  window.newsgraph = { graph, sigma, store, layout, visibility: () => visibility, labelBoxes: () => labels.placer.boxes, analyst, timings, ...(views ? { large: views } : {}), ready: true };
  document.body.dataset.ready = 'true';
}

void main();
