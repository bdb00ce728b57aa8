/**
 * Row reuse: an Expand may emit one scratch row per input row (overwritten for each relationship) when
 * no operator above it keeps rows beyond the emit call. This pass marks such Expands, walking down from
 * the root with "does my consumer retain rows?".
 */
import type { Operator } from '../runtime/context.ts';
import { Expand } from '../operators/expand.ts';

/** Operators that pass their input rows on unchanged (their consumer decides). */
const PASS_THROUGH = new Set(['Filter', 'Limit', 'Skip', 'Distinct', 'Union']);
/** Operators that only read input rows and emit new objects. */
const COPYING = new Set([
  'Projection', 'EagerAggregation', 'Expand', 'NodeIndexSeek', 'NodeByLabelScan', 'AllNodesScan', 'Unwind',
  'ProcedureCall', 'ShortestPath', 'VarLengthExpand',
]);

export function markRowReuse(op: Operator, consumerRetains = true): void {
  if (op instanceof Expand) op.reuse = !consumerRetains;
  let childRetains: boolean;
  if (PASS_THROUGH.has(op.name)) childRetains = consumerRetains;
  else if (COPYING.has(op.name)) childRetains = false;
  else childRetains = true; // Sort, writes, Optional, Apply, Argument, anything unknown: be safe
  for (const c of op.children) markRowReuse(c, childRetains);
}
