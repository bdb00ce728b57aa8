/**
 * Writers of one store at once, as two users would: two `newsgraph ingest … --db X` started together
 * (each with its own articles), then an ingest while `newsgraph serve --allow-writes` runs on the same
 * store followed by an HTTP write. Prints, for each case, the exit codes and how many articles the
 * file holds against how many it should.
 *
 *   node --import tsx scripts/bench/concurrent-ingest.ts [--articles 2000] [--bin bin/newsgraph.js]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { showHelpIfAsked } from './help.ts';

showHelpIfAsked(import.meta.url);
const { values } = parseArgs({ options: { articles: { type: 'string' }, bin: { type: 'string' } } });
const N = Number(values.articles ?? 2000);
const BIN = values.bin ? resolve(values.bin) : fileURLToPath(new URL('../../bin/newsgraph.js', import.meta.url));
const COUNTRIES = ['France', 'Germany', 'India', 'Japan', 'Brazil', 'Spain', 'Italy', 'Canada'];

function corpus(tag: string, n: number): string {
  return Array.from({ length: n }, (_x, i) => JSON.stringify({
    title: `${tag} Holdings unit ${i} expands`,
    text: `${tag}${i} Systems said on Tuesday it will invest $${1 + (i % 9)} billion in ${COUNTRIES[i % COUNTRIES.length]} by 2030. The plan was presented by its chief executive.`,
  })).join('\n') + '\n';
}

function run(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NEO4J_URI: '', NEWSGRAPH_DB: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => res({ code, out }));
  });
}

function serve(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--allow-writes', '--db', db], { env: { ...process.env, NEO4J_URI: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d: Buffer) => {
      out += d;
      const m = /Serving (http:\/\/\S+)/.exec(out);
      if (m) res({ url: m[1]!, stop: () => new Promise((r) => { child.once('close', () => r()); child.kill('SIGTERM'); }) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('close', (code) => rej(new Error(`serve exited ${code}: ${out}`)));
  });
}

const articlesIn = async (db: string): Promise<number> => {
  try {
    const snap = JSON.parse(await readFile(db, 'utf8')) as { nodes: Array<{ attributes: { type?: string } }> };
    return snap.nodes.filter((n) => n.attributes.type === 'Article').length;
  } catch { return 0; }
};
const summary = (out: string) => (/(\d+) new/.exec(out)?.[0] ?? out.trim().split('\n').pop()!.slice(0, 90)) + (out.includes('through the server') ? ' (through the server)' : '');

const dir = await mkdtemp(join(tmpdir(), 'ng-concurrent-'));
const [a, b, c] = [join(dir, 'a.jsonl'), join(dir, 'b.jsonl'), join(dir, 'c.jsonl')];
await writeFile(a, corpus('Alpha', N));
await writeFile(b, corpus('Beta', N));
await writeFile(c, corpus('Gamma', N));

console.log('| case | exit codes | what they said | articles in the file | expected | seconds |');
console.log('|---|---|---|---:|---:|---:|');
let t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(1);
{
  const db = join(dir, 'two.json');
  const [r1, r2] = await Promise.all([run(['ingest', a, '--db', db, '--quiet']), run(['ingest', b, '--db', db, '--quiet'])]);
  console.log(`| two ingests at once | ${r1.code}, ${r2.code} | ${summary(r1.out)}; ${summary(r2.out)} | ${await articlesIn(db)} | ${2 * N} | ${secs()} |`);
}
{
  const db = join(dir, 'served.json');
  await run(['ingest', a, '--db', db, '--quiet']);
  const server = await serve(db);
  t0 = performance.now();
  const r = await run(['ingest', c, '--db', db, '--quiet']);
  const w = await fetch(`${server.url}/api/query`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: "CREATE (:Note {text: 'after the ingest'})" }) });
  await server.stop();
  console.log(`| ingest beside serve --allow-writes, then an HTTP write | ${r.code}, HTTP ${w.status} | ${summary(r.out)} | ${await articlesIn(db)} | ${2 * N} | ${secs()} |`);
}
await rm(dir, { recursive: true, force: true });
