/** Aggregate: groups rows by the grouping columns and computes aggregating functions per group. */
import { tick, type ExecContext, type Operator } from '../runtime/context.ts';
import { allocate, ROW_CELLS } from '../runtime/guard.ts';
import type { Row, Value } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import { createAggregator, type Aggregator } from '../expressions/aggregates.ts';
import { groupKey } from '../expressions/compare.ts';
import { NodeRef } from '../runtime/entities.ts';

export interface AggregateSpec {
  slot: string;
  fn: string;
  distinct: boolean;
  star: boolean;
  arg: Fn | null;
  extra: Fn | null;
}

export class Aggregate implements Operator {
  readonly name = 'EagerAggregation';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly groups: [string, Fn][], readonly aggregates: AggregateSpec[]) {
    this.children = [source];
  }
  detail(): string {
    return `keys: ${this.groups.map(([n]) => n.trim()).join(', ') || '-'}; ${this.aggregates.map((a) => a.fn).join(', ')}`;
  }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const groups = this.groups;
    const specs = this.aggregates;
    const table = new Map<unknown, { row: Row; aggs: Aggregator[] }>();
    // single string / node grouping keys use their own maps (no key strings built per row)
    const byString = new Map<string, { row: Row; aggs: Aggregator[] }>();
    const byNode = new Map<string, { row: Row; aggs: Aggregator[] }>();
    const single = groups.length === 1;
    this.source.execute(ctx, arg, (row) => {
      tick(ctx);
      let key: unknown;
      let first: Value = null; // the single grouping value (no array per row)
      let values: Value[] | null = null;
      let map = table;
      if (groups.length === 0) key = '';
      else if (single) {
        const v = groups[0][1](row, ctx);
        first = v;
        if (typeof v === 'string') { key = v; map = byString; }
        else if (v instanceof NodeRef) { key = v.key; map = byNode; }
        else key = groupKey(v);
      } else {
        values = groups.map(([, f]) => f(row, ctx));
        let k = '';
        for (const v of values) k += groupKey(v) + '\u0000';
        key = k;
      }
      let entry = map.get(key as string);
      if (!entry) {
        const out: Row = {};
        if (single) out[groups[0][0]] = first;
        else if (values) for (let i = 0; i < groups.length; i++) out[groups[i][0]] = values[i];
        entry = { row: out, aggs: specs.map((s) => createAggregator(s.fn, s.distinct, s.star)) };
        map.set(key as string, entry);
        allocate(ROW_CELLS + specs.length); // a group is held until the end
      }
      for (let i = 0; i < specs.length; i++) {
        const s = specs[i];
        entry.aggs[i].add(s.arg ? s.arg(row, ctx) : null, s.extra ? s.extra(row, ctx) : undefined);
      }
    });
    if (table.size === 0 && groups.length === 0) {
      table.set('', { row: {}, aggs: specs.map((s) => createAggregator(s.fn, s.distinct, s.star)) });
    }
    for (const m of [table, byString, byNode]) {
      for (const { row, aggs } of m.values()) {
        for (let i = 0; i < specs.length; i++) row[specs[i].slot] = aggs[i].result();
        emit(row);
      }
    }
  }
}
