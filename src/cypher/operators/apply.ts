/** Apply: runs the inner plan once per input row, with that row as its argument (CALL { … }). */
import type { ExecContext, Operator } from '../runtime/context.ts';
import type { Row } from '../runtime/value.ts';

export class Apply implements Operator {
  readonly name = 'Apply';
  readonly children: Operator[];
  /** unit = the subquery returns nothing (only updates): each input row passes through once. */
  constructor(readonly source: Operator, readonly inner: Operator, readonly unit = false) { this.children = [source, inner]; }
  detail(): string { return this.unit ? 'unit' : ''; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    if (this.unit) {
      const input: Row[] = [];
      this.source.execute(ctx, arg, (row) => { input.push(row); });
      for (const row of input) this.inner.execute(ctx, row, () => {});
      for (const row of input) emit(row);
      return;
    }
    this.source.execute(ctx, arg, (row) => {
      this.inner.execute(ctx, row, (r) => emit({ ...row, ...r }));
    });
  }
}
