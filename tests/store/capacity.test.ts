import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLoad, checkGrowth, CapacityError, CAPACITY, articlesFitting } from '../../src/store/memory/capacity.ts';
import { openMemoryStore } from '../../src/store/memory/index.ts';
import { articlePatch } from '../helpers/patches.ts';

const GB = 1024 ** 3;

describe('the embedded store says where its range ends', () => {
  it('refuses to load a snapshot past the heap, with the figures and the way out', () => {
    const nodes = 3_000_000, edges = 9_000_000;
    let message = '';
    try { checkLoad('data/graph.json', { nodes, edges }, 4 * GB); } catch (err) { expect(err).toBeInstanceOf(CapacityError); message = (err as Error).message; }
    expect(message).toContain('3,000,000 nodes and 9,000,000 relationships');
    const need = (nodes * CAPACITY.bytesPerNode + edges * CAPACITY.bytesPerRelationship) * CAPACITY.loadOverhead;
    expect(message).toContain(`${(need / GB).toFixed(1)} GB`);
    expect(message).toContain('--max-old-space-size=8192');
    expect(message).toContain('newsgraph push --db data/graph.json --neo4j bolt://');
    expect(message).toContain(`${articlesFitting(4 * GB * CAPACITY.heapShare).toLocaleString('en')} articles`);
    // within range: nothing said
    expect(() => checkLoad('g', { nodes: 100_000, edges: 300_000 }, 4 * GB)).not.toThrow();
  });

  it('stops a growing graph before the heap runs out, not for garbage in a small graph', () => {
    const big = { order: 2_000_000, size: 6_000_000 };
    expect(() => checkGrowth('g.json', big, 3.6 * GB, 4 * GB)).toThrow(/has grown to 2,000,000 nodes and 6,000,000 relationships, using 3.6 GB of the 4.0 GB heap/);
    expect(() => checkGrowth('g.json', big, 2 * GB, 4 * GB)).not.toThrow();
    expect(() => checkGrowth('g.json', { order: 1000, size: 3000 }, 3.9 * GB, 4 * GB)).not.toThrow();
  });

  it('an over-large store file is refused at open with that message (not a V8 abort)', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'newsgraph-cap-')), 'g.json');
    const s = await openMemoryStore({ file });
    await s.apply([articlePatch(1)]);
    await s.close();
    // the same check, with the counts scaled as a year of news would bring them against this heap
    const { readSnapshotHeader } = await import('../../src/store/memory/snapshot-file.ts');
    const { header } = await readSnapshotHeader(file);
    expect(header!.nodes).toBe(3);
    expect(() => checkLoad(file, { nodes: header!.nodes * 1e7, edges: header!.edges * 1e7 })).toThrow(CapacityError);
  });
});
