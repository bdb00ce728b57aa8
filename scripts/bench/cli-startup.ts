/**
 * The CLI's start-up, as a user meets it: medians of --runs runs of `newsgraph --version`, `--help`,
 * `ingest` of one article into an empty store and into a copy of a large store (through its store
 * index), and `query` with no server (on the small store: start-up, not load). Wall and CPU seconds
 * (user + system, from /usr/bin/time) for each CLI given, runs interleaved so that the machine's load
 * weighs on each alike:
 *   - `bundle`: this checkout's bin/newsgraph.js (the prebuilt bundle, rebuilt first if stale);
 *   - `tsx`: the same with NEWSGRAPH_TSX=1 (the TypeScript sources through tsx, lexicons from sources);
 *   - `baseline`: another checkout's bin/newsgraph.js (--baseline, e.g. the main branch before).
 * The large store is copied first (never written in place).
 *
 *   node --import tsx scripts/bench/cli-startup.ts [--runs 5] [--store /work/data/store-20k/graph.json] [--baseline /work/main/bin/newsgraph.js] [--no-tsx]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg, tmpdir } from 'node:os';
import { showHelpIfAsked } from './help.ts';
import { median } from './median.ts';

showHelpIfAsked(import.meta.url);
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
const RUNS = Number(opt('--runs', '5'));
const STORE = opt('--store', '/work/data/store-20k/graph.json');
const BASELINE = opt('--baseline', '');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Cli { name: string; bin: string; env: NodeJS.ProcessEnv }
const clis: Cli[] = [{ name: 'bundle', bin: join(ROOT, 'bin', 'newsgraph.js'), env: {} }];
if (!args.includes('--no-tsx')) clis.push({ name: 'tsx', bin: join(ROOT, 'bin', 'newsgraph.js'), env: { NEWSGRAPH_TSX: '1' } });
if (BASELINE) clis.push({ name: 'baseline', bin: BASELINE, env: {} });

const ENV = { ...process.env, NEWSGRAPH_BACKGROUND_COMPACTION: '0', NEWSGRAPH_DB: '', NEO4J_URI: '' };

interface Timing { seconds: number; cpu: number }
function run(cli: Cli, argv: string[], expect?: RegExp): Timing {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'CPU=%U+%S', process.execPath, cli.bin, ...argv], { cwd: ROOT, env: { ...ENV, ...cli.env }, encoding: 'utf8', maxBuffer: 16 << 20 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 || (expect && !expect.test(r.stdout))) throw new Error(`${cli.name}: newsgraph ${argv.join(' ')} failed (${r.status}): ${r.stdout}${r.stderr}`);
  const cpu = /CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  return { seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN };
}

function main(): void {
  const work = join(tmpdir(), `newsgraph-cli-startup-${process.pid}`);
  mkdirSync(work, { recursive: true });
  let n = 0;
  const article = () => {
    const f = join(work, `one-${n}.txt`);
    writeFileSync(f, `Startup ${n} invests in Paris\n\nAcme Startup ${n} invested 5 million euros in Beta Labs ${n}, a company based in Lyon, on 3 March 2025. Jean Dupont, chief executive of Acme Startup ${n}, said the deal would close soon.\n`);
    n++;
    return f;
  };
  const stores = new Map<string, string>();
  const hasStore = existsSync(STORE);
  for (const cli of clis) {
    if (!hasStore) break;
    const dir = join(work, `store-${cli.name}`);
    mkdirSync(dir, { recursive: true });
    for (const ext of ['', '.wal', '.idx', '.idx.log']) if (existsSync(STORE + ext)) copyFileSync(STORE + ext, join(dir, 'graph.json' + ext));
    stores.set(cli.name, join(dir, 'graph.json'));
  }
  // one warm-up each (a stale bundle is rebuilt here, not in the timings; the page cache is filled)
  for (const cli of clis) run(cli, ['--version']);
  const cases: Array<[string, (cli: Cli, i: number) => string[], RegExp?]> = [
    ['--version', () => ['--version']],
    ['--help', () => ['--help']],
    ['ingest 1 article, empty store', (cli, i) => ['ingest', article(), '--db', join(work, `empty-${cli.name}-${i}`, 'graph.json'), '-q'], /1 new/],
    ...(hasStore ? [[`ingest 1 article, copy of ${STORE}`, (cli: Cli) => ['ingest', article(), '--db', stores.get(cli.name)!, '-q'], /through the store index: 1 new/] as [string, (cli: Cli, i: number) => string[], RegExp]] : []),
    ['query, no server (1-article store)', (cli) => ['query', 'MATCH (n) RETURN count(n) AS n', '--db', join(work, `empty-${cli.name}-0`, 'graph.json')]],
  ];
  const loads: number[] = [];
  const timings = new Map<string, Timing[]>();
  for (let i = 0; i < RUNS; i++) {
    loads.push(loadavg()[0]!);
    for (const [label, argv, expect] of cases) {
      for (const cli of clis) {
        const key = `${label}|${cli.name}`;
        timings.set(key, [...(timings.get(key) ?? []), run(cli, argv(cli, i), expect)]);
      }
    }
  }
  console.log(`newsgraph CLI start-up: medians of ${RUNS} runs, wall / CPU (user+system) seconds; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${cpus().length} cores`);
  console.log(`| command | ${clis.map((c) => c.name).join(' | ')} |${clis.length > 1 ? ` ${clis[0]!.name} vs ${clis.at(-1)!.name} (wall) |` : ''}`);
  console.log(`|---|${clis.map(() => '---:').join('|')}|${clis.length > 1 ? '---:|' : ''}`);
  for (const [label] of cases) {
    const cells = clis.map((cli) => {
      const t = timings.get(`${label}|${cli.name}`)!;
      return { wall: median(t.map((x) => x.seconds)), cpu: median(t.map((x) => x.cpu)) };
    });
    const ratio = clis.length > 1 ? ` ${(cells.at(-1)!.wall / cells[0]!.wall).toFixed(1)}× faster |` : '';
    console.log(`| ${label} | ${cells.map((c) => `${c.wall.toFixed(2)} / ${c.cpu.toFixed(2)}`).join(' | ')} |${ratio}`);
  }
  rmSync(work, { recursive: true, force: true });
}

main();
