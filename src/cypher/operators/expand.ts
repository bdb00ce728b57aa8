/**
 * Expand: from a bound node, follow its relationships (types, direction) to the other end; binds the
 * relationship and the other node, or checks the other node when it is already bound. Relationships
 * already bound to other variables of the same pattern are skipped (relationship isomorphism).
 */
import { tick, type ExecContext, type Operator } from '../runtime/context.ts';
import { NodeRef, RelRef } from '../runtime/entities.ts';
import { copyRow, typeError, typeName, type Row } from '../runtime/value.ts';
import type { NodeCheck, RelCheck } from './node-check.ts';

export type Direction = 'out' | 'in' | 'both';

export function relUsed(row: Row, uniqueWith: string[], key: string): boolean {
  for (const u of uniqueWith) {
    const o = row[u];
    if (o instanceof RelRef) { if (o.key === key) return true; }
    else if (typeof o === 'string') { if (o === key) return true; } // an anonymous relationship's key (Expand.keyOnly)
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
    this.single = types.length === 1 ? types[0] : null;
  }

  detail(): string {
    const t = this.types.length ? ':' + this.types.join('|') : '';
    const l = this.direction === 'in' ? '<-' : '-';
    const r = this.direction === 'out' ? '->' : '-';
    return `(${this.from.trim()})${l}[${this.rel.trim()}${t}]${r}(${this.to.trim()})${this.toBound ? ' (into)' : ''}`;
  }

  // Per-execution state lives on the instance so the edge callbacks are created once (no closure per
  // row). An operator instance never runs nested inside itself.
  private ctx!: ExecContext;
  private row: Row = {};
  private target: string | null = null;
  private emit: (row: Row) => void = () => {};
  /** Set by the planner (row-reuse.ts) when no consumer keeps rows: one scratch row per input row. */
  reuse = false;
  /**
   * Set by the planner for an anonymous relationship no path is built from: the row holds only its key,
   * which is all the uniqueness checks of the pattern read (no RelRef per row).
   */
  keyOnly = false;
  private scratch: Row | null = null;

  private visit(edge: string, attrs: Record<string, unknown>, source: string, tgt: string, other: string): void {
    const ctx = this.ctx;
    if ((++ctx.ticks & 4095) === 0) tick(ctx);
    const adapter = ctx.adapter;
    const type = adapter.typeAttribute === true ? attrs.type as string : adapter.relType(ctx.graph, edge, attrs);
    if (this.single !== null) { if (type !== this.single) return; }
    else if (this.typeSet && !this.typeSet.has(type)) return;
    if (this.target !== null && other !== this.target) return;
    const row = this.row;
    if (this.uniqueWith.length > 0 && relUsed(row, this.uniqueWith, edge)) return;
    if (this.relCheck && !this.relCheck(edge, row, ctx)) return;
    if (!this.toBound && this.toCheck && !this.toCheck(other, row, ctx)) return;
    let out: Row;
    if (this.scratch !== null) out = this.scratch;
    else {
      out = {};
      for (const k in row) out[k] = row[k];
    }
    out[this.rel] = this.keyOnly ? edge : new RelRef(edge, type, source, tgt, ctx.stable === true && adapter.typeAttribute === true ? attrs : null);
    if (!this.toBound) out[this.to] = new NodeRef(other);
    this.emit(out);
  }

  private readonly outVisit = (e: string, a: Record<string, unknown>, s: string, t: string): void => this.visit(e, a, s, t, t);
  private readonly inVisit = (e: string, a: Record<string, unknown>, s: string, t: string): void => {
    if (this.direction === 'both' && s === t) return; // a self-loop was seen as outgoing
    this.visit(e, a, s, t, s);
  };
  private single: string | null = null;

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const { from, to, direction, toBound } = this;
    const graph = ctx.graph;
    this.source.execute(ctx, arg, (r) => {
      const start = r[from];
      if (start === null || start === undefined) return;
      if (!(start instanceof NodeRef)) throw typeError(`Type mismatch: expected Node but was ${typeName(start)}`, 'VariableTypeConflict');
      if (!graph.hasNode(start.key)) return;
      let target: string | null = null;
      if (toBound) {
        const t = r[to];
        if (t === null || t === undefined) return;
        if (!(t instanceof NodeRef)) throw typeError(`Type mismatch: expected Node but was ${typeName(t)}`, 'VariableTypeConflict');
        target = t.key;
      }
      // save state: downstream operators may run this operator again for another argument row
      const sCtx = this.ctx, sRow = this.row, sTarget = this.target, sEmit = this.emit, sScratch = this.scratch;
      this.ctx = ctx;
      this.row = r;
      this.target = target;
      this.emit = emit;
      this.scratch = this.reuse ? copyRow(r) : null;
      try {
        if (direction === 'out' || direction === 'both') graph.forEachOutEdge(start.key, this.outVisit);
        if (direction === 'in' || direction === 'both') graph.forEachInEdge(start.key, this.inVisit);
      } finally {
        this.ctx = sCtx; this.row = sRow; this.target = sTarget; this.emit = sEmit; this.scratch = sScratch;
      }
    });
  }
}
