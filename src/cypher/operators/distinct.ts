/** Distinct: drops rows equivalent (Cypher equivalence) to an earlier one on the given columns. */
import type { ExecContext, Operator } from '../runtime/context.ts';
import type { Row } from '../runtime/value.ts';
import { groupKey } from '../expressions/compare.ts';
import { allocate, ROW_CELLS } from '../runtime/guard.ts';

export class Distinct implements Operator {
  readonly name = 'Distinct';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly columns: string[]) { this.children = [source]; }
  detail(): string { return this.columns.map((c) => c.trim()).join(', '); }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const seen = new Set<string>();
    this.source.execute(ctx, arg, (row) => {
      let k = '';
      for (const c of this.columns) k += groupKey(row[c] ?? null) + '\u0000';
      if (seen.has(k)) return;
      seen.add(k);
      allocate(ROW_CELLS); // its key is held until the end
      emit(row);
    });
  }
}
