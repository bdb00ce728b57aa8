/**
 * Plugs this library into the evaluator's temporal protocol (../expressions/temporal-protocol.ts):
 * property access, comparison, equality and arithmetic on temporal values go through these functions.
 * The protocol's convention: undefined = "these types do not combine", and the evaluator raises its error.
 */
import { registerTemporalOps } from '../expressions/temporal-protocol.ts';
import type { CypherValue, TemporalValue } from '../values.ts';
import { addTemporal, divideDuration, multiplyDuration, subtractTemporal } from './arithmetic.ts';
import { compareTemporal, orderTemporal, temporalEquals } from './compare.ts';
import { isTemporalPoint } from './fields.ts';
import { DurationValue } from './duration.ts';
import { temporalProperty } from './properties.ts';

registerTemporalOps({
  field: (value, name) => temporalProperty(value, name),
  compare: (a, b) => compareTemporal(a, b),
  order: (a, b) => orderTemporal(a, b),
  equals: (a, b) => temporalEquals(a, b),
  add(a: TemporalValue, b: TemporalValue): CypherValue | undefined {
    const ok = (a instanceof DurationValue && (b instanceof DurationValue || isTemporalPoint(b)))
      || (isTemporalPoint(a) && b instanceof DurationValue);
    return ok ? addTemporal(a, b) : undefined;
  },
  subtract(a: TemporalValue, b: TemporalValue): CypherValue | undefined {
    const ok = b instanceof DurationValue && (a instanceof DurationValue || isTemporalPoint(a));
    return ok ? subtractTemporal(a, b) : undefined;
  },
  multiply: (a, factor) => (a instanceof DurationValue ? multiplyDuration(a, factor) : undefined),
  divide: (a, divisor) => (a instanceof DurationValue ? divideDuration(a, divisor) : undefined),
});
