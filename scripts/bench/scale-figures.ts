/**
 * The pure half of scripts/bench/scale.ts: where a store of N articles lives, which files make it,
 * how many runs each size gets, what `/usr/bin/time` said, whether a store was left as it was, and the
 * Markdown table the README takes as is. No I/O here, so that a unit test can check each of them.
 */

export { median } from './median.ts';

/** `20000` → `20k`, `1500` → `1500`: the name scale-store.ts gives a size in its `{k}` pattern. */
export function sizeLabel(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

/** The store file of `n` articles: `{k}` in the pattern becomes `20k`, `{n}` becomes `20000`. */
export function storeFileOf(pattern: string, n: number): string {
  return pattern.replaceAll('{k}', sizeLabel(n)).replaceAll('{n}', String(n));
}

/** Parses `--sizes 20000,50k`: positive whole numbers of articles (`k` for thousands). */
export function parseSizes(spec: string): number[] {
  return spec.split(',').map((s) => {
    const t = s.trim();
    const n = /^\d+k$/i.test(t) ? Number(t.slice(0, -1)) * 1000 : Number(t);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--sizes: '${t}' is not a number of articles (e.g. 20000 or 20k)`);
    return n;
  });
}

/** Runs per size when --runs is not given: 3, and 1 from 100,000 articles (one cold load there takes minutes on a busy machine). */
export function defaultRuns(sizes: readonly number[]): number[] {
  return sizes.map((n) => (n >= 100_000 ? 1 : 3));
}

/** `--runs 3` (every size) or `--runs 3,3,1` (one per size, in the order of --sizes). */
export function runsPerSize(spec: string, sizes: readonly number[]): number[] {
  const parts = spec.split(',').map((s) => Number(s.trim()));
  if (parts.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--runs: '${spec}' is not a positive whole number, or one per size`);
  if (parts.length === 1) return sizes.map(() => parts[0]!);
  if (parts.length !== sizes.length) throw new Error(`--runs: ${parts.length} counts for ${sizes.length} sizes (give one, or one per size)`);
  return parts;
}

/**
 * The files that make a store whose snapshot is `base` (a file name, without its folder), among the
 * names in its folder: the snapshot, and whatever is named after it (batch log, store index and its log,
 * curation log) — but not a running server's discovery file nor a save's temporary, which belong to a
 * process, not to the store.
 */
export function storeFileNames(names: readonly string[], base: string): string[] {
  return names.filter((n) => n === base || (n.startsWith(`${base}.`) && !n.endsWith('.server.json') && !/\.tmp(-|$)|\.tmp\.|~$/.test(n))).sort();
}

/** What `/usr/bin/time -f 'RSS=%M CPU=%U+%S'` printed: CPU seconds (user + system) and peak RSS in bytes. */
export function parseTimeFigures(stderr: string): { cpu: number; rss: number } {
  const cpu = /CPU=([\d.]+)\+([\d.]+)/.exec(stderr);
  const rss = /RSS=(\d+)/.exec(stderr);
  return { cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, rss: rss ? Number(rss[1]) * 1024 : NaN };
}

/** Size and modification time of each file of a store, to check that a run left it as it was. */
export type Fingerprint = ReadonlyMap<string, { size: number; mtimeMs: number }>;

/** The differences between two fingerprints of one store, in words; none when it was left as it was. */
export function fingerprintChanges(before: Fingerprint, after: Fingerprint): string[] {
  const out: string[] = [];
  for (const [name, b] of before) {
    const a = after.get(name);
    if (!a) out.push(`${name} removed`);
    else if (a.size !== b.size || a.mtimeMs !== b.mtimeMs) out.push(`${name} changed (${b.size} → ${a.size} bytes)`);
  }
  for (const name of after.keys()) if (!before.has(name)) out.push(`${name} added`);
  return out;
}

/** The message for a store that is not there: where it was looked for, and the command that builds it. */
export function missingStoreMessage(n: number, file: string, pattern: string): string {
  return `no store of ${n.toLocaleString('en')} articles at ${file}: build it once with\n` +
    `  node --import tsx scripts/bench/scale-store.ts --articles ${n} --real 3000 --out '${pattern.replaceAll('{n}', String(n))}'\n` +
    `(the real pipeline on 3,000 generated articles, then renamed replicas; ~${Math.max(1, Math.round(n / 20000))}–${Math.max(2, Math.round(n / 5000))} min), or run this with --build`;
}

/** Wall and CPU seconds of one measure (a median over runs), with the peak RSS when one was taken. */
export interface Timed { wall: number; cpu: number; rss?: number }

/** A query through the server: its first run on a started server (seconds, or its error), then the median wall of the next runs. */
export interface QueryFigures { first: number | string; median: number }

/** One size's figures, as scale.ts measures them (NaN or undefined: not measured; a string: why it failed). */
export interface ScaleRow {
  articles: number;
  runs: number;
  nodes: number;
  relations: number;
  snapshotBytes: number;
  indexBytes: number;
  /** Batch log and store-index log, whatever has not been compacted yet. */
  logBytes: number;
  /** `newsgraph stats` in a new process: the CLI's cold load. */
  coldStats: Timed | string;
  /** The cold-load bench's path (scripts/bench/cold-load.ts): read, decode, build the graph. */
  coldLoad: Timed | string;
  /** Heap the loaded graph holds after a full GC. */
  heapBytes: number;
  /** A batch of `batch` articles from the CLI into the store (through its index): articles per second. */
  batch: number;
  batchIngest: Timed | string;
  /** One article from the CLI, no server running. */
  cliAppend: Timed | string;
  /** `serve` from its start until GET /api/stats answers (wall, its CPU by then), and its peak RSS at the end. */
  serverStart: Timed | string;
  /** One article per POST /api/ingest: wall, and the server's CPU for it. */
  serverAppend: Timed | string;
  /** POST /api/query: a company by name, and a top-5 aggregate over every investment. */
  queryByName: QueryFigures | string;
  queryTop: QueryFigures | string;
  /** Articles/s of the real pipeline when scale-store.ts built the store in this run; undefined when it was there. */
  builtRate?: number;
  /** One-minute load average when the size started and when it ended. */
  load: [number, number];
}

const int = (n: number): string => Math.round(n).toLocaleString('en');
const mb = (bytes: number): string => (Number.isFinite(bytes) ? `${int(bytes / 2 ** 20)} MB` : '–');
const gbOrMb = (bytes: number): string => (bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : mb(bytes));
const secs = (s: number): string => (!Number.isFinite(s) ? '–' : s >= 10 ? `${s.toFixed(0)} s` : `${s.toFixed(1)} s`);
const ms = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '–');
const failed = (why: string): string => `failed: ${why.split('\n')[0]!.slice(0, 80).replaceAll('|', '/')}`;

/** `12 s / CPU 9.1 s, 640 MB`: wall, CPU and (if taken) peak RSS. */
export function formatTimed(t: Timed | string, withRss = true): string {
  if (typeof t === 'string') return failed(t);
  const rss = withRss && t.rss !== undefined ? `, ${gbOrMb(t.rss)}` : '';
  return `${secs(t.wall)} / CPU ${secs(t.cpu)}${rss}`;
}

/** The table's columns; `loadPath` names the cold-load bench's path measured (`records`, `columns`…). */
/** `6 ms / 60 ms (first 1.2 s / failed: …)`: the medians, then the first runs. */
export function formatQueries(byName: QueryFigures | string, top: QueryFigures | string): string {
  const warm = (q: QueryFigures | string) => (typeof q === 'string' ? failed(q) : ms(q.median * 1000));
  const first = (q: QueryFigures | string) => (typeof q === 'string' ? '–' : typeof q.first === 'string' ? failed(q.first) : secs(q.first));
  return `${warm(byName)} / ${warm(top)} (first ${first(byName)} / ${first(top)})`;
}

export const scaleColumns = (loadPath: string): string[] => [
  'articles', 'nodes / relations', 'snapshot + index on disk', 'cold `stats`, CLI (wall / CPU, peak RSS)',
  `cold load, \`${loadPath}\` path (wall / CPU, peak RSS)`, 'heap held (per article, per relation)', 'ingest, CLI, into the store',
  '+1 article, CLI, no server', 'server start (until it answers: wall / CPU; its peak RSS)', '+1 article, server (wall / server CPU)', 'query via server (by name / top 5; the first after start)',
  'built (real pipeline)', 'load average (start → end)',
];

/** One table row's cells, in the order of scaleColumns. */
export function rowCells(r: ScaleRow): string[] {
  const perArticle = r.heapBytes / r.articles, perRel = r.heapBytes / r.relations;
  const heap = Number.isFinite(r.heapBytes) ? `${gbOrMb(r.heapBytes)} (${(perArticle / 1024).toFixed(1)} KB, ${int(perRel)} B)` : '–';
  const batch = typeof r.batchIngest === 'string' ? failed(r.batchIngest)
    : `**${int(r.batch / r.batchIngest.wall)} articles/s** (${int(r.batch)} in ${formatTimed(r.batchIngest, false)})`;
  const serverStart = typeof r.serverStart === 'string' ? failed(r.serverStart)
    : `${formatTimed({ wall: r.serverStart.wall, cpu: r.serverStart.cpu }, false)}${r.serverStart.rss !== undefined ? `; ${gbOrMb(r.serverStart.rss)}` : ''}`;
  const logs = r.logBytes >= 1024 ? ` (+${int(r.logBytes / 1024)} KB logs)` : ''; // an empty log is its header alone
  return [
    int(r.articles),
    `${int(r.nodes)} / ${int(r.relations)}`,
    `${mb(r.snapshotBytes)} + ${mb(r.indexBytes)}${logs}`,
    formatTimed(r.coldStats),
    formatTimed(r.coldLoad),
    heap,
    batch,
    typeof r.cliAppend === 'string' ? failed(r.cliAppend) : `**${formatTimed(r.cliAppend, false)}**`,
    serverStart,
    typeof r.serverAppend === 'string' ? failed(r.serverAppend) : `**${ms(r.serverAppend.wall * 1000)}** / CPU ${ms(r.serverAppend.cpu * 1000)}`,
    formatQueries(r.queryByName, r.queryTop),
    r.builtRate === undefined ? 'kept' : `${int(r.builtRate)} articles/s`,
    `${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`,
  ];
}

/** The Markdown table: a header, its alignment row, one row per size. */
export function scaleTable(rows: readonly ScaleRow[], loadPath: string): string[] {
  const columns = scaleColumns(loadPath);
  return [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---:').join('|')}|`,
    ...rows.map((r) => `| ${rowCells(r).join(' | ')} |`),
  ];
}
