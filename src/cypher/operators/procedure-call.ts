/** ProcedureCall: CALL proc(args) [YIELD …]: one output row per procedure result row. */
import type { ExecContext, Operator } from '../runtime/context.ts';
import { copyRow, type Row } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import { coerceArgument, type ProcedureDef } from '../runtime/procedures.ts';

export class ProcedureCall implements Operator {
  readonly name = 'ProcedureCall';
  readonly children: Operator[];
  constructor(
    readonly source: Operator,
    readonly procedure: ProcedureDef,
    readonly args: Fn[],
    /** [output field index, column name] */
    readonly yields: [number, string][],
    readonly standalone = false,
  ) { this.children = [source]; }
  detail(): string { return this.procedure.name; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const p = this.procedure;
    this.source.execute(ctx, arg, (row) => {
      const args = this.args.map((f, i) => coerceArgument(f(row, ctx), p.inputs[i].type, p.name));
      const results = p.call(ctx, args);
      if (p.outputs.length === 0) { if (!this.standalone) emit(row); return; }
      for (const r of results) {
        const out: Row = copyRow(row);
        for (const [i, name] of this.yields) out[name] = r[i] ?? null;
        emit(out);
      }
    });
  }
}
