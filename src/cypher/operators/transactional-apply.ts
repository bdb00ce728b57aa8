/**
 * TransactionalApply: CALL { … } IN TRANSACTIONS. The input rows (taken eagerly) are cut into batches of
 * OF n ROWS (default 1000); each batch runs the inner plan for its rows as one unit. ON ERROR FAIL (the
 * default) fails the query; CONTINUE undoes the failed batch's writes and goes on; BREAK undoes them and
 * runs no further batch. Rows of a failed or skipped batch come out with the returned columns null, and
 * REPORT STATUS AS s adds s = {started, committed, transactionId, errorMessage} to every row.
 * Unlike Neo4j, where each batch commits on its own, a failing query here is undone as a whole.
 */
import { CypherError } from '../errors.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import type { ExecContext, Operator } from '../runtime/context.ts';
import { mergeRows, copyRow, type Row, type ValueMap } from '../runtime/value.ts';

export interface InTransactionsSpec {
  batch: Fn | null;
  onError: 'fail' | 'continue' | 'break';
  status: string | null;
}

const DEFAULT_BATCH = 1000;

export class TransactionalApply implements Operator {
  readonly name = 'TransactionalApply';
  readonly children: Operator[];
  /** unit = the subquery returns nothing: each input row passes on once; `returned` = its columns otherwise. */
  constructor(
    readonly source: Operator, readonly inner: Operator, readonly unit: boolean, readonly returned: string[],
    readonly spec: InTransactionsSpec,
  ) { this.children = [source, inner]; }

  detail(): string { return `ON ERROR ${this.spec.onError.toUpperCase()}${this.spec.status ? ` REPORT STATUS AS ${this.spec.status}` : ''}`; }

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const size = this.batchSize(ctx, arg);
    const input: Row[] = [];
    this.source.execute(ctx, arg, (row) => { input.push(row); });
    let broken = false;
    let txCount = 0;
    for (let start = 0; start < input.length; start += size) {
      const rows = input.slice(start, start + size);
      if (broken) {
        const skipped = { started: false, committed: false, transactionId: null, errorMessage: null };
        for (const row of rows) emit(this.withNulls(row, skipped));
        continue;
      }
      const transactionId = `transaction-${++txCount}`;
      const mark = ctx.log.mark();
      const out: Row[] = [];
      try {
        for (const row of rows) {
          if (this.unit) { this.inner.execute(ctx, row, () => {}); out.push(row); } else this.inner.execute(ctx, row, (r) => { out.push(mergeRows(row, r)); });
        }
      } catch (e) {
        if (this.spec.onError === 'fail' || !(e instanceof CypherError) || e.kind === 'Timeout' || e.kind === 'RowLimit') throw e;
        ctx.log.rollbackTo(mark);
        const failed = { started: true, committed: false, transactionId, errorMessage: e.message };
        for (const row of rows) emit(this.withNulls(row, failed));
        if (this.spec.onError === 'break') broken = true;
        continue;
      }
      const status = this.spec.status;
      if (status === null) { for (const o of out) emit(o); continue; }
      const ok: ValueMap = { started: true, committed: true, transactionId, errorMessage: null };
      for (const o of out) emit({ ...o, [status]: ok });
    }
  }

  private batchSize(ctx: ExecContext, arg: Row): number {
    if (!this.spec.batch) return DEFAULT_BATCH;
    const v = this.spec.batch(arg, ctx);
    const n = typeof v === 'bigint' ? Number(v) : NaN;
    if (!(n > 0)) {
      throw new CypherError('ArgumentError', `Invalid input for OF … ROWS: expected a positive Integer, got ${String(v)}`, 'runtime', 'InvalidArgumentValue');
    }
    return n;
  }

  private withNulls(row: Row, status: ValueMap): Row {
    const out: Row = copyRow(row);
    if (!this.unit) for (const c of this.returned) out[c] = null;
    if (this.spec.status) out[this.spec.status] = status;
    return out;
  }
}
