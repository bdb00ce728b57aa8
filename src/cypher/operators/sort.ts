/** Sort: ORDER BY, with the total order of Cypher values (nulls last ascending); stable. */
import type { ExecContext, Operator } from '../runtime/context.ts';
import type { Row, Value } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import { orderCompare } from '../expressions/compare.ts';
import { allocate, ROW_CELLS, work } from '../runtime/guard.ts';

export class Sort implements Operator {
  readonly name = 'Sort';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly keys: { fn: Fn; descending: boolean; text: string }[], readonly limit: Fn | null = null) {
    this.children = [source];
  }
  detail(): string { return this.keys.map((k) => k.text + (k.descending ? ' DESC' : '')).join(', '); }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const entries: { row: Row; keys: Value[] }[] = [];
    this.source.execute(ctx, arg, (row) => {
      entries.push({ row, keys: this.keys.map((k) => k.fn(row, ctx)) });
      allocate(ROW_CELLS); // every row is held until the end: it counts against the memory budget
    });
    const dirs = this.keys.map((k) => (k.descending ? -1 : 1));
    entries.sort((a, b) => {
      work(1); // a sort of millions of rows must stop at the deadline too
      for (let i = 0; i < dirs.length; i++) {
        const c = orderCompare(a.keys[i], b.keys[i]);
        if (c !== 0) return c * dirs[i];
      }
      return 0;
    });
    for (const e of entries) emit(e.row);
  }
}
