/**
 * Limits that must hold inside expressions, not only between rows: a `reduce`, a list comprehension, a
 * `range()` or a list concatenation can run for minutes or fill the heap within one row. The engine
 * installs one guard per query (module state: execution is synchronous, so exactly one query runs on a
 * thread at a time) and the expression code reports its work and the list cells it allocates here.
 *
 * - work: units of effort (elements visited or copied); every WORK_CHECK units the deadline is read.
 * - cells: list elements created over the query's life (never given back: an upper bound of what it
 *   holds), against the memory budget. A cell is counted as CELL_BYTES bytes (a pointer and a boxed value).
 */
import { CypherError } from '../errors.ts';

export const CELL_BYTES = 32;
/** What an operator that holds a row until the end (Sort) counts for it. */
export const ROW_CELLS = 4;
const WORK_CHECK = 1 << 15;

export interface QueryGuard {
  /** Date.now() deadline, or Infinity. */
  deadline: number;
  /** List cells the query may still allocate (Infinity: no budget). */
  cellsLeft: number;
  /** The budget as given, for the error message (MB). */
  budgetMb: number;
  /** Work done since the deadline was last read. */
  work: number;
}

let current: QueryGuard | null = null;

export function timeoutError(): CypherError {
  return new CypherError('Timeout', 'The query exceeded its time limit', 'runtime', 'Timeout');
}

export function memoryError(budgetMb: number): CypherError {
  return new CypherError('MemoryLimit', `The query used more than its memory budget of ${budgetMb} MB (lists it built or collected); narrow it, or raise --max-memory`, 'runtime', 'MemoryLimit');
}

/** A guard for a query with these limits (undefined = none). */
export function makeGuard(timeoutMs: number | undefined, maxMemoryMb: number | undefined): QueryGuard {
  return {
    deadline: timeoutMs !== undefined ? Date.now() + timeoutMs : Infinity,
    cellsLeft: maxMemoryMb !== undefined ? Math.floor((maxMemoryMb * 1024 * 1024) / CELL_BYTES) : Infinity,
    budgetMb: maxMemoryMb ?? Infinity,
    work: 0,
  };
}

/** Installs `g` for the query about to run; returns the guard to put back with `restoreGuard`. */
export function enterGuard(g: QueryGuard): QueryGuard | null {
  const prev = current;
  current = g;
  return prev;
}

export function restoreGuard(prev: QueryGuard | null): void {
  current = prev;
}

/** Reports `units` of work; reads the clock every WORK_CHECK units. */
export function work(units: number): void {
  const g = current;
  if (g === null) return;
  g.work += units;
  if (g.work >= WORK_CHECK) {
    g.work = 0;
    if (Date.now() > g.deadline) throw timeoutError();
  }
}

/**
 * Reports a list of `cells` elements that is usually consumed at once (range() feeding UNWIND): it must
 * fit in what is left of the budget, but is not charged for the query's life — charging it made a long
 * cartesian product of small ranges "run out of memory" it never held.
 */
export function allocateTransient(cells: number): void {
  const g = current;
  if (g === null) return;
  if (cells > g.cellsLeft) throw memoryError(g.budgetMb);
  work(cells);
}

/** Reports `cells` new list elements (also as work); throws when the memory budget is spent. */
export function allocate(cells: number): void {
  const g = current;
  if (g === null) return;
  g.cellsLeft -= cells;
  if (g.cellsLeft < 0) throw memoryError(g.budgetMb);
  g.work += cells;
  if (g.work >= WORK_CHECK) {
    g.work = 0;
    if (Date.now() > g.deadline) throw timeoutError();
  }
}
