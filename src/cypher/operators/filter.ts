/** Filter: keeps rows whose predicate is true (null and false drop the row). */
import type { ExecContext, Operator } from '../runtime/context.ts';
import type { Row } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import { truth } from '../expressions/compile.ts';

export class Filter implements Operator {
  readonly name = 'Filter';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly predicate: Fn, readonly text: string) { this.children = [source]; }
  detail(): string { return this.text; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const p = this.predicate;
    this.source.execute(ctx, arg, (row) => {
      if (truth(p(row, ctx), 'WHERE') === true) emit(row);
    });
  }
}
