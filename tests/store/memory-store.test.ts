import { describe, expect, it } from 'vitest';
import { savedSnapshot, savedText } from '../helpers/store-file.ts';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMemoryStore, StoreFileError } from '../../src/store/memory/index.ts';
import { articlePatch } from '../helpers/patches.ts';

const tmp = () => mkdtemp(join(tmpdir(), 'newsgraph-store-'));

describe('memory store merge rules', () => {
  it('applying the same patch twice changes nothing', async () => {
    const store = await openMemoryStore();
    const first = await store.apply([articlePatch(1)]);
    const before = JSON.stringify((await store.snapshot()).nodes) + JSON.stringify((await store.snapshot()).edges);
    const second = await store.apply([articlePatch(1)]);
    const after = JSON.stringify((await store.snapshot()).nodes) + JSON.stringify((await store.snapshot()).edges);
    expect(first).toEqual({ newArticles: 1, newEntities: 2, newRelations: 2 });
    expect(second).toEqual({ newArticles: 0, newEntities: 0, newRelations: 0 });
    expect(after).toBe(before);
  });

  it('a second article grows provenance lists without duplicating nodes or edges', async () => {
    const store = await openMemoryStore();
    await store.apply([articlePatch(1), articlePatch(2)]);
    const acme = store.graph.getNodeAttributes('company:acme');
    expect(acme.articles).toEqual(['article:0000000000000001', 'article:0000000000000002']);
    expect(acme.mentions).toBe(4);
    expect(acme.aliases).toEqual(['Acme Inc']);
    const invest = store.graph.edges('company:acme', 'country:fr');
    expect(invest).toHaveLength(1);
    const attrs = store.graph.getEdgeAttributes(invest[0]!);
    expect(attrs.articles).toHaveLength(2);
    expect(attrs.evidence).toHaveLength(2);
    expect(attrs.confidence).toBe(0.9);
    const stats = await store.stats();
    expect(stats).toMatchObject({ articles: 2, entities: 2, relationships: 3 });
  });

  it('country aliases never repeat the canonical name', async () => {
    const store = await openMemoryStore();
    await store.apply([articlePatch(1)]);
    expect(store.graph.getNodeAttribute('country:fr', 'aliases')).toEqual([]);
  });
});

describe('memory store file', () => {
  it('round-trips through its file and is marked as Newsgraph\'s', async () => {
    const dir = await tmp();
    const file = join(dir, 'g.json');
    const a = await openMemoryStore({ file });
    await a.apply([articlePatch(1)]);
    await a.close();
    const raw = await savedSnapshot(file);
    expect(raw.attributes.format).toBe('newsgraph-snapshot/1');
    expect(raw.attributes.articles).toBe(1);
    const b = await openMemoryStore({ file });
    expect(await b.hasArticle('article:0000000000000001')).toBe(true);
    expect((await b.knownEntities()).map((e) => e.id).sort()).toEqual(['company:acme', 'country:fr']);
  });

  it('refuses a corrupt file and leaves it untouched', async () => {
    const dir = await tmp();
    const file = join(dir, 'g.json');
    await writeFile(file, '{"nodes": [ broken');
    await expect(openMemoryStore({ file })).rejects.toThrow(StoreFileError);
    await expect(openMemoryStore({ file })).rejects.toThrow(/not valid JSON.*refusing/);
    expect(await readFile(file, 'utf8')).toBe('{"nodes": [ broken');
  });

  it('refuses a foreign JSON file', async () => {
    const dir = await tmp();
    const file = join(dir, 'package.json');
    await writeFile(file, '{"name": "something else"}');
    await expect(openMemoryStore({ file })).rejects.toThrow(/not a Newsgraph graph file/);
  });

  it('refuses a folder given as --db', async () => {
    const dir = await tmp();
    await expect(openMemoryStore({ file: dir })).rejects.toThrow(/not a file/);
  });
});
