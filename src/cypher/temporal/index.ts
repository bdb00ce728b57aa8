/**
 * Cypher temporal values: Date, LocalTime, Time, LocalDateTime, DateTime and Duration, with nanosecond
 * precision, fixed-offset and IANA time zones (rules from the platform's Intl), as Neo4j implements them.
 * A library: nothing here knows the executor; the one link is ./engine-ops.ts, which fills the
 * evaluator's temporal protocol. Importing this module registers the temporal functions (date(),
 * datetime.truncate(), duration.between(), …) in ../functions/registry.ts.
 *
 * Wiring for the engine
 * ---------------------
 * Importing this module also registers the evaluator's TemporalOps (../expressions/temporal-protocol.ts,
 * see ./engine-ops.ts), which already routes property access, comparison, equality and arithmetic here;
 * the engine only has to import this module once (e.g. from src/cypher/index.ts).
 *
 * Values: instances of the six classes below; each has `temporalType` and `toString()` (the TCK's form,
 * also `toJSON()`), so result serialisation is `String(value)`. `isTemporalValue(v)` tests for any of them.
 *
 * Property access `x.name` on a temporal value:
 *   const r = temporalProperty(x, name);   // bigint (Integer) | string | undefined (= no such property)
 *
 * Arithmetic, when either operand is temporal (null in → null out; a bad pair throws a TypeError):
 *   a + b  → addTemporal(a, b)        instant + duration, duration + instant, duration + duration
 *   a - b  → subtractTemporal(a, b)   instant - duration, duration - duration
 *   a * b  → multiplyDuration(a, b)   duration * number, number * duration
 *   a / b  → divideDuration(a, b)     duration / number
 *   -a     → a.negate()               for a DurationValue
 *
 * Comparison:
 *   a < b, <=, >, >=  → compareTemporal(a, b): negative/0/positive, or null when incomparable
 *                       (different types, or durations) — Cypher then yields null
 *   a = b, <>         → temporalEquals(a, b) (false across types)
 *   ORDER BY, min/max → orderTemporal(a, b): total order (durations by average length, which
 *                       compareTemporal leaves null); across temporal types use TEMPORAL_TYPE_ORDER
 *                       (Neo4j: … Path < DateTime < LocalDateTime < Date < Time < LocalTime < Duration < String …)
 *   DISTINCT, grouping, hashing → temporalKey(v): equal strings exactly when temporalEquals
 *
 * Clock: date(), datetime() … read one instant per statement. Call `beginStatement()` when a query
 * starts (and `endStatement()` when it ends) so that every call in a statement sees the same "now";
 * without it, "now" is frozen until the current macrotask ends. `setDefaultZone(parseZone('Europe/Paris'))`
 * changes the zone used when none is given (UTC by default).
 *
 * Storage: temporal values can be stored as node/relationship properties as they are (immutable).
 * `parseTemporalLiteral(type, text)` rebuilds one from its `toString()` form (e.g. when loading JSON).
 */
import './functions.ts';
import './engine-ops.ts';
import type { TemporalValue } from '../values.ts';
import { DurationValue } from './duration.ts';
import { getDefaultZone } from './clock.ts';
import { parseDate, parseDateTime, parseDuration, parseLocalDateTime, parseLocalTime, parseTime } from './parse.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './values.ts';

export { DateValue, LocalTimeValue, TimeValue, LocalDateTimeValue, DateTimeValue } from './values.ts';
export { DurationValue } from './duration.ts';
export { temporalProperty, temporalPropertyNames } from './properties.ts';
export { addTemporal, subtractTemporal, multiplyDuration, divideDuration } from './arithmetic.ts';
export { compareTemporal, temporalEquals, orderTemporal, temporalKey, TEMPORAL_TYPE_ORDER } from './compare.ts';
export { durationBetween, type BetweenUnit } from './between.ts';
export { truncateTemporal, type TruncateTarget } from './truncate.ts';
export { beginStatement, endStatement, setDefaultZone, getDefaultZone, currentInstant, type Instant } from './clock.ts';
export { parseZone, formatOffset, type Zone } from './zones.ts';
export {
  parseDate, parseLocalTime, parseTime, parseLocalDateTime, parseDateTime, parseDuration,
} from './parse.ts';
export {
  dateFromMap, localTimeFromMap, timeFromMap, localDateTimeFromMap, dateTimeFromMap, dateTimeFromEpoch,
} from './construct.ts';
export { durationFromMap, TEMPORAL_FUNCTION_NAMES } from './functions.ts';

export type AnyTemporal = DateValue | LocalTimeValue | TimeValue | LocalDateTimeValue | DateTimeValue | DurationValue;

export function isTemporalValue(v: unknown): v is AnyTemporal {
  return v instanceof DateValue || v instanceof LocalTimeValue || v instanceof TimeValue
    || v instanceof LocalDateTimeValue || v instanceof DateTimeValue || v instanceof DurationValue;
}

/** Rebuilds a temporal value of the given type from its string form. */
export function parseTemporalLiteral(type: TemporalValue['temporalType'], text: string): AnyTemporal {
  switch (type) {
    case 'Date': return parseDate(text);
    case 'LocalTime': return parseLocalTime(text);
    case 'Time': return parseTime(text, () => getDefaultZone().offset);
    case 'LocalDateTime': return parseLocalDateTime(text);
    case 'DateTime': return parseDateTime(text, getDefaultZone);
    case 'Duration': return parseDuration(text);
  }
}
