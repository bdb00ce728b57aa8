/**
 * Relationships written per second through the Neo4j store (batched UNWIND … MERGE in managed write
 * transactions). Against NEO4J_URI (NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE) when set — the bench
 * writes nodes whose ids start with a run-unique prefix and deletes them afterwards — else against
 * Newsgraph's own Bolt endpoint over an empty embedded graph, in this process (as CI's tests run it) or
 * with --server-process in one of its own (bolt-server-process.ts; --server-heap-mb, default 12288). Prints which.
 *
 *   node --import tsx scripts/bench/neo4j.ts --articles 100000 [--real 2000] [--batch N] [--minutes 10] [--rerun] [--server-process]
 *   node --import tsx scripts/bench/neo4j.ts [RELATIONSHIPS=20000] [BATCH]   (synthetic patches, 10 relationships per article)
 *
 * --articles: generated articles (replicated-patches.ts: --real of them through the real pipeline,
 * then renamed replicas), one apply() per batch as the ingest pipeline does (write transactions, then
 * the time fields' refresh from the batch's neighbourhood: src/time/neo4j-time.ts), through one open
 * store. Without --batch, the batch size is chosen by measurement: each of BATCH_CANDIDATES writes the
 * next TRIAL_ARTICLES articles (the same count for each), the fastest is kept. Writing (the choice
 * included) stops at the --minutes budget (the rate and how far it got are printed). Progress lines
 * give the rate of the last batches, so a cost that grows with the graph shows. Then a spread sample
 * of what was written is applied again: it must add nothing; with --rerun, every written patch is.
 */
import type { GraphPatch } from '../../src/graph/patch.ts';
import { relationKey } from '../../src/graph/patch.ts';
import { NEO4J_DEFAULTS, openNeo4jStore, type Neo4jConfig } from '../../src/store/neo4j/index.ts';
import { showHelpIfAsked } from './help.ts';
import { recordRealPatches, replica } from './replicated-patches.ts';
import { tmpdir, loadavg } from 'node:os';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

showHelpIfAsked(import.meta.url);

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const ARTICLES = opt('--articles') === undefined ? undefined : Number(opt('--articles'));
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const total = Number(positional[0] ?? 20_000);
const fixedBatch = opt('--batch') ?? positional[1];
const REAL = Number(opt('--real') ?? 2000);
const BUDGET_S = Number(opt('--minutes') ?? 10) * 60;
const BATCH_CANDIDATES = [250, 500, 1000, 2000];
const TRIAL_ARTICLES = 2000;
const RERUN_ALL = args.includes('--rerun');
/** --server-process: the Bolt endpoint in a process of its own instead of this one (as CI's tests run it). */
const INPROCESS = !args.includes('--server-process');
const SERVER_HEAP_MB = Number(opt('--server-heap-mb') ?? 12_288);
const prefix = `bench${Date.now().toString(36)}:`;
/** News-like patches: each article mentions 6 entities and states 4 investments. */
function makePatches(relationships: number): GraphPatch[] {
  const perArticle = 10; // 6 MENTIONS + 4 INVESTS_IN
  const articles = Math.ceil(relationships / perArticle);
  const companies = Math.max(50, Math.floor(articles / 2));
  const countries = 60;
  const out: GraphPatch[] = [];
  let made = 0;
  for (let a = 0; a < articles && made < relationships; a++) {
    const article = `${prefix}article-${a}`;
    const ents = new Map<string, GraphPatch['entities'][number]>();
    const rels: GraphPatch['relations'] = [];
    const entity = (kind: 'company' | 'country', n: number) => {
      const id = `${prefix}${kind}-${n}`;
      if (!ents.has(id)) ents.set(id, { id, type: kind === 'company' ? 'Company' : 'Country', name: `${kind} ${n}`, aliases: [], mentions: 1, article });
      return id;
    };
    for (let k = 0; k < 4 && made < relationships; k++) {
      const c = entity('company', (a * 7 + k * 13) % companies);
      const t = entity('country', (a * 3 + k) % countries);
      const amount = 1_000_000 * ((a * 4 + k) % 997 + 1);
      rels.push({ key: relationKey('INVESTS_IN', c, t, `${amount}EUR-${a}-${k}`), type: 'INVESTS_IN', source: c, target: t, article,
        evidence: `company invests ${amount} EUR`, confidence: 0.8, properties: { amount, currency: 'EUR', year: 2020 + (a % 10) } });
      made++;
    }
    for (const id of [...ents.keys()]) {
      if (made >= relationships) break;
      rels.push({ key: relationKey('MENTIONS', article, id), type: 'MENTIONS', source: article, target: id, article, evidence: '', confidence: 1, properties: {} });
      made++;
    }
    for (let extra = 0; rels.length < perArticle && made < relationships; extra++) {
      const id = entity('company', (a * 11 + extra * 17 + 5) % companies);
      const key = relationKey('MENTIONS', article, id);
      if (rels.some((r) => r.key === key)) continue;
      rels.push({ key, type: 'MENTIONS', source: article, target: id, article, evidence: '', confidence: 1, properties: {} });
      made++;
    }
    out.push({ article: { type: 'Article', id: article, title: `Article ${a}`, lang: 'en' }, entities: [...ents.values()], relations: rels });
  }
  return out;
}

/** A sequence of patches, made when read (100,000 articles' patches need not all be held at once). */
interface Patches { readonly length: number; slice(start: number, end: number): GraphPatch[] }

/** Generated articles' patches, ids prefixed (so a real server's other data is never touched). */
async function articlePatches(n: number): Promise<Patches> {
  const { patches: real, seconds } = await recordRealPatches(Math.min(n, REAL), tmpdir());
  console.log(`articles:      ${Math.min(n, REAL).toLocaleString('en')} generated articles through the real pipeline in ${seconds.toFixed(0)} s, then renamed replicas up to ${n.toLocaleString('en')}`);
  const p = (id: string) => prefix + id;
  const at = (i: number): GraphPatch => {
    const y = replica(real[i % real.length]!, Math.floor(i / real.length));
    return {
      article: { ...y.article, id: p(y.article.id) },
      entities: y.entities.map((e) => ({ ...e, id: p(e.id), article: p(e.article) })),
      relations: y.relations.map((e) => ({ ...e, key: prefix + e.key, source: p(e.source), target: p(e.target), article: p(e.article) })),
    };
  };
  return {
    length: n,
    slice: (start, end) => { const out: GraphPatch[] = []; for (let i = start; i < Math.min(end, n); i++) out.push(at(i)); return out; },
  };
}

/** The Bolt endpoint in a process of its own (bolt-server-process.ts); stop() ends it and gives its peak RSS. */
async function startServerProcess(): Promise<{ url: string; stop: () => Promise<number | undefined> }> {
  const script = fileURLToPath(new URL('./bolt-server-process.ts', import.meta.url));
  const child = spawn(process.execPath, [`--max-old-space-size=${SERVER_HEAP_MB}`, '--max-semi-space-size=64', '--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done || !String(first.value).startsWith('bolt://')) throw new Error(`bolt-server-process.ts did not start (exit ${child.exitCode})`);
  return {
    url: String(first.value),
    stop: async () => {
      child.kill('SIGTERM');
      for (let x = await it.next(); !x.done; x = await it.next()) {
        const m = /^peak-rss (\d+)/.exec(String(x.value));
        if (m) return Number(m[1]);
      }
      return undefined;
    },
  };
}

let serverRss: number | undefined;

async function main(): Promise<void> {
  let base: Omit<Neo4jConfig, 'batchSize'>;
  let stop = async (): Promise<void> => {};
  let against: string;
  if (process.env.NEO4J_URI) {
    base = { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' };
    if (process.env.NEO4J_DATABASE) base.database = process.env.NEO4J_DATABASE;
    against = 'NEO4J_URI';
  } else if (INPROCESS) {
    const { startBoltServer } = await import('../../src/bolt/index.ts');
    const { MemoryStore, emptySnapshot } = await import('../../src/store/memory/index.ts');
    const server = await startBoltServer({ store: new MemoryStore(undefined, emptySnapshot('bench')), port: 0 });
    base = { uri: server.url };
    stop = () => server.close();
    against = "Newsgraph's own Bolt endpoint (embedded engine, in the bench's process)";
  } else {
    const child = await startServerProcess();
    base = { uri: child.url };
    stop = async () => { serverRss = await child.stop(); };
    against = `Newsgraph's own Bolt endpoint (embedded engine, its own process, heap limit ${SERVER_HEAP_MB.toLocaleString('en')} MB)`;
  }
  const patches: Patches = ARTICLES === undefined ? makePatches(total) : await articlePatches(ARTICLES);
  let at = 0;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const written = { relations: 0, entities: 0, articles: 0, seconds: 0 };
  /** Writes the next `n` patches, one apply() per `batchSize`; `progress` after every batch. */
  const write = async (batchSize: number, n: number, progress?: (seconds: number, relations: number) => void) => {
    const store = await openNeo4jStore({ ...base, batchSize });
    try {
      const t0 = performance.now();
      let relations = 0;
      for (const end = Math.min(patches.length, at + n); at < end && (performance.now() - started) / 1000 < BUDGET_S;) {
        const slice = patches.slice(at, Math.min(end, at + batchSize));
        const b0 = performance.now();
        const s = await store.apply(slice);
        at += slice.length;
        relations += s.newRelations;
        written.relations += s.newRelations; written.entities += s.newEntities; written.articles += s.newArticles;
        progress?.((performance.now() - b0) / 1000, s.newRelations);
      }
      const seconds = (performance.now() - t0) / 1000;
      written.seconds += seconds;
      return { rate: relations / seconds, describe: store.describe() };
    } finally {
      await store.close();
    }
  };
  let batchSize = Number(fixedBatch ?? NEO4J_DEFAULTS.batchSize);
  let describe = '';
  const trials: string[] = [];
  try {
    if (ARTICLES !== undefined && fixedBatch === undefined) {
      // the batch size: the fastest of the candidates, each on its own next TRIAL_ARTICLES patches
      let best = 0;
      for (const c of BATCH_CANDIDATES) {
        const t = await write(c, Math.max(c, TRIAL_ARTICLES));
        describe = t.describe;
        trials.push(`${c}: ${Math.round(t.rate)}/s`);
        process.stderr.write(`  batch ${c}: ${Math.round(t.rate)} relationships/s\n`);
        if (t.rate > best) { best = t.rate; batchSize = c; }
      }
    }
    // one store for the rest, as one ingest run keeps it; the rate of the last few batches shown
    const recent: Array<[number, number]> = [];
    let batches = 0;
    describe = (await write(batchSize, patches.length, (sec, rel) => {
      recent.push([sec, rel]);
      if (recent.length > 5) recent.shift();
      if (++batches % 5 === 0) {
        const [sec5, rel5] = recent.reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
        process.stderr.write(`  ${at.toLocaleString('en')} articles, ${written.relations.toLocaleString('en')} relationships, last ${recent.length} batches ${Math.round(rel5 / sec5)}/s, ${(sec5 / recent.length).toFixed(1)} s a batch, load ${loadavg()[0]!.toFixed(1)}\n`);
      }
    })).describe;
    const cpu = process.cpuUsage(cpu0);
    // re-running adds nothing: a spread sample of what was written (or all of it), applied again
    const step = RERUN_ALL ? 1 : 20;
    const store = await openNeo4jStore({ ...base, batchSize });
    const t1 = performance.now();
    const again = { newRelations: 0, newEntities: 0, newArticles: 0 };
    let sampled = 0;
    for (let i = 0; i < at; i += step * batchSize) {
      const batch: GraphPatch[] = [];
      for (let j = i; j < Math.min(at, i + step * batchSize); j += step) batch.push(...patches.slice(j, j + 1));
      const s = await store.apply(batch);
      sampled += batch.length;
      again.newRelations += s.newRelations; again.newEntities += s.newEntities; again.newArticles += s.newArticles;
    }
    const rerun = (performance.now() - t1) / 1000;
    await store.close();
    console.log(`server:        ${describe} — ${against}`);
    console.log(`patches:       ${at.toLocaleString('en')} of ${patches.length.toLocaleString('en')} articles written${at < patches.length ? ` (stopped at the ${BUDGET_S / 60}-minute budget)` : ''}`);
    console.log(`batch size:    ${batchSize} patches per transaction${trials.length ? ` (chosen; candidates ${trials.join(', ')})` : ' (given)'}`);
    console.log(`written:       ${written.relations.toLocaleString('en')} relationships, ${written.entities.toLocaleString('en')} entities, ${written.articles.toLocaleString('en')} articles in ${written.seconds.toFixed(1)} s`);
    console.log(`throughput:    ${Math.round(written.relations / written.seconds)} relationships/s (load average ${loadavg()[0]!.toFixed(1)})`);
    // CPU time tells less about the machine's other work than wall time (with --server-process, the client's only)
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.log(`cpu:           ${cpuSeconds.toFixed(0)} s of CPU for the writes${INPROCESS ? ' (client and endpoint)' : ' (client only)'}, ${Math.round(written.relations / cpuSeconds)} relationships per CPU second`);
    console.log(`idempotent:    re-applying ${sampled.toLocaleString('en')} written patches${RERUN_ALL ? ' (all)' : ''} added ${again.newRelations} relationships, ${again.newEntities} entities, ${again.newArticles} articles (${rerun.toFixed(1)} s, ${Math.round(sampled / rerun)} articles/s)`);
    if (again.newRelations || again.newEntities || again.newArticles) process.exitCode = 1;
  } finally {
    if (process.env.NEO4J_URI) {
      const store = await openNeo4jStore({ ...base, batchSize });
      for (;;) {
        const r = await store.query('MATCH (n) WHERE n.id STARTS WITH $p WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c', { params: { p: prefix } });
        if (!r.rows[0]?.[0]) break;
      }
      await store.close();
    }
    await stop();
  }
  const gb = (b: number) => `${(b / 2 ** 30).toFixed(1)} GB`;
  console.log(`memory:        peak RSS ${gb(process.resourceUsage().maxRSS * 1024)} client${serverRss ? `, ${gb(serverRss)} Bolt endpoint process` : ''}`);
}

await main();
