/**
 * Groups failed scenarios by cause: the first line of each reason with names, numbers and positions
 * blanked out, most frequent first, each with one example scenario.
 */
import type { ScenarioResult } from './run-scenario.ts';

export interface FailureGroup { cause: string; count: number; example: string }

export function failureCause(reason: string): string {
  return reason.split('\n')[0]
    .replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)/g, '')
    .replace(/`[^`]*`/g, '`…`')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\b\d+(\.\d+)?\b/g, 'N')
    .slice(0, 160);
}

export function groupFailures(results: ScenarioResult[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const r of results) {
    if (r.passed) continue;
    const cause = failureCause(r.reason ?? '');
    const g = groups.get(cause);
    if (g) g.count++;
    else groups.set(cause, { cause, count: 1, example: r.id });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause));
}
