/** NodeScan: every node of the graph, for each input row. */
import { tick, type ExecContext, type Operator } from '../runtime/context.ts';
import { NodeRef } from '../runtime/entities.ts';
import { extendRow, type Row } from '../runtime/value.ts';
import type { NodeCheck } from './node-check.ts';

export class NodeScan implements Operator {
  readonly name = 'AllNodesScan';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly variable: string, readonly check: NodeCheck | null) { this.children = [source]; }
  detail(): string { return this.variable.trim(); }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const v = this.variable;
    const check = this.check;
    this.source.execute(ctx, arg, (row) => {
      const keys = ctx.graph.nodes();
      for (const key of keys) {
        tick(ctx);
        if (check && !check(key, row, ctx)) continue;
        emit(extendRow(row, v, new NodeRef(key)));
      }
    });
  }
}
