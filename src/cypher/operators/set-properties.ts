/** SetProperties: SET n.p = v, n = map, n += map, n:Label (also the ON CREATE / ON MATCH actions of MERGE). */
import type { ExecContext, Operator } from '../runtime/context.ts';
import type { Row } from '../runtime/value.ts';

export type RowAction = (row: Row, ctx: ExecContext) => void;

export class SetProperties implements Operator {
  readonly name: string = 'SetProperties';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly actions: RowAction[], readonly label = 'Set') { this.children = [source]; }
  detail(): string { return ''; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const input: Row[] = [];
    this.source.execute(ctx, arg, (row) => { input.push(row); });
    for (const row of input) for (const a of this.actions) a(row, ctx);
    for (const row of input) emit(row);
  }
}
