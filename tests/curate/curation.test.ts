import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdtemp, copyFile, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import { exportGraph } from '../../src/export/index.ts';
import { runCuration, readLog, logFileFor, logState, CurationError, type CurationRequest } from '../../src/curate/index.ts';
import { isPoint } from '../../src/graph/point.ts';
import type { MemoryStore } from '../../src/store/memory/memory-store.ts';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const by = { by: 'tester', at: '2026-12-06T00:00:00.000Z' };
let seeded: string;

async function freshStore(): Promise<{ store: MemoryStore; dir: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'curate-'));
  const file = join(dir, 'graph.json');
  await copyFile(seeded, file);
  return { store: await openMemoryStore({ file }), dir, file };
}

const exported = async (store: MemoryStore) => exportGraph(await store.snapshot(), 'json').files[0]!.body;

function edgeKey(store: MemoryStore, type: string, source: string, target: string): string {
  const key = store.graph.edges(source, target).find((e) => store.graph.getEdgeAttribute(e, 'type') === type);
  if (!key) throw new Error(`no ${type} ${source} → ${target} in the seed graph`);
  return key;
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'curate-seed-'));
  seeded = join(dir, 'graph.json');
  const store = await openMemoryStore({ file: seeded });
  await ingest([SEEDS], store);
  await store.close();
}, 120_000);

describe('curation operations and undo', () => {
  const cases: Array<[string, (s: MemoryStore) => CurationRequest]> = [
    ['merge', () => ({ op: 'merge', target: 'company:amazon-web-services', other: 'company:aws-france' })],
    ['merge of a hub', () => ({ op: 'merge', target: 'company:amazon', other: 'company:amazon-web-services' })],
    ['split', () => ({ op: 'split', target: 'company:amazon', alias: 'Amazon.com Inc' })],
    ['rename', () => ({ op: 'rename', target: 'company:mistral', name: 'Mistral AI' })],
    ['retype', () => ({ op: 'retype', target: 'company:franceinfo', type: 'Organization' })],
    ['reject entity', () => ({ op: 'reject', target: 'country:kr' })],
    ['reject relation', (s) => ({ op: 'reject', target: edgeKey(s, 'INVESTS_IN', 'company:amazon', 'country:kr') })],
  ];
  for (const [name, request] of cases) {
    it(`${name} changes the graph, and undo gives back the same export byte for byte`, async () => {
      const { store } = await freshStore();
      const before = await exported(store);
      const entry = await runCuration(store, request(store), by);
      expect(entry.diff.nodes.length + entry.diff.edges.length).toBeGreaterThan(0);
      expect(await exported(store)).not.toBe(before);
      const undo = await runCuration(store, { op: 'undo' }, by);
      expect(undo.op === 'undo' && undo.undoes).toBe(entry.id);
      expect(undo.method).toBe('restore');
      expect(await exported(store)).toBe(before);
      // and on disk: a new process sees the same graph
      const reopened = await openMemoryStore({ file: store.file! });
      expect(await exported(reopened)).toBe(before);
    });
  }

  it('merge moves relations and evidence, keeps the names as aliases; the log says who, when and why', async () => {
    const { store, file } = await freshStore();
    const g = store.graph;
    const awsFranceEdges = g.edges('company:aws-france').length;
    expect(awsFranceEdges).toBeGreaterThan(0);
    const entry = await runCuration(store, { op: 'merge', target: 'Amazon Web Services', other: 'AWS France' }, { ...by, note: 'same company' });
    expect(entry.op === 'merge' && entry.target).toBe('company:amazon-web-services');
    expect(g.hasNode('company:aws-france')).toBe(false);
    expect(g.getNodeAttribute('company:amazon-web-services', 'aliases')).toContain('AWS France');
    for (const e of g.edges()) expect(e).not.toContain('company:aws-france');
    const log = await readLog(logFileFor(file));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: 'op', op: 'merge', by: 'tester', note: 'same company', other: 'company:aws-france' });
  });

  it('log entries keep typed values: a country removed by reject comes back with its location point', async () => {
    const { store, file } = await freshStore();
    expect(isPoint(store.graph.getNodeAttribute('country:kr', 'location'))).toBe(true);
    await runCuration(store, { op: 'reject', target: 'country:kr' }, by);
    const [entry] = await readLog(logFileFor(file));
    const img = entry!.kind === 'op' ? entry!.diff.nodes.find((c) => c.key === 'country:kr')!.before! : undefined;
    expect(isPoint(img!.attributes.location)).toBe(true);
  });

  it('operations started together run one after the other, each with its own id', async () => {
    const { store, file } = await freshStore();
    const [a, b] = await Promise.all([
      runCuration(store, { op: 'accept', target: 'company:amazon' }, by),
      runCuration(store, { op: 'reject', target: 'company:kl1' }, by),
    ]);
    expect([a.id, b.id]).toEqual(['1', '2']);
    expect((await readLog(logFileFor(file))).map((e) => (e.kind === 'op' ? e.id : ''))).toEqual(['1', '2']);
  });

  it('refuses unknown entities, ambiguous names and undo of an operation a later one builds on', async () => {
    const { store } = await freshStore();
    await expect(runCuration(store, { op: 'merge', target: 'company:nope', other: 'company:amazon' }, by)).rejects.toThrow(/no entity 'company:nope'/);
    await expect(runCuration(store, { op: 'retype', target: 'company:amazon', type: 'Planet' as never }, by)).rejects.toThrow(/unknown type 'Planet'/);
    const first = await runCuration(store, { op: 'merge', target: 'company:amazon-web-services', other: 'company:aws-france' }, by);
    await runCuration(store, { op: 'merge', target: 'company:amazon', other: 'company:amazon-web-services' }, by);
    await expect(runCuration(store, { op: 'undo', undoes: first.id }, by)).rejects.toThrow(CurationError);
    await expect(runCuration(store, { op: 'undo', undoes: first.id }, by)).rejects.toThrow(/undo it first/);
  });
});

describe('the log survives re-ingest', () => {
  it('a rejected relation stated again stays hidden and is counted; a merged alias keeps resolving', async () => {
    const { store, dir, file } = await freshStore();
    const key = edgeKey(store, 'INVESTS_IN', 'company:amazon', 'country:kr');
    const reject = await runCuration(store, { op: 'reject', target: key }, by);
    await runCuration(store, { op: 'merge', target: 'company:amazon-web-services', other: 'company:aws-france' }, by);
    const article = join(dir, 'later.txt');
    await writeFile(article, 'Amazon investit encore en Corée\n\nAmazon investit 5 milliards de dollars en Corée du Sud d’ici 2031 pour ses centres de données. AWS France a aussi annoncé un partenariat avec Mistral AI à Paris.\n');
    const summary = await ingest([article], store);
    expect(summary.newArticles).toBe(1);
    expect(store.graph.hasEdge(key)).toBe(false);
    expect(store.graph.hasNode('company:aws-france')).toBe(false);
    const articleId = store.graph.filterNodes((_k, a) => a.type === 'Article' && a.title === 'Amazon investit encore en Corée')[0]!;
    expect(store.graph.getNodeAttribute('company:amazon-web-services', 'articles')).toContain(articleId);
    const state = logState(await readLog(logFileFor(file)));
    const restated = state.restated.filter((r) => r.rule === reject.id);
    expect(restated.map((r) => r.article)).toEqual([articleId]);
    expect(restated[0]!.evidence).toContain('5 milliards');
    // ingesting the same article again records nothing twice
    await ingest([article], store);
    expect(logState(await readLog(logFileFor(file))).restated.filter((r) => r.rule === reject.id)).toHaveLength(1);
  });

  it('undo of a merge after a later ingest splits the entity back instead of losing the new articles', async () => {
    const { store, dir } = await freshStore();
    const merge = await runCuration(store, { op: 'merge', target: 'company:amazon-web-services', other: 'company:aws-france' }, by);
    const article = join(dir, 'later.txt');
    await writeFile(article, 'AWS en Irlande\n\nAmazon Web Services ouvre un centre de données à Dublin, en Irlande. Amazon Web Services investit 2 milliards d’euros en Irlande.\n');
    await ingest([article], store);
    const undo = await runCuration(store, { op: 'undo' }, by);
    expect(undo.op === 'undo' && undo.undoes).toBe(merge.id);
    expect(undo.method).toBe('inverse');
    expect(store.graph.hasNode('company:aws-france')).toBe(true);
    expect(store.graph.getNodeAttribute('company:amazon-web-services', 'aliases')).not.toContain('AWS France');
    expect(store.graph.edges('company:aws-france').length).toBeGreaterThan(0);
    const id = store.graph.filterNodes((_k, a) => a.type === 'Article' && a.title === 'AWS en Irlande')[0]!;
    expect(store.graph.getNodeAttribute('company:amazon-web-services', 'articles')).toContain(id);
  });

  it('undo of a rename after a later ingest renames back and forgets the given name', async () => {
    const { store, dir } = await freshStore();
    await runCuration(store, { op: 'rename', target: 'company:mistral', name: 'Mistral Artificial Intelligence' }, by);
    const article = join(dir, 'later.txt');
    await writeFile(article, 'Mistral lève des fonds\n\nMistral AI investit 1 milliard d’euros en France.\n');
    await ingest([article], store);
    const undo = await runCuration(store, { op: 'undo' }, by);
    expect(undo.op === 'undo' && undo.method).toBe('inverse');
    expect(store.graph.getNodeAttribute('company:mistral', 'name')).toBe('Mistral');
    expect(store.graph.getNodeAttribute('company:mistral', 'aliases')).not.toContain('Mistral Artificial Intelligence');
  });

  it('a torn last log line (a crash mid-write) is ignored and the next entry starts on its own line', async () => {
    const { store, file } = await freshStore();
    await runCuration(store, { op: 'accept', target: 'company:amazon' }, by);
    await writeFile(logFileFor(file), (await readFile(logFileFor(file), 'utf8')) + '{"kind":"op","id":"2","op":"mer');
    expect(await readLog(logFileFor(file))).toHaveLength(1);
    await runCuration(store, { op: 'accept', target: 'company:google' }, by);
    await expect(readLog(logFileFor(file))).rejects.toThrow(/graph\.json\.curation\.jsonl:2:/);
  });
});
