/** `--as-of DATE` for the commands that take it: a usage error (exit 2) when it is not a day. */
import { UsageError } from '../cli/usage.ts';
import { DateArgumentError, parseDateArgument } from './dates.ts';

export function asOfArgument(value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parseDateArgument(value, '--as-of');
  } catch (err) {
    if (err instanceof DateArgumentError) throw new UsageError(err.message, command);
    throw err;
  }
}
