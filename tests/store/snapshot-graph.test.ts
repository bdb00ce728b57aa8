import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import type { MultiDirectedGraph } from 'graphology';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeColumns, decodeSnapshot, encodeSnapshot, snapshotOfColumns } from '../../src/store/memory/snapshot-codec.ts';
import { importSnapshot } from '../../src/store/memory/snapshot-graph.ts';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { exportGraph } from '../../src/export/index.ts';
import { DateValue } from '../../src/cypher/temporal/values.ts';
import { StoredFloat } from '../../src/cypher/values.ts';
import { Point, WGS84 } from '../../src/graph/point.ts';
import { articlePatch } from '../helpers/patches.ts';

const newGraph = (): MultiDirectedGraph => new graphology.MultiDirectedGraph({ allowSelfLoops: true });
const json = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));

/** A store's graph after three articles (time fields derived: dates), plus the awkward cases. */
async function sampleGraph(): Promise<MultiDirectedGraph> {
  const store = await openMemoryStore();
  await store.apply([articlePatch(1), articlePatch(2), articlePatch(3, 'Acme again.')]);
  const g = store.graph;
  g.addNode('lonely', { type: 'Company', name: 'No relations', f: new StoredFloat(2), big: 2n ** 70n, at: new Point(WGS84, 4.8, 45.7), when: [DateValue.of(2024, 1, 2)] });
  g.addNode('42', { type: 'Company', name: 'a numeric key' });
  g.addDirectedEdgeWithKey('loop', 'company:acme', 'company:acme', { type: 'PARTNERS_WITH', on: DateValue.of(2025, 1, 1) });
  g.addDirectedEdgeWithKey('p1', 'company:acme', 'country:fr', { type: 'INVESTS_IN', amount: 1 });
  g.addDirectedEdgeWithKey('p2', 'company:acme', 'country:fr', { type: 'INVESTS_IN', amount: 2 });
  g.addDirectedEdgeWithKey('n1', '42', 'company:acme', { type: 'OWNS' });
  return g;
}

/** Everything graphology lets one observe: orders, attributes, ends, degrees, adjacency order, export. */
function observe(g: MultiDirectedGraph): string {
  const nodes = g.mapNodes((k, a) => [k, a, g.inDegree(k), g.outDegree(k), g.outEdges(k), g.inEdges(k), g.outNeighbors(k)]);
  const edges = g.mapEdges((k, a, s, t) => [k, a, s, t]);
  return json({ attributes: g.getAttributes(), nodes, edges, size: g.size, loops: g.selfLoopCount, directed: g.directedSize, exp: g.export() });
}

/** The sample graph, and its snapshot loaded both ways: graphology's `import` and the records path. */
async function bothLoads(): Promise<{ g: MultiDirectedGraph; imported: MultiDirectedGraph; fast: MultiDirectedGraph }> {
  const g = await sampleGraph();
  const columns = decodeColumns(encodeSnapshot(g, { generation: 'g1' }));
  const imported = newGraph();
  imported.import(snapshotOfColumns(columns).snapshot as never);
  const fast = newGraph();
  importSnapshot(fast, columns);
  return { g, imported, fast };
}

describe('snapshot into graphology (snapshot-graph.ts)', () => {
  it('builds from the columns the graph graph.import builds: same order, attributes, adjacency and export bytes', async () => {
    const { g, imported, fast } = await bothLoads();
    const viaEvents = newGraph();
    const added: string[] = [];
    viaEvents.on('edgeAdded', ({ key }) => added.push(key as string)); // a listener: the public API
    importSnapshot(viaEvents, decodeColumns(encodeSnapshot(g, { generation: 'g1' })));
    expect(observe(fast)).toBe(observe(imported));
    expect(observe(viaEvents)).toBe(observe(imported));
    expect(observe(fast)).toBe(observe(g));
    expect(added).toEqual(g.edges());
    const exportOf = (graph: MultiDirectedGraph) => exportGraph(JSON.parse(json(graph.export())), 'json').files[0]!.body;
    expect(exportOf(fast)).toBe(exportOf(imported));
  });

  it('leaves a graph that later changes treat as any other', async () => {
    const { g, imported, fast } = await bothLoads();
    for (const graph of [imported, fast]) {
      expect(graph.hasDirectedEdge('company:acme', 'country:fr')).toBe(true);
      expect(graph.hasDirectedEdge('country:fr', 'company:acme')).toBe(false);
      graph.addDirectedEdgeWithKey('p3', 'company:acme', 'country:fr', { type: 'INVESTS_IN', amount: 3 });
      graph.dropEdge('p1');
      graph.addNode('new', { type: 'Person' });
      graph.addDirectedEdgeWithKey('w', 'new', 'company:acme', { type: 'WORKS_FOR' });
      graph.dropNode('42');
      graph.mergeEdgeAttributes('p2', { amount: 20 });
      expect(() => graph.addDirectedEdgeWithKey('p2', 'new', 'lonely')).toThrow(/already exists/);
    }
    expect(observe(fast)).toBe(observe(imported));
  });

  it('decodes each distinct temporal value once and shares it', async () => {
    const g = await sampleGraph();
    const fast = newGraph();
    importSnapshot(fast, decodeColumns(encodeSnapshot(g, { generation: 'g1' })));
    const dates = [...fast.mapNodes((_k, a) => Object.values(a)), ...fast.mapEdges((_k, a) => Object.values(a))].flat().filter((d) => d instanceof DateValue);
    expect(dates.length).toBeGreaterThan(5);
    expect(dates.every((d) => d instanceof DateValue)).toBe(true);
    const byText = new Map<string, unknown>();
    for (const d of dates) {
      const seen = byText.get(String(d));
      if (seen) expect(d).toBe(seen);
      else byText.set(String(d), d);
    }
    expect(byText.size).toBeLessThan(dates.length);
    expect(fast.getAttribute('articles')).toBe(g.getAttribute('articles'));
  });

  it('still reads a snapshot written in format /2 (temporal values as tagged objects)', async () => {
    const bytes = readFileSync(new URL('./fixtures/snapshot-v2.bin', import.meta.url));
    const { header, snapshot } = decodeSnapshot(bytes);
    expect(header.format).toBe('newsgraph-snapshot/2');
    const fast = newGraph();
    importSnapshot(fast, decodeColumns(bytes));
    const imported = newGraph();
    imported.import(snapshot as never);
    expect(observe(fast)).toBe(observe(imported));
    expect(fast.getNodeAttribute('company:acme', 'firstSeen')).toEqual(DateValue.of(2025, 3, 1));
    expect(fast.getEdgeAttribute('m1', 'evidence')).toEqual(['Acme opens in Lyon.']);
    // a store on that file opens, and its next whole save is in the current format
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-v2-'));
    await writeFile(join(dir, 'g.json'), bytes);
    const store = await openMemoryStore({ file: join(dir, 'g.json') });
    expect(await store.hasArticle('article:1')).toBe(true);
    await store.close();
  });

  it('still reads a snapshot written in format /3, and /4 gives the same graph with its arrays as views of the file', () => {
    const v3 = readFileSync(new URL('./fixtures/snapshot-v3.bin', import.meta.url));
    const c3 = decodeColumns(v3);
    expect(c3.header.format).toBe('newsgraph-snapshot/3');
    const from3 = newGraph();
    importSnapshot(from3, c3);
    expect(from3.hasNode('42') && from3.hasEdge('loop')).toBe(true);
    // /4 of that graph: body 8-aligned in the file, no typed array copied out of the buffer
    const v4 = Buffer.from(encodeSnapshot(from3, { generation: 'g4' }));
    const c4 = decodeColumns(v4);
    expect(c4.header.format).toBe('newsgraph-snapshot/4');
    expect((12 + v4.readUInt32LE(8)) % 8).toBe(0);
    for (const a of [c4.nodeKeys, c4.nodeCells, c4.edgeKeys, c4.edgeSources, c4.edgeTargets, c4.edgeCells]) expect(a.buffer).toBe(v4.buffer);
    const from4 = newGraph();
    importSnapshot(from4, c4);
    expect(observe(from4)).toBe(observe(from3));
    // a misaligned buffer (the file's bytes at an odd address) reads the same
    const odd = Buffer.alloc(v4.length + 1);
    v4.copy(odd, 1);
    const shifted = newGraph();
    importSnapshot(shifted, decodeColumns(odd.subarray(1)));
    expect(observe(shifted)).toBe(observe(from3));
  });

  it('refuses a snapshot of an unknown format with its name; a newer one is said newer, not damaged', async () => {
    const as = (format: string) => Buffer.from(encodeSnapshot(newGraph(), { generation: 'g' }).toString('latin1').replace('newsgraph-snapshot/4', format), 'latin1');
    expect(() => decodeColumns(as('newsgraph-snapshot/x'))).toThrow(/unknown snapshot format 'newsgraph-snapshot\/x'/);
    expect(() => decodeColumns(as('newsgraph-snapshot/9'))).toThrow(/snapshot format 'newsgraph-snapshot\/9' is newer than this version reads/);
    const dir = await mkdtemp(join(tmpdir(), 'ng-newer-'));
    const file = join(dir, 'graph.json');
    await writeFile(file, as('newsgraph-snapshot/9'));
    await expect(openMemoryStore({ file })).rejects.toThrow(/graph\.json: was written by a newer Newsgraph .*upgrade Newsgraph/);
  });
});

describe('compaction of an older binary snapshot', () => {
  it('rewrites a /3 snapshot as /4 even with an empty log, and the graph stays the same', async () => {
    const { compactStore } = await import('../../src/store/memory/index.ts');
    const { readSnapshotHeader } = await import('../../src/store/memory/snapshot-file.ts');
    const dir = await mkdtemp(join(tmpdir(), 'ng-compact-v3-'));
    const file = join(dir, 'graph.json');
    const v3 = readFileSync(new URL('./fixtures/snapshot-v3.bin', import.meta.url));
    await writeFile(file, v3);
    const before = newGraph();
    importSnapshot(before, decodeColumns(v3));
    const r = await compactStore(file);
    expect(r.compacted, r.reason).toBe(true);
    expect((await readSnapshotHeader(file)).header?.format).toBe('newsgraph-snapshot/4');
    const after = newGraph();
    importSnapshot(after, decodeColumns(readFileSync(file)));
    expect(observe(after)).toBe(observe(before));
    // now current: nothing more to do
    expect((await compactStore(file)).compacted).toBe(false);
  });
});
