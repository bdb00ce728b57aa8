/**
 * Rolled-back Bolt transactions must never reach the store's file. Starts `newsgraph serve --bolt` on a
 * fresh store per run, runs concurrent sessions that commit and roll back through the real neo4j-driver,
 * reads the file while they run and after the server stops, and counts runs where a node of a
 * rolled-back transaction was in the file.
 *
 *   node --import tsx scripts/bench/rollback-race.ts [--runs 10] [--workers 6] [--rounds 15] [--bin bin/newsgraph.js]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { showHelpIfAsked } from './help.ts';

showHelpIfAsked(import.meta.url);

const { values } = parseArgs({ options: { runs: { type: 'string' }, workers: { type: 'string' }, rounds: { type: 'string' }, bin: { type: 'string' } } });
const BIN = values.bin ? resolve(values.bin) : fileURLToPath(new URL('../../bin/newsgraph.js', import.meta.url));
const RUNS = Number(values.runs ?? 10), WORKERS = Number(values.workers ?? 6), ROUNDS = Number(values.rounds ?? 15);

function startServe(db: string): Promise<{ bolt: string; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--bolt', '0', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEO4J_URI: '' } });
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      const m = /Bolt on (bolt:\/\/\S+)/.exec(out);
      if (m) resolve({ bolt: m[1]!, stop: () => new Promise((r) => { child.once('close', () => r()); child.kill('SIGTERM'); }) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('close', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
}

async function droppedInFile(db: string): Promise<number> {
  try {
    const snap = JSON.parse(await readFile(db, 'utf8')) as { nodes: Array<{ attributes: { type?: string; labels?: string[] } }> };
    return snap.nodes.filter((n) => JSON.stringify(n.attributes).includes('Dropped')).length;
  } catch { return 0; }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run(): Promise<{ midRun: number; final: number; kept: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'ng-race-'));
  const db = join(dir, 'graph.json');
  const server = await startServe(db);
  const driver = neo4j.driver(server.bolt, neo4j.auth.basic('neo4j', 'x'), { disableLosslessIntegers: true, maxConnectionPoolSize: WORKERS * 2 });
  let midRun = 0, stop = false;
  const watcher = (async () => { while (!stop) { midRun = Math.max(midRun, await droppedInFile(db)); await sleep(5); } })();
  try {
    await Promise.all(Array.from({ length: WORKERS }, async (_x, w) => {
      const session = driver.session();
      try {
        for (let i = 0; i < ROUNDS; i++) {
          if ((w + i) % 2 === 0) {
            const tx = session.beginTransaction();
            await tx.run('CREATE (:Dropped {w: $w, i: $i})', { w, i });
            await sleep(Math.random() * 10);
            await tx.rollback();
          } else if ((w + i) % 3 === 0) {
            await session.run('CREATE (:Kept {w: $w, i: $i})', { w, i });
          } else {
            const tx = session.beginTransaction();
            await tx.run('CREATE (:Kept {w: $w, i: $i})', { w, i });
            await sleep(Math.random() * 5);
            await tx.commit();
          }
        }
      } finally { await session.close(); }
    }));
  } finally {
    await driver.close();
    stop = true;
    await watcher;
    await server.stop();
  }
  const final = await droppedInFile(db);
  const text = await readFile(db, 'utf8').catch(() => '');
  const kept = (text.match(/Kept/g) ?? []).length;
  await rm(dir, { recursive: true, force: true });
  return { midRun, final, kept };
}

let leaky = 0;
console.log('| run | dropped nodes seen in file mid-run | in file at exit | kept labels in file |');
console.log('|---:|---:|---:|---:|');
for (let r = 1; r <= RUNS; r++) {
  const res = await run();
  if (res.midRun || res.final) leaky++;
  console.log(`| ${r} | ${res.midRun} | ${res.final} | ${res.kept} |`);
}
console.log(`\nruns with a rolled-back node in the file: ${leaky}/${RUNS} (${WORKERS} sessions × ${ROUNDS} transactions each)`);
process.exitCode = leaky ? 1 : 0;
