import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../../src/extract/index.ts';
import { Resolver } from '../../src/resolve/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-llm-'));
const answer = {
  entities: [
    { name: 'Volvo Cars', type: 'Company', aliases: ['Volvo'] },
    { name: 'Sweden', type: 'Country', aliases: ['Suède'] },
    { name: 'Jim Rowan', type: 'Person', aliases: [] },
    { name: 'Tesla', type: 'Company', aliases: [] }, // not in the text: dropped
  ],
  relations: [
    { source: 'Volvo', type: 'INVESTS_IN', target: 'Suède', evidence: 'Volvo investira 1,2 milliard d’euros en Suède d’ici 2030.', role: null, amount: 1.2e9, currency: 'eur', year: null, until: 2030, since: null, jobs: null },
    { source: 'Jim Rowan', type: 'ROLE_AT', target: 'Volvo Cars', evidence: 'Jim Rowan is the boss of Volvo.', role: 'PDG', amount: null, currency: null, year: null, until: null, since: null, jobs: null },
    { source: 'Jim Rowan', type: 'ROLE_AT', target: 'Volvo Cars', evidence: 'Jim Rowan, PDG de Volvo Cars, a confirmé.', role: 'PDG', amount: null, currency: null, year: null, until: null, since: null, jobs: null },
    { source: 'Tesla', type: 'COMPETES_WITH', target: 'Volvo', evidence: 'Volvo investira 1,2 milliard d’euros en Suède d’ici 2030.', role: null, amount: null, currency: null, year: null, until: null, since: null, jobs: null },
  ],
};
const article = { id: 'article:llm1', title: 'Volvo en Suède', text: 'Volvo investira 1,2 milliard d’euros en Suède d’ici 2030.\n\nJim Rowan, PDG de Volvo Cars, a confirmé.', lang: 'fr' };

let server: ChildProcess;
let base = '';
beforeAll(async () => {
  writeFileSync(join(dir, 'answer.json'), JSON.stringify(answer));
  server = spawn(process.execPath, [join(import.meta.dirname, 'fixtures/fake-llm-server.mjs'), join(dir, 'answer.json')]);
  const port = await new Promise<string>((resolve) => server.stdout!.once('data', (d) => resolve(String(d).trim())));
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => { server?.kill(); });

const requests = async () => (await (await fetch(`${base}/requests`)).json()) as Array<{ authorization: string; body: { model: string; response_format: { type: string } } }>;
const llm = (cacheDir: string): Extractor => createExtractor({ kind: 'llm', llm: { baseUrl: `${base}/v1`, apiKey: 'sk-test', model: 'test-model', cacheDir } });

describe('llm extractor (fake OpenAI-compatible server over real HTTP)', () => {
  it('asks for a JSON-schema answer and keeps only what the text supports', async () => {
    const x = await llm(join(dir, 'cache-a')).extractAsync!(article);
    const [req] = await requests();
    expect(req!.authorization).toBe('Bearer sk-test');
    expect(req!.body.model).toBe('test-model');
    expect(req!.body.response_format.type).toBe('json_schema');
    expect(x.mentions.map((m) => `${m.text}/${m.type}`)).toEqual(['Volvo Cars/Company', 'Suède/Country', 'Jim Rowan/Person']);
    // the paraphrased ROLE_AT evidence and the relation to an invented entity are dropped
    expect(x.relations.map((r) => `${r.type}:${r.rule}`)).toEqual(['INVESTS_IN:llm', 'ROLE_AT:llm']);
    expect(x.relations[0]!.properties).toMatchObject({ amount: 1.2e9, currency: 'EUR', until: 2030 });
    expect(x.relations[1]!.evidence).toBe('Jim Rowan, PDG de Volvo Cars, a confirmé.');
    const patch = new Resolver().resolve(article, x);
    expect(patch.entities.map((e) => e.id)).toEqual(['company:volvo-cars', 'country:se', 'person:jim-rowan']);
  });

  it('caches answers by content hash: the second extraction, even synchronous, makes no request', async () => {
    const cacheDir = join(dir, 'cache-b');
    const before = (await requests()).length;
    const first = llm(cacheDir).extract(article); // synchronous path: HTTP call from a child process
    expect((await requests()).length).toBe(before + 1);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const second = await llm(cacheDir).extractAsync!(article);
    expect((await requests()).length).toBe(before + 1);
    expect(second).toEqual(first);
  });

  it('says what is missing without a base URL', () => {
    const saved = process.env.NEWSGRAPH_LLM_BASE_URL;
    delete process.env.NEWSGRAPH_LLM_BASE_URL;
    expect(() => createExtractor({ kind: 'llm' })).toThrow(/NEWSGRAPH_LLM_BASE_URL/);
    if (saved !== undefined) process.env.NEWSGRAPH_LLM_BASE_URL = saved;
  });
});
