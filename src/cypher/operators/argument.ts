/** Argument: the leaf of every plan; yields the row it is given (the outer row of a subquery, or `{}`). */
import type { ExecContext, Operator } from '../runtime/context.ts';
import type { Row } from '../runtime/value.ts';

export class Argument implements Operator {
  readonly name = 'Argument';
  readonly children: Operator[] = [];
  detail(): string { return ''; }
  execute(_ctx: ExecContext, arg: Row, emit: (row: Row) => void): void { emit(arg); }
}
