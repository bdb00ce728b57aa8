/**
 * Dev-set score: ingests seeds/ (or the folders given) through the real pipeline (reader, rules
 * extractor, resolver, in-memory store), writes the JSON snapshot and runs the scorer on it.
 *
 *   node --import tsx scripts/score-seeds.ts [--verbose] [--gold FILE] [PATH...]
 *
 * Default gold: ../shared/eval/seeds-gold.json, scorer ../shared/eval/score.mjs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingest } from '../src/ingest/pipeline.ts';
import { openMemoryStore } from '../src/store/memory/index.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--gold');
const shared = resolve(import.meta.dirname, '../../shared/eval');
const gold = option('--gold') ?? join(shared, 'seeds-gold.json');

const store = await openMemoryStore();
const summary = await ingest(paths.length ? paths : ['seeds'], store);
const out = join(mkdtempSync(join(tmpdir(), 'newsgraph-score-')), 'snapshot.json');
writeFileSync(out, JSON.stringify(await store.snapshot()));
console.log(`${summary.articles} articles, ${summary.newEntities} entities, ${summary.newRelations} relations → ${out}`);
process.stdout.write(execFileSync('node', [join(shared, 'score.mjs'), out, gold, ...(flag('--verbose') ? ['--verbose'] : [])], { encoding: 'utf8' }));
