/** Apply: runs the inner plan once per input row, with that row as its argument (CALL { … }). */
import type { ExecContext, Operator } from '../runtime/context.ts';
import { mergeRows, copyRow, type Row } from '../runtime/value.ts';

export class Apply implements Operator {
  readonly name = 'Apply';
  readonly children: Operator[];
  /**
   * unit = the subquery returns nothing (only updates): each input row passes through once.
   * optional = the returned columns of OPTIONAL CALL: an input row the subquery returns nothing for is
   * kept, with these columns null.
   */
  constructor(
    readonly source: Operator, readonly inner: Operator, readonly unit = false, readonly optional: string[] | null = null,
  ) { this.children = [source, inner]; }
  detail(): string { return this.unit ? 'unit' : this.optional ? 'optional' : ''; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    if (this.unit) {
      const input: Row[] = [];
      this.source.execute(ctx, arg, (row) => { input.push(row); });
      for (const row of input) this.inner.execute(ctx, row, () => {});
      for (const row of input) emit(row);
      return;
    }
    const optional = this.optional;
    this.source.execute(ctx, arg, (row) => {
      let found = false;
      this.inner.execute(ctx, row, (r) => { found = true; emit(mergeRows(row, r)); });
      if (!found && optional) {
        const out: Row = copyRow(row);
        for (const c of optional) out[c] = null;
        emit(out);
      }
    });
  }
}
