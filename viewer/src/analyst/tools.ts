/**
 * The analyst tools' model: reads and updates `ViewState.analyst`, keeps the derived results (the path,
 * the communities) cached per input, and tells the visibility pass what the tools force on screen.
 * The panel (panel.ts) and the reducers (reducers.ts) only read from here.
 */
import type { GraphIndex } from '../graph-index.ts';
import type { Store } from '../state.ts';
import type { Highlight, ViewState, ViewerGraph } from '../types.ts';
import { computeVisibility } from '../visibility.ts';
import { detectCommunities, type Communities } from './communities.ts';
import { clientNeighbourhood, collapseRoots, revealNeighbourhoods, type NeighbourhoodSource } from './expand.ts';
import { findPath, type PathResult } from './path.ts';
import { fetchServerPath, type ServerPath } from './server-path.ts';
import type { AnalystState } from './state.ts';

export interface ActivePath {
  from: string;
  to: string;
  mentions: boolean;
  /** null when the two nodes are not connected (with these options) or an end is not loaded. */
  result: PathResult | null;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export class AnalystTools {
  // The reducers ask for the path and the communities once per node and frame: the caches compare plain values.
  private pathCache: { from: string; to: string; mentions: boolean; order: number; size: number; path: ActivePath } | null = null;
  private communitiesCache: { order: number; size: number; communities: Communities } | null = null;
  private serverCache = new Map<string, Promise<ServerPath>>();
  /**
   * Whether the client graph holds only part of the server's graph (the large-graph mode sets it): then a
   * path not found here is asked of the server too. An end that is not loaded is always asked of the server.
   */
  partialGraph = false;

  constructor(
    readonly graph: ViewerGraph,
    private index: GraphIndex,
    readonly store: Store,
    /** Where expanded neighbours come from; the large-graph mode swaps in a server source. */
    public neighbourhood: NeighbourhoodSource = clientNeighbourhood,
  ) {}

  get state(): AnalystState { return this.store.state.analyst; }

  update(patch: Partial<AnalystState>): void {
    this.store.update({ analyst: { ...this.state, ...patch } });
  }

  /** The path the state asks for, or null when fewer than two ends are set. */
  path(state: AnalystState = this.state): ActivePath | null {
    const { pathFrom: from, pathTo: to, pathMentions: mentions } = state;
    if (!from || !to) return null;
    // The graph changes only in the large-graph mode (server fetches): its order and size are a good enough version.
    const { order, size } = this.graph;
    const c = this.pathCache;
    if (c && c.from === from && c.to === to && c.mentions === mentions && c.order === order && c.size === size) return c.path;
    const result = findPath(this.graph, from, to, { mentions });
    const nodes = new Set(result?.nodes ?? []);
    const edges = new Set(result?.hops.flatMap((h) => h.edges) ?? []);
    const path = { from, to, mentions, result, nodes, edges };
    this.pathCache = { from, to, mentions, order, size, path };
    return path;
  }

  /** Whether the server should be asked for this path (the client graph cannot tell). */
  needsServer(path: ActivePath): boolean {
    if (path.result) return false;
    return this.partialGraph || !this.graph.hasNode(path.from) || !this.graph.hasNode(path.to);
  }

  /** The server's answer for this path (one request per ends and option). */
  serverPath(path: ActivePath): Promise<ServerPath> {
    const key = JSON.stringify([path.from, path.to, path.mentions]);
    let answer = this.serverCache.get(key);
    if (!answer) {
      answer = fetchServerPath(path.from, path.to, path.mentions).catch((err: unknown) => ({ error: (err as Error).message }));
      this.serverCache.set(key, answer);
    }
    return answer;
  }

  communities(): Communities {
    const { order, size } = this.graph;
    const c = this.communitiesCache;
    if (c && c.order === order && c.size === size) return c.communities;
    const communities = detectCommunities(this.graph);
    this.communitiesCache = { order, size, communities };
    return communities;
  }

  /**
   * The state the visibility pass should see: the path and the expanded neighbourhoods join the explicit
   * highlight, so they stay on screen whatever the filters hide (the real highlight keeps driving the dimming).
   */
  visibilityState(state: ViewState): ViewState {
    const path = this.path(state.analyst);
    const revealed = revealNeighbourhoods(this.graph, state.analyst.expanded, (type) => !state.hiddenRelationTypes.has(type));
    if (!path?.result && !revealed.nodes.size) return state;
    const highlight: Highlight = {
      nodes: new Set([...(state.highlight?.nodes ?? []), ...(path?.nodes ?? []), ...revealed.nodes]),
      edges: new Set([...(state.highlight?.edges ?? []), ...(path?.edges ?? []), ...revealed.edges]),
    };
    return { ...state, highlight };
  }

  isExpanded(node: string): boolean { return this.state.expanded.includes(node); }

  async expand(node: string): Promise<void> {
    if (this.isExpanded(node)) return;
    await this.neighbourhood.load(node);
    if (!this.graph.hasNode(node) || this.isExpanded(node)) return;
    this.update({ expanded: [...this.state.expanded, node] });
  }

  collapse(node: string): void {
    const state = this.store.state;
    if (!state.analyst.expanded.includes(node)) return;
    const allows = (type: string) => !state.hiddenRelationTypes.has(type);
    // What is on screen without any expansion: the cascade keeps only expansions still reachable from it.
    const bare = { ...state, analyst: { ...state.analyst, expanded: [] } };
    const shown = computeVisibility(this.graph, this.index, this.visibilityState(bare)).nodes;
    const expanded = collapseRoots(this.graph, state.analyst.expanded, node, shown, allows);
    this.update({ expanded });
    for (const gone of state.analyst.expanded) if (!expanded.includes(gone)) this.neighbourhood.release?.(gone);
  }

  toggleExpanded(node: string): Promise<void> {
    if (this.isExpanded(node)) { this.collapse(node); return Promise.resolve(); }
    return this.expand(node);
  }
}
