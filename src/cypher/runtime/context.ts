/**
 * What operators and compiled expressions receive at run time: the graph and its adapter and indexes,
 * parameters, the write log (statistics and undo), limits, and registered procedures.
 */
import { CypherError } from '../errors.ts';
import type { Graph, GraphAdapter } from '../storage/adapter.ts';
import type { GraphIndexes } from '../storage/indexes.ts';
import { fromStorage } from '../storage/convert.ts';
import type { Row, Value } from './value.ts';
import type { RelRef } from './entities.ts';
import type { WriteLog } from './write-log.ts';
import type { ProcedureRegistry } from './procedures.ts';

export interface ExecContext {
  graph: Graph;
  adapter: GraphAdapter;
  indexes: GraphIndexes;
  params: Record<string, Value>;
  log: WriteLog;
  procedures: ProcedureRegistry;
  /** Date.now() deadline, or Infinity. */
  deadline: number;
  /** Counter for cheap periodic deadline checks. */
  ticks: number;
  /** True when nothing changes the graph during this query (no writes, no procedure calls). */
  stable?: boolean;
  /** False turns the columnar (vectorised) read paths off: every query runs row at a time. */
  columnar?: boolean;
  /** Fresh graphology keys for nodes and relationships the query creates. */
  newNodeKey(): string;
  newRelKey(): string;
}

/** Call once per produced/scanned row in loops; checks the deadline every 4096 calls. */
export function tick(ctx: ExecContext): void {
  if ((++ctx.ticks & 4095) === 0 && Date.now() > ctx.deadline) {
    throw new CypherError('Timeout', 'The query exceeded its time limit', 'runtime', 'Timeout');
  }
}

export function nodeProperty(ctx: ExecContext, key: string, name: string): Value {
  let raw: unknown;
  try {
    raw = ctx.adapter.nodeProperty(ctx.graph, key, name);
  } catch {
    throw deletedEntity('node', key);
  }
  return fromStorage(raw) as Value;
}

/** A relationship's property; uses the attributes cached on a RelRef of a stable query (domain adapter). */
export function relRefProperty(ctx: ExecContext, rel: RelRef, name: string): Value {
  const a = rel.attrs;
  if (a !== null && name !== 'type' && name !== 'key') return fromStorage(a[name]) as Value;
  return relProperty(ctx, rel.key, name);
}

export function relProperty(ctx: ExecContext, key: string, name: string): Value {
  let raw: unknown;
  try {
    raw = ctx.adapter.relProperty(ctx.graph, key, name);
  } catch {
    throw deletedEntity('relationship', key);
  }
  return fromStorage(raw) as Value;
}

export function deletedEntity(what: string, key: string): CypherError {
  return new CypherError('EntityNotFound', `The ${what} ${key} has been deleted`, 'runtime', 'DeletedEntityAccess');
}

/** An operator: pushes each output row for the input (argument) row to `emit`. */
export interface Operator {
  readonly name: string;
  /** One-line detail for EXPLAIN. */
  detail(): string;
  readonly children: Operator[];
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void;
}
