import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/pipeline.ts';
import { openMemoryStore } from '../../src/store/memory/index.ts';

async function article(dir: string, name: string, text: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

const investments = async (store: Awaited<ReturnType<typeof openMemoryStore>>) =>
  (await store.query('MATCH (:Company)-[r:INVESTS_IN]->(:Country) RETURN r.amount AS amount, r.currency AS currency, size(r.articles) AS articles ORDER BY amount')).rows;

describe('one investment stated in two currencies, ingested in two runs', () => {
  it('the second run joins the relationship the first one stored; another sum stays apart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-inv-'));
    const file = join(dir, 'graph.json');
    const fr = await article(dir, 'fr.txt', 'Volvo investit en Suède\n\nLe groupe Volvo investit 1,2 milliard d’euros en Suède, a annoncé le constructeur.');
    const en = await article(dir, 'en.txt', 'Volvo bets on Sweden\n\nVolvo will invest $1.25 billion in Sweden, the company said on Monday.');
    const other = await article(dir, 'other.txt', 'Volvo again\n\nLe groupe Volvo investit 3 milliards d’euros en Suède pour ses usines.');

    let store = await openMemoryStore({ file });
    await ingest([fr], store);
    await store.close();
    expect(await investments(store)).toEqual([[1200000000, 'EUR', 1]]);

    store = await openMemoryStore({ file });
    await ingest([en, other], store);
    expect(await investments(store)).toEqual([[1200000000, 'EUR', 2], [3000000000, 'EUR', 1]]);
  }, 30_000);
});

describe('the same through the Neo4j store', () => {
  it('a later run joins the stored investment (read back with Cypher)', async () => {
    const { openTarget } = await import('../neo4j/target.ts');
    const { openNeo4jStore } = await import('../../src/store/neo4j/index.ts');
    const target = await openTarget();
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-inv-neo-'));
    const fr = await article(dir, 'fr.txt', 'Volvo investit en Suède\n\nLe groupe Volvo investit 1,2 milliard d’euros en Suède, a annoncé le constructeur.');
    const en = await article(dir, 'en.txt', 'Volvo bets on Sweden\n\nVolvo will invest $1.25 billion in Sweden, the company said on Monday.');
    try {
      let store = await openNeo4jStore(target.config);
      await store.query('MATCH (n) DETACH DELETE n');
      await ingest([fr], store);
      await store.close();
      store = await openNeo4jStore(target.config);
      await ingest([en], store);
      const rows = (await store.query('MATCH (:Company)-[r:INVESTS_IN]->(:Country) RETURN r.amount AS amount, size(r.articles) AS articles')).rows;
      await store.close();
      expect(rows).toEqual([[1200000000, 2]]);
    } finally {
      await target.close();
    }
  }, 30_000); // a Bolt server, two drivers and two ingests: seconds on a loaded machine
});
