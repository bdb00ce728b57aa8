/**
 * Per-file durations of a vitest run, slowest first, and beside them those of a second run to compare:
 *   npx vitest run --reporter=json --outputFile=/tmp/vitest.json
 *   node --import tsx scripts/bench/test-durations.ts /tmp/vitest.json [/tmp/other.json] [--top N]
 * A file's time is its wall time in its worker (set-up included); on a shared machine compare shares and
 * ratios, not absolute seconds.
 */
import { readFileSync } from 'node:fs';

interface FileTimes { wall: number; tests: number; count: number; status: string }
interface Run { total: number; passed: number; failed: number; files: Map<string, FileTimes>; failures: string[] }
interface JsonReport {
  numTotalTests: number; numPassedTests: number; numFailedTests: number;
  testResults: Array<{ name: string; startTime: number; endTime: number; status: string; assertionResults: Array<{ fullName: string; status: string; duration?: number | null }> }>;
}

function readRun(path: string): Run {
  const report = JSON.parse(readFileSync(path, 'utf8')) as JsonReport;
  const files = new Map<string, FileTimes>();
  const failures: string[] = [];
  for (const r of report.testResults) {
    const name = r.name.replace(/^.*?\/(tests\/)/, '$1');
    files.set(name, {
      wall: (r.endTime - r.startTime) / 1000,
      tests: r.assertionResults.reduce((s, a) => s + (a.duration ?? 0), 0) / 1000,
      count: r.assertionResults.length,
      status: r.status,
    });
    for (const a of r.assertionResults) if (a.status === 'failed') failures.push(`${name} > ${a.fullName}`);
  }
  return { total: report.numTotalTests, passed: report.numPassedTests, failed: report.numFailedTests, files, failures };
}

const sum = (run: Run): number => [...run.files.values()].reduce((s, f) => s + f.wall, 0);
const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 15;
const [first, second] = args;
if (!first) {
  console.error('usage: node --import tsx scripts/bench/test-durations.ts RUN.json [OTHER.json] [--top N]');
  process.exit(2);
}
const a = readRun(first);
const b = second ? readRun(second) : undefined;
for (const [label, run] of [['A', a], ['B', b]] as const) {
  if (run) console.log(`${label}: ${run.total} tests, ${run.passed} passed, ${run.failed} failed; files' walls add up to ${sum(run).toFixed(0)} s`);
}
const totalA = sum(a);
for (const [name, f] of [...a.files].sort((x, y) => y[1].wall - x[1].wall).slice(0, top)) {
  const other = b?.files.get(name);
  const after = other ? `  → ${other.wall.toFixed(1).padStart(6)} s (${(other.wall / f.wall).toFixed(2)}x)` : '';
  console.log(`${f.wall.toFixed(1).padStart(7)} s ${((100 * f.wall) / totalA).toFixed(1).padStart(5)}%  ${String(f.count).padStart(3)} tests${after}  ${name}`);
}
for (const run of [a, b]) for (const f of run?.failures ?? []) console.log(`FAILED ${f}`);
