/** Skip and Limit. Limit stops its source early by unwinding with a private signal. */
import { CypherError } from '../errors.ts';
import type { ExecContext, Operator } from '../runtime/context.ts';
import { typeName, type Row, type Value } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';

export function countValue(v: Value, what: 'SKIP' | 'LIMIT'): number {
  if (typeof v === 'number' && Number.isInteger(v)) v = BigInt(v);
  if (typeof v !== 'bigint') {
    throw new CypherError('SyntaxError', `${what} must be a non-negative integer, got ${typeName(v)}`, 'runtime', 'InvalidArgumentType');
  }
  if (v < 0n) throw new CypherError('SyntaxError', `${what} must be a non-negative integer, got ${v}`, 'runtime', 'NegativeIntegerArgument');
  return Number(v);
}

export class Skip implements Operator {
  readonly name = 'Skip';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly count: Fn) { this.children = [source]; }
  detail(): string { return ''; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const n = countValue(this.count(arg, ctx), 'SKIP');
    let seen = 0;
    this.source.execute(ctx, arg, (row) => {
      if (seen++ >= n) emit(row);
    });
  }
}

/** Thrown to stop the source early; one shared instance (creating errors captures a stack trace). */
const STOP = { stop: true };

export class Limit implements Operator {
  readonly name = 'Limit';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly count: Fn) { this.children = [source]; }
  detail(): string { return ''; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const n = countValue(this.count(arg, ctx), 'LIMIT');
    if (n === 0) {
      // the source still runs: writes before LIMIT 0 happen
      this.source.execute(ctx, arg, () => {});
      return;
    }
    let seen = 0;
    try {
      this.source.execute(ctx, arg, (row) => {
        emit(row);
        if (++seen >= n) throw STOP;
      });
    } catch (e) {
      if (e !== STOP) throw e;
    }
  }
}
