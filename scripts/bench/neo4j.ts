/**
 * Relationships written per second through the Neo4j store (batched UNWIND … MERGE in managed write
 * transactions). Against NEO4J_URI (NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE) when set — the bench
 * writes nodes whose ids start with a run-unique prefix and deletes them afterwards — else against
 * Newsgraph's own Bolt endpoint over an empty embedded graph. Prints which.
 *
 *   node --import tsx scripts/bench/neo4j.ts [RELATIONSHIPS=20000] [BATCH=500 patches per transaction]
 *   node --import tsx scripts/bench/neo4j.ts --articles 100000 [BATCH]   (10 relationships per article)
 */
import type { GraphPatch } from '../../src/graph/patch.ts';
import { relationKey } from '../../src/graph/patch.ts';
import { NEO4J_DEFAULTS, openNeo4jStore, type Neo4jConfig } from '../../src/store/neo4j/index.ts';
import { showHelpIfAsked } from './help.ts';

showHelpIfAsked(import.meta.url);

const byArticles = process.argv[2] === '--articles';
const positional = byArticles ? process.argv.slice(3) : process.argv.slice(2);
const total = byArticles ? Number(positional[0]) * 10 : Number(positional[0] ?? 20_000);
const batchSize = Number(positional[1] ?? NEO4J_DEFAULTS.batchSize);
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

async function main(): Promise<void> {
  let config: Neo4jConfig;
  let stop = async (): Promise<void> => {};
  let against: string;
  if (process.env.NEO4J_URI) {
    config = { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', batchSize };
    if (process.env.NEO4J_DATABASE) config.database = process.env.NEO4J_DATABASE;
    against = 'NEO4J_URI';
  } else {
    const { startBoltServer } = await import('../../src/bolt/index.ts');
    const { MemoryStore, emptySnapshot } = await import('../../src/store/memory/index.ts');
    const server = await startBoltServer({ store: new MemoryStore(undefined, emptySnapshot('bench')), port: 0 });
    config = { uri: server.url, batchSize };
    stop = () => server.close();
    against = "Newsgraph's own Bolt endpoint (embedded engine)";
  }
  const store = await openNeo4jStore(config);
  const patches = makePatches(total);
  try {
    const t0 = performance.now();
    const summary = await store.apply(patches);
    const seconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const again = await store.apply(patches.slice(0, Math.min(patches.length, 200)));
    const rerun = (performance.now() - t1) / 1000;
    console.log(`server:        ${store.describe()} — ${against}`);
    console.log(`patches:       ${patches.length} articles, batch ${batchSize} patches per transaction`);
    console.log(`written:       ${summary.newRelations} relationships, ${summary.newEntities} entities, ${summary.newArticles} articles in ${seconds.toFixed(2)} s`);
    console.log(`throughput:    ${Math.round(summary.newRelations / seconds)} relationships/s`);
    console.log(`idempotent:    re-applying 200 patches added ${again.newRelations} relationships (${rerun.toFixed(2)} s)`);
  } finally {
    if (process.env.NEO4J_URI) {
      for (;;) {
        const r = await store.query('MATCH (n) WHERE n.id STARTS WITH $p WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c', { params: { p: prefix } });
        if (!r.rows[0]?.[0]) break;
      }
    }
    await store.close();
    await stop();
  }
}

await main();
