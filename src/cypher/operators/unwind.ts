/** Unwind: one row per element of a list (null and [] give none; a non-list gives itself). */
import type { ExecContext, Operator } from '../runtime/context.ts';
import { extendRow, type Row } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';

export class Unwind implements Operator {
  readonly name = 'Unwind';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly list: Fn, readonly variable: string) { this.children = [source]; }
  detail(): string { return this.variable; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const v = this.variable;
    this.source.execute(ctx, arg, (row) => {
      const list = this.list(row, ctx);
      if (list === null) return;
      if (!Array.isArray(list)) { emit(extendRow(row, v, list)); return; }
      for (const item of list) emit(extendRow(row, v, item));
    });
  }
}
