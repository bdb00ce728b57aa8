/**
 * Row reuse: an Expand may emit one scratch row per input row (overwritten for each relationship), and
 * an IndexSeek one scratch row for all its input, when no operator above keeps rows beyond the emit
 * call. This pass marks them, walking down from the root with "does my consumer retain rows?".
 */
import type { Operator } from '../runtime/context.ts';
import { Expand } from '../operators/expand.ts';
import { IndexSeek } from '../operators/index-seek.ts';
import { Create } from '../operators/create.ts';

/** Operators that pass their input rows on unchanged (their consumer decides). */
const PASS_THROUGH = new Set(['Filter', 'Limit', 'Skip', 'Distinct', 'Union']);
/** Operators that only read input rows and emit new objects. */
const COPYING = new Set([
  'Projection', 'EagerAggregation', 'Expand', 'NodeIndexSeek', 'NodeByLabelScan', 'AllNodesScan', 'Unwind',
  'ProcedureCall', 'ShortestPath', 'VarLengthExpand',
]);

export function markRowReuse(op: Operator, consumerRetains = true): void {
  if (op instanceof Expand || op instanceof IndexSeek) op.reuse = !consumerRetains;
  let childRetains: boolean;
  if (PASS_THROUGH.has(op.name)) childRetains = consumerRetains;
  else if (op instanceof Create && op.streaming) childRetains = false; // copies each row, or drops it (discard)
  else if (COPYING.has(op.name)) childRetains = false;
  else childRetains = true; // Sort, writes, Optional, Apply, Argument, anything unknown: be safe
  for (const c of op.children) markRowReuse(c, childRetains);
}
