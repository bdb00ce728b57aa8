/**
 * VarLengthExpand: `-[r:T*min..max]->`; depth-first over relationship-unique paths from a bound node.
 * Binds the list of relationships (in pattern order) and the end node; also keeps the node keys along
 * the path in a hidden column for path variables.
 */
import { tick, type ExecContext, type Operator } from '../runtime/context.ts';
import { NodeRef, RelRef } from '../runtime/entities.ts';
import { typeError, typeName, type Row, extendRow } from '../runtime/value.ts';
import type { NodeCheck, RelCheck } from './node-check.ts';
import { relUsed, type Direction } from './expand.ts';

export class VarLengthExpand implements Operator {
  readonly name = 'VarLengthExpand';
  readonly children: Operator[];
  private readonly typeSet: Set<string> | null;
  constructor(
    readonly source: Operator,
    readonly from: string,
    readonly rel: string,
    readonly to: string,
    readonly types: string[],
    readonly direction: Direction,
    readonly min: number,
    readonly max: number,
    readonly toBound: boolean,
    readonly toCheck: NodeCheck | null,
    readonly relCheck: RelCheck | null,
    readonly uniqueWith: string[],
    /** true when the traversal runs against the pattern's written order (lists are reversed on output). */
    readonly reversed: boolean,
    /** hidden column for the nodes along the path, or null. */
    readonly nodesColumn: string | null,
  ) {
    this.children = [source];
    this.typeSet = types.length > 0 ? new Set(types) : null;
  }

  detail(): string {
    const t = this.types.length ? ':' + this.types.join('|') : '';
    const l = this.direction === 'in' ? '<-' : '-';
    const r = this.direction === 'out' ? '->' : '-';
    const max = Number.isFinite(this.max) ? String(this.max) : '';
    return `(${this.from.trim()})${l}[${this.rel.trim()}${t}*${this.min}..${max}]${r}(${this.to.trim()})`;
  }

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const { from, rel, to, typeSet, direction, min, max, toBound, toCheck, relCheck, uniqueWith, reversed, nodesColumn } = this;
    const graph = ctx.graph;
    const adapter = ctx.adapter;
    this.source.execute(ctx, arg, (row) => {
      const start = row[from];
      if (start === null || start === undefined) return;
      if (!(start instanceof NodeRef)) throw typeError(`Type mismatch: expected Node but was ${typeName(start)}`, 'VariableTypeConflict');
      let target: string | null = null;
      if (toBound) {
        const t = row[to];
        if (t === null || t === undefined) return;
        if (!(t instanceof NodeRef)) throw typeError(`Type mismatch: expected Node but was ${typeName(t)}`, 'VariableTypeConflict');
        target = t.key;
      }
      const rels: RelRef[] = [];
      const nodes: string[] = [start.key];
      const inPath = new Set<string>();
      const produce = (end: string): void => {
        if (target !== null && end !== target) return;
        if (!toBound && toCheck && !toCheck(end, row, ctx)) return;
        const list = reversed ? rels.slice().reverse() : rels.slice();
        const out: Row = extendRow(row, rel, list);
        if (!toBound) out[to] = new NodeRef(end);
        if (nodesColumn) {
          const ns = nodes.map((k) => new NodeRef(k));
          out[nodesColumn] = reversed ? ns.reverse() : ns;
        }
        emit(out);
      };
      const step = (node: string, depth: number): void => {
        tick(ctx);
        if (depth >= min) produce(node);
        if (depth >= max) return;
        const next: [string, Record<string, unknown>, string, string, string][] = [];
        if (direction === 'out' || direction === 'both') graph.forEachOutEdge(node, (e, a, s, t) => { next.push([e, a, s, t, t]); });
        if (direction === 'in' || direction === 'both') {
          graph.forEachInEdge(node, (e, a, s, t) => { if (!(direction === 'both' && s === t)) next.push([e, a, s, t, s]); });
        }
        for (const [e, a, s, t, other] of next) {
          if (inPath.has(e)) continue;
          const type = adapter.relType(graph, e, a);
          if (typeSet && !typeSet.has(type)) continue;
          if (uniqueWith.length > 0 && relUsed(row, uniqueWith, e)) continue;
          if (relCheck && !relCheck(e, row, ctx)) continue;
          inPath.add(e);
          rels.push(new RelRef(e, type, s, t));
          nodes.push(other);
          step(other, depth + 1);
          nodes.pop();
          rels.pop();
          inPath.delete(e);
        }
      };
      if (!graph.hasNode(start.key)) return;
      step(start.key, 0);
    });
  }
}
