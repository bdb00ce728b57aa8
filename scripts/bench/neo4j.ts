/**
 * Relationships written per second through the Neo4j store (batched UNWIND … MERGE in managed write
 * transactions). Against NEO4J_URI (NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE) when set — the bench
 * writes nodes whose ids start with a run-unique prefix and deletes them afterwards — else against
 * Newsgraph's own Bolt endpoint over an empty embedded graph (as CI runs it). Prints which.
 *
 *   node --import tsx scripts/bench/neo4j.ts --articles 100000 [--real 2000] [--batch N] [--minutes 10]
 *   node --import tsx scripts/bench/neo4j.ts [RELATIONSHIPS=20000] [BATCH]   (synthetic patches, 10 relationships per article)
 *
 * --articles: generated articles (replicated-patches.ts: --real of them through the real pipeline,
 * then renamed replicas), one apply() per batch as the ingest pipeline does (a write transaction, then
 * the time fields' refresh, which reads the whole graph back: src/time/neo4j-time.ts). Without --batch,
 * the batch size is chosen by writing the first patches with each of BATCH_CANDIDATES and keeping the fastest. Writing (the choice included) stops at the --minutes budget (the rate and
 * how far it got are printed). Then a spread sample of what was written is applied again: it must add nothing.
 */
import type { GraphPatch } from '../../src/graph/patch.ts';
import { relationKey } from '../../src/graph/patch.ts';
import { NEO4J_DEFAULTS, openNeo4jStore, type Neo4jConfig } from '../../src/store/neo4j/index.ts';
import { showHelpIfAsked } from './help.ts';
import { recordRealPatches, replica } from './replicated-patches.ts';
import { tmpdir, loadavg } from 'node:os';

showHelpIfAsked(import.meta.url);

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const ARTICLES = opt('--articles') === undefined ? undefined : Number(opt('--articles'));
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const total = Number(positional[0] ?? 20_000);
const fixedBatch = opt('--batch') ?? positional[1];
const REAL = Number(opt('--real') ?? 2000);
const BUDGET_S = Number(opt('--minutes') ?? 10) * 60;
const BATCH_CANDIDATES = [200, 1000];
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

/** Generated articles' patches, ids prefixed (so a real server's other data is never touched). */
async function articlePatches(n: number): Promise<GraphPatch[]> {
  const { patches: real, seconds } = await recordRealPatches(Math.min(n, REAL), tmpdir());
  console.log(`articles:      ${Math.min(n, REAL).toLocaleString('en')} generated articles through the real pipeline in ${seconds.toFixed(0)} s, then renamed replicas up to ${n.toLocaleString('en')}`);
  const p = (id: string) => prefix + id;
  const out: GraphPatch[] = [];
  for (let r = 0; out.length < n; r++) {
    for (const x of real) {
      if (out.length >= n) break;
      const y = replica(x, r);
      out.push({
        article: { ...y.article, id: p(y.article.id) },
        entities: y.entities.map((e) => ({ ...e, id: p(e.id), article: p(e.article) })),
        relations: y.relations.map((e) => ({ ...e, key: prefix + e.key, source: p(e.source), target: p(e.target), article: p(e.article) })),
      });
    }
  }
  return out;
}

async function main(): Promise<void> {
  let base: Omit<Neo4jConfig, 'batchSize'>;
  let stop = async (): Promise<void> => {};
  let against: string;
  if (process.env.NEO4J_URI) {
    base = { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' };
    if (process.env.NEO4J_DATABASE) base.database = process.env.NEO4J_DATABASE;
    against = 'NEO4J_URI';
  } else {
    const { startBoltServer } = await import('../../src/bolt/index.ts');
    const { MemoryStore, emptySnapshot } = await import('../../src/store/memory/index.ts');
    const server = await startBoltServer({ store: new MemoryStore(undefined, emptySnapshot('bench')), port: 0 });
    base = { uri: server.url };
    stop = () => server.close();
    against = "Newsgraph's own Bolt endpoint (embedded engine)";
  }
  const patches = ARTICLES === undefined ? makePatches(total) : await articlePatches(ARTICLES);
  let at = 0;
  const written = { relations: 0, entities: 0, articles: 0, seconds: 0 };
  const write = async (batchSize: number, n: number) => {
    const store = await openNeo4jStore({ ...base, batchSize });
    try {
      // one apply() per batch, as the ingest pipeline calls it: one transaction, then the time fields' refresh
      const t0 = performance.now();
      let relations = 0;
      for (const end = Math.min(patches.length, at + n); at < end;) {
        const slice = patches.slice(at, Math.min(end, at + batchSize));
        const s = await store.apply(slice);
        at += slice.length;
        relations += s.newRelations;
        written.relations += s.newRelations; written.entities += s.newEntities; written.articles += s.newArticles;
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
    const started = performance.now();
    if (ARTICLES !== undefined && fixedBatch === undefined) {
      // the batch size: the fastest of the candidates, each on its own next patches (one batch each)
      let best = 0;
      for (const c of BATCH_CANDIDATES) {
        const t = await write(c, c);
        describe = t.describe;
        trials.push(`${c}: ${Math.round(t.rate)}/s`);
        if (t.rate > best) { best = t.rate; batchSize = c; }
      }
    }
    for (let n = 0; at < patches.length && (performance.now() - started) / 1000 < BUDGET_S; n++) {
      describe = (await write(batchSize, batchSize)).describe;
      if (n % 5 === 0) process.stderr.write(`  ${at.toLocaleString('en')} articles, ${written.relations.toLocaleString('en')} relationships, ${Math.round(written.relations / written.seconds)}/s\n`);
    }
    // re-running adds nothing: a spread sample of what was written, applied again
    const sample = patches.slice(0, at).filter((_, i) => i % 20 === 0);
    const store = await openNeo4jStore({ ...base, batchSize });
    const t1 = performance.now();
    const again = await store.apply(sample);
    const rerun = (performance.now() - t1) / 1000;
    await store.close();
    console.log(`server:        ${describe} — ${against}`);
    console.log(`patches:       ${at.toLocaleString('en')} of ${patches.length.toLocaleString('en')} articles written${at < patches.length ? ` (stopped at the ${BUDGET_S / 60}-minute budget)` : ''}`);
    console.log(`batch size:    ${batchSize} patches per transaction${trials.length ? ` (chosen; candidates ${trials.join(', ')})` : ' (given)'}`);
    console.log(`written:       ${written.relations.toLocaleString('en')} relationships, ${written.entities.toLocaleString('en')} entities, ${written.articles.toLocaleString('en')} articles in ${written.seconds.toFixed(1)} s`);
    console.log(`throughput:    ${Math.round(written.relations / written.seconds)} relationships/s (load average ${loadavg()[0]!.toFixed(1)})`);
    console.log(`idempotent:    re-applying ${sample.length.toLocaleString('en')} written patches added ${again.newRelations} relationships, ${again.newEntities} entities, ${again.newArticles} articles (${rerun.toFixed(1)} s)`);
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
}

await main();
