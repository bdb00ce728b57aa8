/** Filter: keeps rows whose predicate is true (null and false drop the row). */
import type { ExecContext, Operator } from '../runtime/context.ts';
import type { Row } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import type { Expr } from '../ast.ts';
import { truth } from '../expressions/compile.ts';

export class Filter implements Operator {
  readonly name = 'Filter';
  readonly children: Operator[];
  /** `expr`: the predicate's AST when a later planning step may read it (the columnar planner does). */
  constructor(readonly source: Operator, readonly predicate: Fn, readonly text: string, readonly expr: Expr | null = null) { this.children = [source]; }
  detail(): string { return this.text; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const p = this.predicate;
    this.source.execute(ctx, arg, (row) => {
      if (truth(p(row, ctx), 'WHERE') === true) emit(row);
    });
  }
}
