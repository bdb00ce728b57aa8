/** Optional (OPTIONAL MATCH): the inner plan's rows for each input row, or one row with nulls. */
import type { ExecContext, Operator } from '../runtime/context.ts';
import { copyRow, type Row } from '../runtime/value.ts';

export class Optional implements Operator {
  readonly name = 'Optional';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly inner: Operator, readonly introduced: string[]) {
    this.children = [source, inner];
  }
  detail(): string { return this.introduced.filter((v) => !v.startsWith(' ')).join(', '); }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    this.source.execute(ctx, arg, (row) => {
      let any = false;
      this.inner.execute(ctx, row, (r) => { any = true; emit(r); });
      if (!any) {
        const out: Row = copyRow(row);
        for (const v of this.introduced) out[v] = null;
        emit(out);
      }
    });
  }
}
