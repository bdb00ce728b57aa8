/**
 * timestamp(): milliseconds since the Unix epoch as an Integer, read from the statement clock of
 * ../temporal/clock.ts, so every call within one statement returns the same value (as in Neo4j, where
 * timestamp() equals datetime().epochMillis). Not deterministic: a planner must not fold it.
 */
import { currentInstant } from '../temporal/clock.ts';
import { registerFunctions, type ScalarFunction } from './registry.ts';

export const clockFunctions: ScalarFunction[] = [
  {
    name: 'timestamp', minArgs: 0, maxArgs: 0, deterministic: false,
    call() {
      const { epochSecond, nano } = currentInstant('statement');
      return BigInt(epochSecond) * 1000n + BigInt(Math.floor(nano / 1_000_000));
    },
  },
];

registerFunctions(...clockFunctions);
