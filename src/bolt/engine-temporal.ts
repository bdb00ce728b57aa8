/**
 * Bridges Bolt temporal parameters to the engine's own temporal classes (src/cypher/temporal/), when
 * they are there: the engine parses Cypher's string form through its temporal functions.
 */
import type { TemporalFactory } from './decode-values.ts';

export async function engineTemporalFactory(): Promise<TemporalFactory | undefined> {
  return undefined;
}
