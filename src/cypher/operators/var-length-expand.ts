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

function noop(): void {}

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

  // Per-run state on the instance (no closures per row; see Expand). Saved and restored around each
  // input row so a nested run cannot clobber it.
  private ctx!: ExecContext;
  private row: Row = {};
  private target: string | null = null;
  private rels: RelRef[] = [];
  private nodes: string[] = [];
  private inPath = new Set<string>();
  private emit: (row: Row) => void = noop;

  private produce(end: string): void {
    const { row, ctx } = this;
    if (this.target !== null && end !== this.target) return;
    if (!this.toBound && this.toCheck && !this.toCheck(end, row, ctx)) return;
    const list = this.reversed ? this.rels.slice().reverse() : this.rels.slice();
    const out: Row = extendRow(row, this.rel, list);
    if (!this.toBound) out[this.to] = new NodeRef(end);
    if (this.nodesColumn) {
      const ns = this.nodes.map((k) => new NodeRef(k));
      out[this.nodesColumn] = this.reversed ? ns.reverse() : ns;
    }
    this.emit(out);
  }

  private step(node: string, depth: number): void {
    const ctx = this.ctx;
    tick(ctx);
    if (depth >= this.min) this.produce(node);
    if (depth >= this.max) return;
    const graph = ctx.graph;
    const direction = this.direction;
    const next: [string, Record<string, unknown>, string, string, string][] = [];
    if (direction === 'out' || direction === 'both') graph.forEachOutEdge(node, (e, a, s, t) => { next.push([e, a, s, t, t]); });
    if (direction === 'in' || direction === 'both') {
      graph.forEachInEdge(node, (e, a, s, t) => { if (!(direction === 'both' && s === t)) next.push([e, a, s, t, s]); });
    }
    const adapter = ctx.adapter;
    for (const [e, a, s, t, other] of next) {
      if (this.inPath.has(e)) continue;
      const type = adapter.typeAttribute === true ? a.type as string : adapter.relType(graph, e, a);
      if (this.typeSet && !this.typeSet.has(type)) continue;
      if (this.uniqueWith.length > 0 && relUsed(this.row, this.uniqueWith, e)) continue;
      if (this.relCheck && !this.relCheck(e, this.row, ctx)) continue;
      this.inPath.add(e);
      this.rels.push(new RelRef(e, type, s, t));
      this.nodes.push(other);
      this.step(other, depth + 1);
      this.nodes.pop();
      this.rels.pop();
      this.inPath.delete(e);
    }
  }

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const { from, to, toBound } = this;
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
      if (!ctx.graph.hasNode(start.key)) return;
      const saved = [this.ctx, this.row, this.target, this.rels, this.nodes, this.inPath, this.emit] as const;
      this.ctx = ctx;
      this.row = row;
      this.target = target;
      this.rels = [];
      this.nodes = [start.key];
      this.inPath = new Set();
      this.emit = emit;
      try {
        this.step(start.key, 0);
      } finally {
        [this.ctx, this.row, this.target, this.rels, this.nodes, this.inPath, this.emit] = saved;
      }
    });
  }
}
