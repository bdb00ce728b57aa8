/**
 * Bidirectional breadth-first search over the columnar CSR for `shortestPath` between two bound nodes
 * (no property map on the relationship, no WHERE on the path, a minimum length of at most 1).
 *
 * Both ends grow one level at a time, the smaller frontier first; visited sets are typed arrays stamped
 * with a per-search epoch (no clearing between searches). The first node reached from both sides closes a
 * shortest path: a node stamped by one side was never expanded by the other, so every meeting found in
 * a level has the same length. Which of several equally short paths is returned is not specified (as in
 * Neo4j); the length, the ends and the validity of the path are those of the row-at-a-time search.
 */
import type { ExecContext } from '../runtime/context.ts';
import { tick } from '../runtime/context.ts';
import { NodeRef, PathRef, RelRef } from '../runtime/entities.ts';
import type { Direction } from '../operators/expand.ts';
import { columnarStore, type Adjacency, type ColumnarStore } from './store.ts';
import { columnarStats } from './chain-aggregate.ts';

/** A path, null when there is none, undefined when the columnar store cannot answer (row path then). */
export type FastShortest = (ctx: ExecContext, start: string, goal: string) => PathRef | null | undefined;

interface Scratch { n: number; epoch: number; markF: Int32Array; markB: Int32Array; parentF: Int32Array; parentB: Int32Array }
const scratchOf = new WeakMap<ColumnarStore, Scratch>();

function scratch(store: ColumnarStore): Scratch {
  const n = store.nodeCount;
  let s = scratchOf.get(store);
  if (!s || s.n !== n || s.epoch > 0x7ffffff0) {
    s = { n, epoch: 0, markF: new Int32Array(n), markB: new Int32Array(n), parentF: new Int32Array(n), parentB: new Int32Array(n) };
    scratchOf.set(store, s);
  }
  return s;
}

/** Adjacencies (with `edges` null for the identity out-numbering) followed from a node in a direction. */
function adjacencies(store: ColumnarStore, types: readonly string[], dir: 'out' | 'in'): { off: Int32Array; edges: Int32Array | null }[] {
  if (types.length === 0) return [dir === 'out' ? store.outAdjacency() : store.inAdjacency()];
  const out: Adjacency[] = [];
  for (const t of new Set(types)) {
    const id = store.typeId(t);
    if (id >= 0) out.push(store.typed(id, dir));
  }
  return out;
}

export function columnarShortest(types: readonly string[], direction: Direction, max: number): FastShortest {
  return (ctx, start, goal) => {
    if (ctx.columnar === false || start === goal) return undefined;
    const store = columnarStore(ctx.graph, ctx.adapter);
    if (ctx.stable !== true && !store.built) return undefined;
    const s = store.nodeIndexOf(start);
    const t = store.nodeIndexOf(goal);
    if (s < 0 || t < 0) return undefined;
    // out-adjacency leads to targets, in-adjacency to sources; the goal's side walks the pattern backwards
    const outward = adjacencies(store, types, 'out').map((a) => ({ a, toDst: true }));
    const inward = adjacencies(store, types, 'in').map((a) => ({ a, toDst: false }));
    const fwd = direction === 'out' ? outward : direction === 'in' ? inward : [...outward, ...inward];
    const bwd = direction === 'out' ? inward : direction === 'in' ? outward : fwd;
    const sc = scratch(store);
    const epoch = ++sc.epoch;
    const { markF, markB, parentF, parentB } = sc;
    const src = store.edgeSrc;
    const dst = store.edgeDst;
    markF[s] = epoch;
    markB[t] = epoch;
    let frontF = [s];
    let frontB = [t];
    let depth = 0;
    let meet = -1;
    while (meet < 0 && depth < max && frontF.length > 0 && frontB.length > 0) {
      const forward = frontF.length <= frontB.length;
      const front = forward ? frontF : frontB;
      const sides = forward ? fwd : bwd;
      const mark = forward ? markF : markB;
      const other = forward ? markB : markF;
      const parent = forward ? parentF : parentB;
      const next: number[] = [];
      outer: for (let f = 0; f < front.length; f++) {
        const u = front[f];
        if ((++ctx.ticks & 1023) === 0) tick(ctx);
        for (const { a, toDst } of sides) {
          const list = a.edges;
          const ends = toDst ? dst : src;
          for (let j = a.off[u], end = a.off[u + 1]; j < end; j++) {
            const e = list === null ? j : list[j];
            const v = ends[e];
            if (mark[v] === epoch) continue;
            mark[v] = epoch;
            parent[v] = e;
            if (other[v] === epoch) { meet = v; break outer; }
            next.push(v);
          }
        }
      }
      depth++;
      if (forward) frontF = next; else frontB = next;
    }
    columnarStats.shortestPaths++;
    if (meet < 0) return null;
    // walk back to both ends: the other end of the edge each node was reached by
    const otherEnd = (e: number, x: number): number => (dst[e] === x ? src[e] : dst[e]);
    const left: number[] = [meet];
    const leftEdges: number[] = [];
    for (let x = meet; x !== s;) { const e = parentF[x]; leftEdges.push(e); x = otherEnd(e, x); left.push(x); }
    const nodes = left.reverse();
    const edges = leftEdges.reverse();
    for (let x = meet; x !== t;) { const e = parentB[x]; edges.push(e); x = otherEnd(e, x); nodes.push(x); }
    const rels = edges.map((e) => new RelRef(store.edgeKey(e), store.typeName(store.edgeType[e]), store.nodeKey(src[e]), store.nodeKey(dst[e])));
    return new PathRef(nodes.map((i) => new NodeRef(store.nodeKey(i))), rels);
  };
}
