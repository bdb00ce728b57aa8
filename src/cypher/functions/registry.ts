/**
 * Registry of scalar functions that need nothing but their arguments (string, math, list, type
 * conversion, temporal constructors). Graph-aware functions (id, labels, type, startNode, …) and
 * aggregations live with the executor. Each family registers itself from its own file.
 */
import type { CypherValue } from '../values.ts';

export interface ScalarFunction {
  /** Lower-case, with namespace when it has one: 'tolower', 'date.truncate', 'duration.between'. */
  name: string;
  minArgs: number;
  /** Infinity for variadic functions such as coalesce. */
  maxArgs: number;
  /** false for rand() and friends, so the planner never folds them into constants. */
  deterministic?: boolean;
  /** Throws CypherError('TypeError' | 'ArgumentError', …, 'runtime') on bad input; null in → null out unless documented otherwise. */
  call(args: CypherValue[]): CypherValue;
}

const functions = new Map<string, ScalarFunction>();

export function registerFunctions(...fns: ScalarFunction[]): void {
  for (const fn of fns) functions.set(fn.name.toLowerCase(), fn);
}

export function lookupFunction(name: string): ScalarFunction | undefined {
  return functions.get(name.toLowerCase());
}

export function functionNames(): string[] {
  return [...functions.keys()].sort();
}
