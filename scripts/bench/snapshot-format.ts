/**
 * Which file format loads the embedded store fastest: JSON text (the store's format up to now),
 * `v8.serialize` of the same snapshot, and the binary columnar layout with a string table
 * (src/store/memory/snapshot-codec.ts). For each: file size, write time, and cold load split into
 * read + decode and graphology import, plus the heap the loaded graph holds; medians over runs, each
 * format loaded in a fresh child process (so one format's garbage does not slow the next).
 *
 *   node --import tsx scripts/bench/snapshot-format.ts STORE_FILE [--runs 3]
 *
 * STORE_FILE: any store file (JSON or binary), e.g. one built by scripts/bench/scale.ts.
 */
import { readFile, writeFile, stat, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { execFileSync } from 'node:child_process';
import graphology from 'graphology';
import { showHelpIfAsked } from './help.ts';
import { encodeSnapshot, decodeSnapshot, isBinarySnapshot } from '../../src/store/memory/snapshot-codec.ts';
import { restorePropertyTypes, collectPropertyTypes, PROPERTY_TYPES_ATTRIBUTE } from '../../src/store/memory/property-types.ts';
import { encodeValue, decodeValue } from '../../src/query-workers/value-codec.ts';
import type { Snapshot } from '../../src/graph/model.ts';

showHelpIfAsked(import.meta.url);
const FORMATS = ['json', 'v8', 'columnar'] as const;
type Format = (typeof FORMATS)[number];
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : def; };
const now = () => performance.now();
const newGraph = () => new graphology.MultiDirectedGraph({ allowSelfLoops: true });

/** Child mode: load one file in one format, print timings as JSON. */
async function loadOnce(format: Format, file: string): Promise<void> {
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = now();
  const data = await readFile(file);
  const t1 = now();
  let snapshot: Snapshot;
  if (format === 'json') {
    snapshot = JSON.parse(data.toString('utf8')) as Snapshot;
    await restorePropertyTypes(snapshot);
  } else if (format === 'v8') {
    snapshot = decodeValue(deserialize(data)) as Snapshot;
  } else {
    snapshot = decodeSnapshot(data).snapshot;
  }
  const t2 = now();
  const graph = newGraph();
  graph.import(snapshot as never);
  const t3 = now();
  (snapshot as unknown) = undefined;
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed - heap0;
  process.stdout.write(JSON.stringify({ read: t1 - t0, decode: t2 - t1, importMs: t3 - t2, heap, order: graph.order }));
}

async function main(): Promise<void> {
  const file = args.find((a) => !a.startsWith('--') && a !== opt('--runs', ''));
  if (!file) throw new Error('give a store file (see --help)');
  const runs = Number(opt('--runs', '3'));
  const raw = await readFile(file);
  const snapshot: Snapshot = isBinarySnapshot(raw) ? decodeSnapshot(raw).snapshot : JSON.parse(raw.toString('utf8'));
  if (!isBinarySnapshot(raw)) await restorePropertyTypes(snapshot);
  const graph = newGraph();
  graph.import(snapshot as never);
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-format-'));
  const rows: string[] = [];
  try {
    for (const format of FORMATS) {
      const out = join(dir, `graph.${format}`);
      const t0 = now();
      let bytes: Uint8Array;
      if (format === 'json') {
        const s = graph.export() as unknown as Snapshot;
        const types = collectPropertyTypes(graph);
        if (types) s.attributes[PROPERTY_TYPES_ATTRIBUTE] = types;
        bytes = Buffer.from(JSON.stringify(s));
      } else if (format === 'v8') {
        bytes = serialize(encodeValue(graph.export()));
      } else {
        bytes = encodeSnapshot(graph, { generation: 'bench' });
      }
      const writeMs = now() - t0;
      await writeFile(out, bytes);
      const size = (await stat(out)).size;
      const results: Array<{ read: number; decode: number; importMs: number; heap: number }> = [];
      for (let r = 0; r < runs; r++) {
        const text = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', new URL(import.meta.url).pathname, '--child', format, out], { encoding: 'utf8', maxBuffer: 1 << 20 });
        results.push(JSON.parse(text));
      }
      const med = (k: 'read' | 'decode' | 'importMs' | 'heap') => results.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(results.length / 2)]!;
      const total = med('read') + med('decode') + med('importMs');
      rows.push(`| ${format} | ${(size / 1048576).toFixed(1)} MB | ${(writeMs / 1000).toFixed(2)} s | ${(med('read') / 1000).toFixed(2)} s | ${(med('decode') / 1000).toFixed(2)} s | ${(med('importMs') / 1000).toFixed(2)} s | ${(total / 1000).toFixed(2)} s | ${(med('heap') / 1048576).toFixed(0)} MB |`);
      await rm(out);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`${graph.order} nodes, ${graph.size} relationships (${file}); medians of ${runs} cold loads, each in a new process`);
  console.log('| format | file | write | read | decode | graphology import | cold load | heap held |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
  console.log(`(load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
}

if (args[0] === '--child') await loadOnce(args[1] as Format, args[2]!);
else await main();
