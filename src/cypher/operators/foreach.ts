/** Foreach: FOREACH (x IN list | updates): runs the inner updating plan once per element; rows pass through. */
import type { ExecContext, Operator } from '../runtime/context.ts';
import { typeError, typeName, type Row, extendRow } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';

export class Foreach implements Operator {
  readonly name = 'Foreach';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly list: Fn, readonly variable: string, readonly inner: Operator) {
    this.children = [source, inner];
  }
  detail(): string { return this.variable; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const input: Row[] = [];
    this.source.execute(ctx, arg, (row) => { input.push(row); });
    for (const row of input) {
      const list = this.list(row, ctx);
      if (list === null) continue;
      if (!Array.isArray(list)) throw typeError(`FOREACH expected a list but was ${typeName(list)}`);
      for (const item of list) this.inner.execute(ctx, extendRow(row, this.variable, item), () => {});
    }
    for (const row of input) emit(row);
  }
}
