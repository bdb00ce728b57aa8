/** Project: computes the columns of WITH / RETURN; `keep` carries the input row's columns along. */
import type { ExecContext, Operator } from '../runtime/context.ts';
import { copyRow, type Row, type Value } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';

export class Project implements Operator {
  readonly name = 'Projection';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly items: [string, Fn][], readonly keep: boolean) { this.children = [source]; }
  detail(): string { return this.items.map(([n]) => n.trim()).join(', '); }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const items = this.items;
    const keep = this.keep;
    this.source.execute(ctx, arg, (row) => {
      const out: Row = keep ? copyRow(row) : {};
      // evaluate against the input row: `WITH a.x AS a, a AS b` sees the old a
      const n = items.length;
      if (keep) {
        const vals = new Array<Value>(n);
        for (let i = 0; i < n; i++) vals[i] = items[i][1](row, ctx);
        for (let i = 0; i < n; i++) out[items[i][0]] = vals[i];
      } else {
        for (let i = 0; i < n; i++) out[items[i][0]] = items[i][1](row, ctx);
      }
      emit(out);
    });
  }
}
