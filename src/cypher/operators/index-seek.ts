/** IndexSeek: nodes with a label whose property equals a value, from the (label, property) index. */
import { tick, type ExecContext, type Operator } from '../runtime/context.ts';
import { NodeRef } from '../runtime/entities.ts';
import { extendRow, type Row } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import { indexKey, type PropertyIndex } from '../storage/indexes.ts';
import { equals } from '../expressions/compare.ts';
import { nodeProperty } from '../runtime/context.ts';
import type { NodeCheck } from './node-check.ts';
import type { CypherValue } from '../values.ts';

export class IndexSeek implements Operator {
  readonly name = 'NodeIndexSeek';
  readonly children: Operator[];
  constructor(
    readonly source: Operator, readonly variable: string, readonly label: string, readonly property: string,
    readonly value: Fn, readonly check: NodeCheck | null,
  ) { this.children = [source]; }
  detail(): string { return `${this.variable.trim()}:${this.label}(${this.property})`; }
  private cached: { indexes: object; generation: number; index: PropertyIndex } | null = null;
  private handle(ctx: ExecContext): PropertyIndex {
    const c = this.cached;
    if (c && c.indexes === ctx.indexes && c.generation === ctx.indexes.generation) return c.index;
    const index = ctx.indexes.propertyIndex(this.label, this.property);
    this.cached = { indexes: ctx.indexes, generation: ctx.indexes.generation, index };
    return index;
  }
  /** Set by the planner (row-reuse.ts) when no consumer keeps rows: one scratch row for all input rows. */
  reuse = false;

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const v = this.variable;
    const check = this.check;
    const scratch: Row | null = this.reuse ? {} : null;
    this.source.execute(ctx, arg, (row) => {
      const value = this.value(row, ctx);
      if (value === null) return;
      let keys: Iterable<string>;
      const k = indexKey(value as CypherValue);
      if (k !== null) {
        const set = this.handle(ctx).byValue.get(k);
        if (!set) return;
        if (set.size === 1) {
          const key = set.values().next().value as string;
          if ((++ctx.ticks & 4095) === 0) tick(ctx);
          if (check && !check(key, row, ctx)) return;
          if (scratch === null) { emit(extendRow(row, v, new NodeRef(key))); return; }
          // input rows of one source share their variables: overwrite the scratch row in place
          for (const name in row) scratch[name] = row[name];
          scratch[v] = new NodeRef(key);
          emit(scratch);
          return;
        }
        keys = [...set];
      }
      else {
        // values the index does not hold (lists…): scan the label and compare
        keys = [...ctx.indexes.nodesWithLabel(this.label)].filter((k) => equals(nodeProperty(ctx, k, this.property), value) === true);
      }
      for (const key of keys) {
        tick(ctx);
        if (check && !check(key, row, ctx)) continue;
        emit(extendRow(row, v, new NodeRef(key)));
      }
    });
  }
}
