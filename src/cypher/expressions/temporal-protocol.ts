/**
 * What the evaluator needs of temporal values beyond TemporalValue (values.ts). The temporal module
 * (src/cypher/temporal/) registers its implementation with `registerTemporalOps`; until it does,
 * temporal values compare by their string form and have no fields or arithmetic.
 */
import type { CypherValue, TemporalValue } from '../values.ts';

export interface TemporalOps {
  /** `d.year`, `dt.timezone`, `dur.minutes`, …; undefined when the field does not exist for that type. */
  field(value: TemporalValue, name: string): CypherValue | undefined;
  /** Ordering of two values of the same temporalType (null when not comparable). */
  compare(a: TemporalValue, b: TemporalValue): number | null;
  /** Total order of ORDER BY, min() and max() for two values of one temporalType (durations included). */
  order?(a: TemporalValue, b: TemporalValue): number;
  /** Cypher equality (same type and same value). */
  equals(a: TemporalValue, b: TemporalValue): boolean;
  /** a + b where one side is a Duration (or both); undefined when the types do not combine. */
  add(a: TemporalValue, b: TemporalValue): CypherValue | undefined;
  /** a - b where b is a Duration; undefined when the types do not combine. */
  subtract(a: TemporalValue, b: TemporalValue): CypherValue | undefined;
  /** duration * number / duration / number; undefined when not a Duration. */
  multiply(a: TemporalValue, factor: number | bigint): CypherValue | undefined;
  divide(a: TemporalValue, divisor: number | bigint): CypherValue | undefined;
}

let ops: TemporalOps | null = null;

export function registerTemporalOps(impl: TemporalOps): void { ops = impl; }
export function temporalOps(): TemporalOps | null { return ops; }
