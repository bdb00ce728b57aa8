/** The run's summary: a per-folder table, then the line `N passed, M failed`. */
import type { TckScenario } from './features.ts';
import type { ScenarioResult } from './run-scenario.ts';

export interface FolderCount { folder: string; passed: number; failed: number; total: number }

export function countByFolder(scenarios: TckScenario[], results: ScenarioResult[]): FolderCount[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  const folders = new Map<string, FolderCount>();
  for (const s of scenarios) {
    let c = folders.get(s.folder);
    if (!c) folders.set(s.folder, (c = { folder: s.folder, passed: 0, failed: 0, total: 0 }));
    c.total++;
    if (byId.get(s.id)?.passed) c.passed++;
    else c.failed++;
  }
  return [...folders.values()].sort((a, b) => a.folder.localeCompare(b.folder));
}

export function formatTable(counts: FolderCount[]): string {
  const total = counts.reduce((t, c) => ({ folder: 'total', passed: t.passed + c.passed, failed: t.failed + c.failed, total: t.total + c.total }),
    { folder: 'total', passed: 0, failed: 0, total: 0 });
  const width = Math.max(6, ...counts.map((c) => c.folder.length));
  const line = (folder: string, p: string, f: string, t: string): string =>
    `${folder.padEnd(width)}  ${p.padStart(6)}  ${f.padStart(6)}  ${t.padStart(6)}`;
  const rule = '-'.repeat(width + 24);
  return [
    line('folder', 'passed', 'failed', 'total'),
    rule,
    ...counts.map((c) => line(c.folder, String(c.passed), String(c.failed), String(c.total))),
    rule,
    line('total', String(total.passed), String(total.failed), String(total.total)),
  ].join('\n');
}

export function summaryLine(results: ScenarioResult[]): string {
  const passed = results.filter((r) => r.passed).length;
  return `${passed} passed, ${results.length - passed} failed`;
}

export function passingIds(results: ScenarioResult[]): string[] {
  return results.filter((r) => r.passed).map((r) => r.id).sort();
}
