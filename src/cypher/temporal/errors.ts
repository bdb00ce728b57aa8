/** The temporal library's errors, in the engine's CypherError shape (always raised at runtime). */
import { CypherError } from '../errors.ts';

/** A value of the right type but not acceptable (bad date, unknown unit, unparsable string). */
export function invalidValue(message: string): CypherError {
  return new CypherError('ArgumentError', message, 'runtime', 'InvalidArgumentValue');
}

/** A value of the wrong type. */
export function invalidType(message: string): CypherError {
  return new CypherError('TypeError', message, 'runtime', 'InvalidArgumentType');
}

/** A result outside the supported range (year ±999,999,999, 64-bit durations). */
export function outOfRange(message: string): CypherError {
  return new CypherError('ArgumentError', message, 'runtime', 'NumberOutOfRange');
}
