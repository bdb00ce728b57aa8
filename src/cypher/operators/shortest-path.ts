/**
 * ShortestPath: breadth-first search between two bound nodes, honouring relationship types, direction,
 * length bounds and relationship property maps. shortestPath binds one path; allShortestPaths every
 * path of the minimal length.
 */
import { tick, type ExecContext, type Operator } from '../runtime/context.ts';
import { NodeRef, PathRef, RelRef } from '../runtime/entities.ts';
import { extendRow, type Row } from '../runtime/value.ts';
import type { RelCheck } from './node-check.ts';
import type { Direction } from './expand.ts';

interface Parent { rel: RelRef; from: string }

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
  ) {
    this.children = [source];
    this.typeSet = types.length ? new Set(types) : null;
  }
  detail(): string { return `${this.all ? 'allShortestPaths' : 'shortestPath'} (${this.from.trim()})…(${this.to.trim()})`; }

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    this.source.execute(ctx, arg, (row) => {
      const a = row[this.from];
      const b = row[this.to];
      if (!(a instanceof NodeRef) || !(b instanceof NodeRef)) return;
      for (const path of this.search(ctx, row, a.key, b.key)) {
        const out: Row = extendRow(row, this.pathVar, path);
        if (this.relVar) out[this.relVar] = this.single ? path.rels[0] : path.rels.slice();
        emit(out);
        if (!this.all) break;
      }
    });
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
    let ps = this.parents.get(other);
    if (d === undefined) {
      this.depthOf.set(other, this.depth);
      this.next.push(other);
      ps = [];
      this.parents.set(other, ps);
    }
    if (!this.all && ps!.length > 0) return;
    ps!.push({ rel: new RelRef(e, type, s, t), from: this.node });
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
