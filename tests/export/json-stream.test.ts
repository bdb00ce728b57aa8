import { describe, expect, it } from 'vitest';
import { snapshotJsonChunks } from '../../src/export/json-stream.ts';
import { exportJson } from '../../src/export/json.ts';
import { MemoryStore, emptySnapshot } from '../../src/store/memory/index.ts';
import { articlePatch } from '../helpers/patches.ts';

describe('the JSON snapshot in pieces', () => {
  it('gives the same bytes as the whole-string export (pretty and compact), one piece per element', async () => {
    const store = new MemoryStore(undefined, emptySnapshot('t'));
    await store.apply([articlePatch(1), articlePatch(2, 'Line one\nline "two" — €5bn')]);
    const snapshot = await store.snapshot();
    const pretty = [...snapshotJsonChunks(snapshot, { pretty: true, canonical: true })];
    expect(pretty.join('')).toBe(exportJson(snapshot).body);
    const compact = [...snapshotJsonChunks(snapshot, { pretty: false, canonical: false })];
    expect(JSON.parse(compact.join(''))).toEqual(JSON.parse(JSON.stringify(snapshot)));
    expect(pretty.length).toBeGreaterThanOrEqual(snapshot.nodes.length + snapshot.edges.length);
    expect(Math.max(...pretty.map((c) => c.length))).toBeLessThan(exportJson(snapshot).body.length / 2);
  });

  it('an empty graph too', () => {
    const snapshot = emptySnapshot('t');
    expect([...snapshotJsonChunks(snapshot, { pretty: true, canonical: true })].join('')).toBe(exportJson(snapshot).body);
    expect(JSON.parse([...snapshotJsonChunks(snapshot, { pretty: false, canonical: false })].join(''))).toEqual(snapshot);
  });
});
