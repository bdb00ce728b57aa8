/**
 * Expand: from a bound node, follow its relationships (types, direction) to the other end; binds the
 * relationship and the other node, or checks the other node when it is already bound. Relationships
 * already bound to other variables of the same pattern are skipped (relationship isomorphism).
 */
import { tick, type ExecContext, type Operator } from '../runtime/context.ts';
import { NodeRef, RelRef } from '../runtime/entities.ts';
import { typeError, typeName, type Row } from '../runtime/value.ts';
import type { NodeCheck, RelCheck } from './node-check.ts';

export type Direction = 'out' | 'in' | 'both';

export function relUsed(row: Row, uniqueWith: string[], key: string): boolean {
  for (const u of uniqueWith) {
    const o = row[u];
    if (o instanceof RelRef) { if (o.key === key) return true; }
    else if (Array.isArray(o)) { for (const r of o) if (r instanceof RelRef && r.key === key) return true; }
  }
  return false;
}

export class Expand implements Operator {
  readonly name = 'Expand';
  readonly children: Operator[];
  private readonly typeSet: Set<string> | null;
  constructor(
    readonly source: Operator,
    readonly from: string,
    readonly rel: string,
    readonly to: string,
    readonly types: string[],
    readonly direction: Direction,
    readonly toBound: boolean,
    readonly toCheck: NodeCheck | null,
    readonly relCheck: RelCheck | null,
    readonly uniqueWith: string[],
  ) {
    this.children = [source];
    this.typeSet = types.length > 0 ? new Set(types) : null;
  }

  detail(): string {
    const t = this.types.length ? ':' + this.types.join('|') : '';
    const l = this.direction === 'in' ? '<-' : '-';
    const r = this.direction === 'out' ? '->' : '-';
    return `(${this.from.trim()})${l}[${this.rel.trim()}${t}]${r}(${this.to.trim()})${this.toBound ? ' (into)' : ''}`;
  }

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const { from, rel, to, typeSet, direction, toBound, toCheck, relCheck, uniqueWith } = this;
    const graph = ctx.graph;
    const adapter = ctx.adapter;
    const attrType = adapter.typeAttribute === true;
    const single = this.types.length === 1 ? this.types[0] : null;
    const checkUnique = uniqueWith.length > 0;
    let row: Row = arg;
    let target: string | null = null;
    const visit = (edge: string, attrs: Record<string, unknown>, source: string, tgt: string, other: string): void => {
      if ((++ctx.ticks & 4095) === 0) tick(ctx);
      const type = attrType ? attrs.type as string : adapter.relType(graph, edge, attrs);
      if (single !== null) { if (type !== single) return; }
      else if (typeSet && !typeSet.has(type)) return;
      if (target !== null && other !== target) return;
      if (checkUnique && relUsed(row, uniqueWith, edge)) return;
      if (relCheck && !relCheck(edge, row, ctx)) return;
      if (!toBound && toCheck && !toCheck(other, row, ctx)) return;
      const out: Row = { ...row };
      out[rel] = new RelRef(edge, type, source, tgt);
      if (!toBound) out[to] = new NodeRef(other);
      emit(out);
    };
    const outVisit = (e: string, a: Record<string, unknown>, s: string, t: string): void => visit(e, a, s, t, t);
    const inVisit = (e: string, a: Record<string, unknown>, s: string, t: string): void => {
      if (direction === 'both' && s === t) return; // a self-loop was seen as outgoing
      visit(e, a, s, t, s);
    };
    this.source.execute(ctx, arg, (r) => {
      const start = r[from];
      if (start === null || start === undefined) return;
      if (!(start instanceof NodeRef)) throw typeError(`Type mismatch: expected Node but was ${typeName(start)}`, 'VariableTypeConflict');
      if (!graph.hasNode(start.key)) return;
      target = null;
      if (toBound) {
        const t = r[to];
        if (t === null || t === undefined) return;
        if (!(t instanceof NodeRef)) throw typeError(`Type mismatch: expected Node but was ${typeName(t)}`, 'VariableTypeConflict');
        target = t.key;
      }
      row = r;
      if (direction === 'out' || direction === 'both') graph.forEachOutEdge(start.key, outVisit);
      if (direction === 'in' || direction === 'both') graph.forEachInEdge(start.key, inVisit);
    });
  }
}
