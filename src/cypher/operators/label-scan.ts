/** LabelScan: nodes with a label, from the label index. */
import { tick, type ExecContext, type Operator } from '../runtime/context.ts';
import { NodeRef } from '../runtime/entities.ts';
import { extendRow, type Row } from '../runtime/value.ts';
import type { NodeCheck } from './node-check.ts';

export class LabelScan implements Operator {
  readonly name = 'NodeByLabelScan';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly variable: string, readonly label: string, readonly check: NodeCheck | null) {
    this.children = [source];
  }
  detail(): string { return `${this.variable.trim()}:${this.label}`; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const v = this.variable;
    const check = this.check;
    this.source.execute(ctx, arg, (row) => {
      const keys = [...ctx.indexes.nodesWithLabel(this.label)];
      for (const key of keys) {
        tick(ctx);
        if (check && !check(key, row, ctx)) continue;
        emit(extendRow(row, v, new NodeRef(key)));
      }
    });
  }
}
