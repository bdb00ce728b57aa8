/** BoundNode: checks a node bound earlier against a node pattern's labels and properties (or null). */
import type { ExecContext, Operator } from '../runtime/context.ts';
import { NodeRef } from '../runtime/entities.ts';
import { typeError, typeName, type Row } from '../runtime/value.ts';
import type { NodeCheck } from './node-check.ts';

export class BoundNode implements Operator {
  readonly name = 'Filter';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly variable: string, readonly check: NodeCheck | null) { this.children = [source]; }
  detail(): string { return `bound ${this.variable.trim()}`; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    this.source.execute(ctx, arg, (row) => {
      const n = row[this.variable];
      if (n === null || n === undefined) return;
      if (!(n instanceof NodeRef)) throw typeError(`Type mismatch: expected Node but was ${typeName(n)}`, 'VariableTypeConflict');
      if (this.check && !this.check(n.key, row, ctx)) return;
      emit(row);
    });
  }
}
