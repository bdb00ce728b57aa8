/**
 * Replays every case of issue 14 against `newsgraph serve` and the CLI, started here on temporary
 * stores, and prints one table: case, figure, limit, pass / fail. Each case has its own time limit and
 * kills what it started, so a server this branch cannot protect (a frozen event loop) fails its case
 * and is replaced for the next one; the whole run stays under ~3 minutes.
 *
 *   node --import tsx scripts/bench/hostile.ts [--only SECTION[,SECTION]]
 *
 * Sections: freeze, writes, web, bolt, input, cypher. Exit code 1 when a case fails.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cli, SharedServer, SEEDS, type Row } from './hostile/harness.ts';
import { BOLT_PASSWORD, QUERY_TIMEOUT_MS, freezeCases } from './hostile/freeze.ts';
import { writeCases } from './hostile/writes.ts';
import { webCases } from './hostile/web.ts';
import { boltCases } from './hostile/bolt.ts';
import { inputCases } from './hostile/input.ts';
import { cypherCases } from './hostile/cypher.ts';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : undefined;
const wanted = (section: string) => !only || only.has(section);

const started = Date.now();
const dir = await mkdtemp(join(tmpdir(), 'newsgraph-hostile-'));
const rows: Row[] = [];
// read-only server over the seed graph, shared by the query cases; Bolt with a password
const mainDb = join(dir, 'main.json');
const main = new SharedServer(['--db', mainDb, '--query-timeout', String(QUERY_TIMEOUT_MS), '--bolt', '0', '--bolt-auth', `neo4j:${BOLT_PASSWORD}`]);

try {
  if (wanted('freeze') || wanted('cypher')) {
    const seeded = await cli(['ingest', SEEDS, '--db', mainDb, '--quiet'], 60_000);
    if (seeded.code !== 0) throw new Error(`cannot ingest the seeds: ${seeded.stderr}`);
  }
  process.stderr.write(`hostile: temporary stores in ${dir}\n`);
  if (wanted('freeze')) rows.push(...await freezeCases(main));
  if (wanted('cypher')) rows.push(...await cypherCases(main));
  await main.stop();
  if (wanted('web')) rows.push(...await webCases(dir));
  if (wanted('bolt')) rows.push(...await boltCases(dir));
  if (wanted('writes')) rows.push(...await writeCases(dir));
  if (wanted('input')) rows.push(...await inputCases(dir));
} finally {
  await main.stop();
  await rm(dir, { recursive: true, force: true }).catch(() => {});
}

const cell = (s: string) => s.replace(/\|/g, '\\|');
console.log('| section | case | figure | limit | result |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.section} | ${cell(r.name)} | ${cell(r.figure)} | ${cell(r.limit)} | ${r.result === 'pass' ? 'pass' : r.result === 'fail' ? '**fail**' : 'skip'} |`);
const count = (o: Row['result']) => rows.filter((r) => r.result === o).length;
console.log(`\n${count('pass')} pass, ${count('fail')} fail${count('skip') ? `, ${count('skip')} skip` : ''}; ` +
  `${main.restarts} frozen server(s) killed and replaced; ${((Date.now() - started) / 1000).toFixed(0)} s. ` +
  'Not replayed here: the Neo4j-store cases (they need a real Neo4j: NEO4J_URI=… npm run test:neo4j).');
process.exitCode = count('fail') ? 1 : 0;
