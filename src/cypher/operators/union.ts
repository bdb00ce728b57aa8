/** Union: the rows of each part in turn; UNION (not ALL) removes duplicates. */
import type { ExecContext, Operator } from '../runtime/context.ts';
import type { Row } from '../runtime/value.ts';
import { groupKey } from '../expressions/compare.ts';

export class Union implements Operator {
  readonly name = 'Union';
  constructor(readonly children: Operator[], readonly columns: string[], readonly distinct: boolean) {}
  detail(): string { return this.distinct ? 'distinct' : 'all'; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const seen = this.distinct ? new Set<string>() : null;
    for (const child of this.children) {
      child.execute(ctx, arg, (row) => {
        if (seen) {
          let k = '';
          for (const c of this.columns) k += groupKey(row[c] ?? null) + '\u0000';
          if (seen.has(k)) return;
          seen.add(k);
        }
        emit(row);
      });
    }
  }
}
