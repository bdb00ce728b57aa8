/** Types shared by the viewer's modules. The graph model itself is the project's contract (src/graph/model.ts). */
import type { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import type { AnalystState } from './analyst/state.ts';
import type { TimeChanges } from './timeline/changes.ts';

/** Node attributes as served by /api/graph, plus the display position the viewer keeps on its own copy. */
export interface ViewerNodeAttributes {
  type: string;
  id?: string;
  name?: string;
  title?: string;
  aliases?: string[];
  mentions?: number;
  articles?: string[];
  date?: string;
  url?: string;
  source?: string;
  lang?: string;
  iso2?: string;
  x: number;
  y: number;
  [key: string]: unknown;
}

export interface ViewerEdgeAttributes {
  type: string;
  amount?: number;
  currency?: string;
  amountUsd?: number;
  year?: number;
  since?: number;
  until?: number;
  jobs?: number;
  role?: string;
  sector?: string;
  articles?: string[];
  evidence?: string[];
  confidence?: number;
  [key: string]: unknown;
}

export type ViewerGraph = MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>;
export type ViewerSigma = Sigma<ViewerNodeAttributes, ViewerEdgeAttributes>;

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export interface Highlight { nodes: Set<string>; edges: Set<string> }

/** The state of the view: everything the URL shares, plus transient hover. The graph itself is the data. */
export interface ViewState {
  hiddenNodeTypes: Set<string>;
  hiddenRelationTypes: Set<string>;
  /** Article date range, in ms since epoch (null = open). */
  dateFrom: number | null;
  dateTo: number | null;
  /** Minimum INVESTS_IN amount in USD (0 = no filter). */
  minAmountUsd: number;
  sizeBy: 'degree' | 'amount';
  hideIsolated: boolean;
  selected: Selection;
  hovered: string | null;
  query: string;
  highlight: Highlight | null;
  /** Path, expanded neighbourhoods and colour mode (analyst/). */
  analyst: AnalystState;
  /** Timeline (timeline/): the graph as of this ISO day (null = everything), and what changed up to it. */
  asOf?: string | null;
  timeChanges?: TimeChanges | null;
}
