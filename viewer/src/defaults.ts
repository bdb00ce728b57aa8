/** Every setting of the viewer with its default, in one place. */

/** Node colour per label (Okabe–Ito based: readable on white, distinguishable with common colour blindness). */
export const NODE_COLORS: Record<string, string> = {
  Company: '#0b6bcb',
  Country: '#d55e00',
  Region: '#b88400',
  Program: '#008a5e',
  Person: '#c0468f',
  Product: '#3fa7d6',
  Organization: '#6b4fbb',
  Article: '#8a939c',
  /** Summaries of the large-graph mode ("+412 more companies · France"). */
  Aggregate: '#b8c0c8',
};
export const FALLBACK_NODE_COLOR = '#5f6b76';

/** Edge colour per relationship type. */
export const EDGE_COLORS: Record<string, string> = {
  INVESTS_IN: '#e8590c',
  COMPETES_WITH: '#c92a2a',
  PARTNERS_WITH: '#1c7ed6',
  ROLE_AT: '#9c36b5',
  SUBSIDIARY_OF: '#495057',
  ANNOUNCED_AT: '#2b8a3e',
  LOCATED_IN: '#a0a8b0',
  DEVELOPS: '#0c8599',
  MENTIONS: '#d5dadf',
  AGGREGATE: '#dde1e5',
};
export const FALLBACK_EDGE_COLOR = '#adb5bd';

/** Human labels for relationship types (legend, details). */
export const RELATION_LABELS: Record<string, string> = {
  INVESTS_IN: 'invests in',
  COMPETES_WITH: 'competes with',
  PARTNERS_WITH: 'partners with',
  ROLE_AT: 'role at',
  SUBSIDIARY_OF: 'subsidiary of',
  ANNOUNCED_AT: 'announced at',
  LOCATED_IN: 'located in',
  DEVELOPS: 'develops',
  MENTIONS: 'mentions',
};

/** Headings for relations seen from their target ("Amazon invests in France" → France's "investors"). */
export const INCOMING_LABELS: Record<string, string> = {
  INVESTS_IN: 'investors',
  ROLE_AT: 'people',
  SUBSIDIARY_OF: 'subsidiaries',
  ANNOUNCED_AT: 'announcements made here',
  LOCATED_IN: 'located here',
  DEVELOPS: 'developed by',
};

/** Colour of nodes and edges pushed to the background by a highlight. */
export const DIMMED_NODE_COLOR = '#e3e6ea';
export const DIMMED_EDGE_COLOR = '#eef0f2';
/** Edges of the hovered node on large graphs (where the rest is not dimmed). */
export const HOVERED_EDGE_COLOR = '#1f2933';

/** What is hidden when the page opens (provenance is one click away, not in the way). */
export const DEFAULT_HIDDEN_NODE_TYPES = ['Article'];
export const DEFAULT_HIDDEN_RELATION_TYPES = ['MENTIONS'];

/** Node and edge sizes in pixels (smaller on large graphs: fewer pixels to fill, less overlap). */
export const NODE_SIZE = { min: 4, max: 22 };
export const EDGE_SIZE = { base: 1, investMax: 6 };
export const LARGE_NODE_SIZE = { min: 1.5, max: 12 };
export const LARGE_EDGE_SIZE = { base: 0.4, investMax: 2 };

/** Above this many nodes the page switches to its large-graph mode: no synchronous layout, no hover dimming, no edge events. */
export const LARGE_GRAPH_NODES = 5000;
/** Graphs up to this size get a synchronous ForceAtlas2 pass before the first render. */
export const SYNC_LAYOUT_MAX_NODES = 1000;

/** sigma settings shared by every graph size. */
export const SIGMA_SETTINGS = {
  // The grid only proposes candidates; labels.ts drops any that would overlap.
  labelDensity: 1,
  labelGridCellSize: 100,
  labelRenderedSizeThreshold: 6,
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#1f2933' },
  zIndex: true,
  defaultEdgeType: 'arrow',
  minCameraRatio: 0.02,
  maxCameraRatio: 20,
};

/** From this many edges on, edges and labels are not drawn while the camera moves (pans stay fluid). */
export const HIDE_ON_MOVE_EDGES = 2000;

/** sigma settings for graphs above LARGE_GRAPH_NODES. */
export const SIGMA_LARGE_SETTINGS = {
  labelDensity: 0.15,
  labelGridCellSize: 140,
  labelRenderedSizeThreshold: 10,
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
  enableEdgeEvents: false,
  defaultEdgeType: 'line',
};

/** Minimum-investment slider stops (USD). */
export const AMOUNT_STEPS = [0, 1e6, 1e7, 1e8, 5e8, 1e9, 5e9, 1e10, 5e10, 1e11];

/** Number of entries of the "top investments" list. */
export const TOP_INVESTMENTS = 8;

/** Duration of the time-slider replay, in milliseconds. */
export const REPLAY_MS = 6000;

export const EXAMPLE_QUERIES: Array<{ label: string; query: string }> = [
  { label: 'Who invests where', query: 'MATCH (a)-[r:INVESTS_IN]->(b)\nRETURN a.name AS investor, b.name AS target, r.amount AS amount, r.currency AS currency, r.year AS year, a, r, b\nORDER BY coalesce(r.amountUsd, 0) DESC' },
  { label: 'Investments in France', query: "MATCH (a)-[r:INVESTS_IN]->(c:Country {iso2: 'FR'})\nRETURN a, r, c" },
  { label: 'People and roles', query: 'MATCH (p:Person)-[r:ROLE_AT]->(o)\nRETURN p.name AS person, r.role AS role, o.name AS at, p, r, o' },
  { label: 'Most mentioned', query: 'MATCH (n) WHERE NOT n:Article\nRETURN n.name AS name, labels(n)[0] AS type, n.mentions AS mentions, n\nORDER BY mentions DESC LIMIT 10' },
];
