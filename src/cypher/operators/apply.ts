/** Apply: runs the inner plan once per input row, with that row as its argument (CALL { … }). */
import type { ExecContext, Operator } from '../runtime/context.ts';
import type { Row } from '../runtime/value.ts';

export class Apply implements Operator {
  readonly name = 'Apply';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly inner: Operator) { this.children = [source, inner]; }
  detail(): string { return ''; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    this.source.execute(ctx, arg, (row) => {
      this.inner.execute(ctx, row, (r) => emit({ ...row, ...r }));
    });
  }
}
