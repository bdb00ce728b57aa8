/**
 * ShortestPath: breadth-first search between two bound nodes, honouring relationship types, direction,
 * length bounds and relationship property maps. shortestPath binds one path; allShortestPaths every
 * path of the minimal length.
 *
 * The MATCH's WHERE predicates on the path are part of the search, as in Neo4j: the result is the
 * shortest path that satisfies them, not the shortest path filtered afterwards. Predicates on every
 * relationship or node of the path (`all(r IN relationships(p) WHERE …)`, `none(n IN nodes(p) WHERE …)`)
 * prune the breadth-first search; any other predicate on the path (and a minimum length above 1) needs
 * the exhaustive search, which enumerates paths by increasing length until one qualifies.
 */
import { tick, type ExecContext, type Operator } from '../runtime/context.ts';
import { NodeRef, PathRef, RelRef } from '../runtime/entities.ts';
import { extendRow, type Row } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import type { RelCheck } from './node-check.ts';
import type { Direction } from './expand.ts';
import { CypherError } from '../errors.ts';
import type { FastShortest } from '../columnar/shortest-path.ts';

/** The k of a path selector: a positive Integer. */
export function selectorCount(v: unknown): number {
  if (typeof v !== 'bigint' || v < 1n) {
    throw new CypherError('ArgumentError', `A path selector needs a positive Integer count, got ${String(v)}`, 'runtime', 'InvalidArgumentValue');
  }
  return v > 1_000_000_000n ? 1_000_000_000 : Number(v);
}

interface Parent { rel: RelRef; from: string }

/** WHERE predicates that take part in the search (see the file comment). */
export interface PathFilters {
  /** Every relationship of the path must pass. */
  rel: ((rel: RelRef, row: Row, ctx: ExecContext) => boolean) | null;
  /** Every node of the path (both ends included) must pass. */
  node: ((key: string, row: Row, ctx: ExecContext) => boolean) | null;
  /** Evaluated on the row with the path bound; forces the exhaustive search. */
  path: Fn | null;
}

const NO_FILTERS: PathFilters = { rel: null, node: null, path: null };

/** A path under construction in the exhaustive search. */
interface Partial { nodes: string[]; rels: RelRef[] }

export class ShortestPath implements Operator {
  readonly name = 'ShortestPath';
  readonly children: Operator[];
  private readonly typeSet: Set<string> | null;
  constructor(
    readonly source: Operator,
    readonly from: string,
    readonly to: string,
    readonly types: string[],
    readonly direction: Direction,
    readonly min: number,
    readonly max: number,
    readonly relCheck: RelCheck | null,
    readonly all: boolean,
    readonly pathVar: string,
    readonly relVar: string | null,
    readonly single: boolean,
    readonly filters: PathFilters = NO_FILTERS,
    /** GQL path selectors (SHORTEST …): a path from a node back to itself is a cycle of length ≥ 1, not skipped. */
    readonly cycles = false,
    /**
     * `SHORTEST k` / `ANY k` (the first k paths by length) or `SHORTEST k GROUPS` (every path of the k
     * smallest lengths): the search goes on past the first length until it has them.
     */
    readonly count: { k: Fn; groups: boolean } | null = null,
  ) {
    this.children = [source];
    this.typeSet = types.length ? new Set(types) : null;
  }
  /** Set by the planner when the columnar bidirectional search can answer (columnar/shortest-path.ts). */
  fast: FastShortest | null = null;

  detail(): string {
    const how = this.fast ? '; bidirectional BFS over columnar CSR' : '';
    return `${this.all ? 'allShortestPaths' : 'shortestPath'} (${this.from.trim()})…(${this.to.trim()})${how}`;
  }

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    this.source.execute(ctx, arg, (row) => {
      const a = row[this.from];
      const b = row[this.to];
      if (!(a instanceof NodeRef) || !(b instanceof NodeRef)) return;
      const { node } = this.filters;
      if (node && (!node(a.key, row, ctx) || !node(b.key, row, ctx))) return;
      if (this.count) {
        const k = selectorCount(this.count.k(row, ctx));
        const paths = this.exhaustive(ctx, row, a.key, b.key, this.count.groups ? { groups: k } : { paths: k });
        for (const path of paths) emit(this.bind(row, path));
        return;
      }
      const exhaustive = this.filters.path !== null || this.min > 1 || (this.cycles && a.key === b.key);
      if (this.fast !== null && !exhaustive) {
        const path = this.fast(ctx, a.key, b.key);
        if (path !== undefined) {
          if (path !== null) emit(this.bind(row, path));
          return;
        }
      }
      for (const path of exhaustive ? this.exhaustive(ctx, row, a.key, b.key) : this.search(ctx, row, a.key, b.key)) {
        emit(this.bind(row, path));
        if (!this.all) break;
      }
    });
  }

  private bind(row: Row, path: PathRef): Row {
    const out: Row = extendRow(row, this.pathVar, path);
    if (this.relVar) out[this.relVar] = this.single ? path.rels[0] : path.rels.slice();
    return out;
  }

  /**
   * Paths by increasing length (relationships unique within a path) until a length has qualifying ones,
   * or, with `want`, until it has that many paths or lengths (groups).
   */
  private exhaustive(ctx: ExecContext, row: Row, start: string, goal: string, want?: { paths: number } | { groups: number }): PathRef[] {
    const kept: PathRef[] = [];
    let groups = 0;
    /** Keeps one length's qualifying paths; true when the search can stop. */
    const take = (found: PathRef[]): boolean => {
      if (found.length === 0) return false;
      if (!want) { kept.push(...found); return true; }
      if ('paths' in want) { kept.push(...found.slice(0, want.paths - kept.length)); return kept.length >= want.paths; }
      kept.push(...found);
      return ++groups >= want.groups;
    };
    if (start === goal && this.min === 0) {
      const p = new PathRef([new NodeRef(start)], []);
      if (this.qualifies(ctx, row, p) && take([p])) return kept;
    }
    const { graph } = ctx;
    const { rel: relFilter, node: nodeFilter } = this.filters;
    let level: Partial[] = [{ nodes: [start], rels: [] }];
    for (let length = 1; length <= this.max && level.length > 0; length++) {
      const next: Partial[] = [];
      const found: PathRef[] = [];
      for (const p of level) {
        const last = p.nodes[p.nodes.length - 1];
        const step = (e: string, attrs: Record<string, unknown>, s: string, t: string, other: string): void => {
          if ((++ctx.ticks & 4095) === 0) tick(ctx);
          const type = ctx.adapter.typeAttribute === true ? attrs.type as string : ctx.adapter.relType(graph, e, attrs);
          if (this.typeSet && !this.typeSet.has(type)) return;
          for (const r of p.rels) if (r.key === e) return;
          if (this.relCheck && !this.relCheck(e, row, ctx)) return;
          const rel = new RelRef(e, type, s, t);
          if (relFilter && !relFilter(rel, row, ctx)) return;
          if (nodeFilter && !nodeFilter(other, row, ctx)) return;
          const q: Partial = { nodes: [...p.nodes, other], rels: [...p.rels, rel] };
          next.push(q);
          if (other !== goal || length < this.min) return;
          const path = new PathRef(q.nodes.map((k) => new NodeRef(k)), q.rels);
          if (this.qualifies(ctx, row, path)) found.push(path);
        };
        if (this.direction !== 'in') graph.forEachOutEdge(last, (e, a, s, t) => step(e, a, s, t, t));
        if (this.direction !== 'out') {
          graph.forEachInEdge(last, (e, a, s, t) => { if (!(this.direction === 'both' && s === t)) step(e, a, s, t, s); });
        }
        if (!want && found.length > 0 && !this.all) return found;
      }
      if (take(found)) return kept;
      level = next;
    }
    return kept;
  }

  private qualifies(ctx: ExecContext, row: Row, path: PathRef): boolean {
    return this.filters.path === null || this.filters.path(this.bind(row, path), ctx) === true;
  }

  // BFS state, on the instance so the edge callbacks are created once (see Expand).
  private ctx!: ExecContext;
  private row: Row = {};
  private goal = '';
  private node = '';
  private depth = 0;
  private found = false;
  private next: string[] = [];
  private depthOf = new Map<string, number>();
  private parents = new Map<string, Parent[]>();

  private visit(e: string, attrs: Record<string, unknown>, s: string, t: string, other: string): void {
    if (this.found && !this.all) return;
    const ctx = this.ctx;
    if ((++ctx.ticks & 4095) === 0) tick(ctx);
    const adapter = ctx.adapter;
    const type = adapter.typeAttribute === true ? attrs.type as string : adapter.relType(ctx.graph, e, attrs);
    if (this.typeSet && !this.typeSet.has(type)) return;
    if (this.relCheck && !this.relCheck(e, this.row, ctx)) return;
    const d = this.depthOf.get(other);
    if (d !== undefined && d < this.depth) return;
    const rel = new RelRef(e, type, s, t);
    const { rel: relFilter, node: nodeFilter } = this.filters;
    if (relFilter && !relFilter(rel, this.row, ctx)) return;
    if (d === undefined && nodeFilter && !nodeFilter(other, this.row, ctx)) return;
    let ps = this.parents.get(other);
    if (d === undefined) {
      this.depthOf.set(other, this.depth);
      this.next.push(other);
      ps = [];
      this.parents.set(other, ps);
    }
    if (!this.all && ps!.length > 0) return;
    ps!.push({ rel, from: this.node });
    if (other === this.goal) this.found = true;
  }

  private readonly outVisit = (e: string, a: Record<string, unknown>, s: string, t: string): void => this.visit(e, a, s, t, t);
  private readonly inVisit = (e: string, a: Record<string, unknown>, s: string, t: string): void => {
    if (this.direction === 'both' && s === t) return;
    this.visit(e, a, s, t, s);
  };

  private search(ctx: ExecContext, row: Row, start: string, goal: string): PathRef[] {
    const { graph } = ctx;
    if (start === goal) {
      return this.min === 0 ? [new PathRef([new NodeRef(start)], [])] : [];
    }
    this.ctx = ctx;
    this.row = row;
    this.goal = goal;
    this.found = false;
    this.depthOf = new Map([[start, 0]]);
    this.parents = new Map();
    let frontier = [start];
    this.depth = 0;
    while (frontier.length > 0 && this.depth < this.max && !this.found) {
      this.depth++;
      this.next = [];
      for (const node of frontier) {
        if (this.found && !this.all) break;
        this.node = node;
        if (this.direction !== 'in') graph.forEachOutEdge(node, this.outVisit);
        if (this.direction !== 'out') graph.forEachInEdge(node, this.inVisit);
      }
      frontier = this.next;
    }
    const parents = this.parents;
    this.depthOf = new Map();
    this.parents = new Map();
    if (!this.found || this.depth < this.min) return [];
    const out: PathRef[] = [];
    const rels: RelRef[] = [];
    const nodes: string[] = [goal];
    const walk = (node: string): void => {
      if (node === start) {
        out.push(new PathRef(nodes.slice().reverse().map((k) => new NodeRef(k)), rels.slice().reverse()));
        return;
      }
      for (const p of parents.get(node) ?? []) {
        rels.push(p.rel);
        nodes.push(p.from);
        walk(p.from);
        nodes.pop();
        rels.pop();
        if (!this.all && out.length > 0) return;
      }
    };
    walk(goal);
    return out;
  }
}
