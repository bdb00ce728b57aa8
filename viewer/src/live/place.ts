/**
 * Where new nodes go: next to the neighbours they arrive with, so the picture the user is reading
 * does not move. Nodes already drawn keep their positions; a new node sits at the mean of its drawn
 * neighbours (a ring around it, so several new nodes at one hub do not pile up); a new node whose
 * neighbours are new too is placed after them; one with no neighbour at all goes next to nodes of
 * its type. Pure: returns positions, the graph is not changed.
 */
export interface Point { x: number; y: number }

export interface NewNode { key: string; type: string }
export interface NewEdge { source: string; target: string }

export interface PlacementContext {
  /** Position of a node already drawn, if any. */
  positionOf(key: string): Point | undefined;
  /** Neighbours already drawn of a node already in the graph (new edges come in `edges`). */
  drawnNeighbours(key: string): string[];
  /** The centre of the drawn nodes of a type (undefined: none). */
  typeCentre(type: string): Point | undefined;
  /** Typical distance between neighbours in the current layout. */
  spacing: number;
}

export function placeNewNodes(nodes: readonly NewNode[], edges: readonly NewEdge[], ctx: PlacementContext): Map<string, Point> {
  const placed = new Map<string, Point>();
  const pos = (k: string) => placed.get(k) ?? ctx.positionOf(k);
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => { const l = links.get(a) ?? []; l.push(b); links.set(a, l); };
  for (const e of edges) { link(e.source, e.target); link(e.target, e.source); }
  const around = new Map<string, number>(); // how many new nodes already sit around an anchor
  const ring = (anchorKey: string, centre: Point): Point => {
    const n = around.get(anchorKey) ?? 0;
    around.set(anchorKey, n + 1);
    const angle = n * 2.399963; // golden angle: successive nodes spread evenly
    const r = ctx.spacing * (0.6 + 0.25 * Math.sqrt(n));
    return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
  };
  let waiting = [...nodes];
  // a few rounds: a node whose only neighbours are new is placed once they are
  for (let round = 0; round < 4 && waiting.length; round++) {
    const next: NewNode[] = [];
    for (const node of waiting) {
      const near = [...(links.get(node.key) ?? []), ...ctx.drawnNeighbours(node.key)].map(pos).filter((p): p is Point => p !== undefined);
      if (!near.length) { next.push(node); continue; }
      const centre = { x: near.reduce((s, p) => s + p.x, 0) / near.length, y: near.reduce((s, p) => s + p.y, 0) / near.length };
      const anchor = near.length === 1 ? (links.get(node.key) ?? ctx.drawnNeighbours(node.key)).find((k) => pos(k)) ?? node.key : `${centre.x},${centre.y}`;
      placed.set(node.key, ring(anchor, centre));
    }
    waiting = next;
  }
  for (const node of waiting) placed.set(node.key, ring(`type:${node.type}`, ctx.typeCentre(node.type) ?? { x: 0, y: 0 }));
  return placed;
}
