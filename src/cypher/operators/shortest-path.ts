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

  private search(ctx: ExecContext, row: Row, start: string, goal: string): PathRef[] {
    const { graph, adapter } = ctx;
    const { typeSet, direction, relCheck } = this;
    if (start === goal) {
      return this.min === 0 ? [new PathRef([new NodeRef(start)], [])] : [];
    }
    const fastType = adapter.typeAttribute === true;
    const parents = new Map<string, Parent[]>();
    const depthOf = new Map<string, number>([[start, 0]]);
    let frontier = [start];
    let depth = 0;
    let found = false;
    while (frontier.length > 0 && depth < this.max && !found) {
      depth++;
      const next: string[] = [];
      for (const node of frontier) {
        if (found && !this.all) break;
        const visit = (e: string, attrs: Record<string, unknown>, s: string, t: string, other: string): void => {
          if (found && !this.all) return;
          if ((++ctx.ticks & 4095) === 0) tick(ctx);
          const type = fastType ? attrs.type as string : adapter.relType(graph, e, attrs);
          if (typeSet && !typeSet.has(type)) return;
          if (relCheck && !relCheck(e, row, ctx)) return;
          const d = depthOf.get(other);
          if (d !== undefined && d < depth) return;
          if (d === undefined) { depthOf.set(other, depth); next.push(other); parents.set(other, []); }
          if (!this.all && parents.get(other)!.length > 0) return;
          parents.get(other)!.push({ rel: new RelRef(e, type, s, t), from: node });
          if (other === goal) found = true;
        };
        if (direction !== 'in') graph.forEachOutEdge(node, (e, at, s, t) => visit(e, at, s, t, t));
        if (direction !== 'out') graph.forEachInEdge(node, (e, at, s, t) => { if (!(direction === 'both' && s === t)) visit(e, at, s, t, s); });
      }
      frontier = next;
    }
    if (!found || depth < this.min) return [];
    const out: PathRef[] = [];
    const walk = (node: string, rels: RelRef[], nodes: string[]): void => {
      if (node === start) {
        out.push(new PathRef(nodes.slice().reverse().map((k) => new NodeRef(k)), rels.slice().reverse()));
        return;
      }
      for (const p of parents.get(node) ?? []) {
        rels.push(p.rel);
        nodes.push(p.from);
        walk(p.from, rels, nodes);
        nodes.pop();
        rels.pop();
        if (!this.all && out.length > 0) return;
      }
    };
    walk(goal, [], [goal]);
    return out;
  }
}
