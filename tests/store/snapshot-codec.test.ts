import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import { encodeSnapshot, decodeSnapshot, decodeHeader } from '../../src/store/memory/snapshot-codec.ts';
import { StoredFloat } from '../../src/cypher/values.ts';
import { Point, WGS84 } from '../../src/graph/point.ts';

function sample() {
  const g = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  g.mergeAttributes({ name: 'n', format: 'newsgraph-snapshot/1', articles: 2 });
  const shared = 'Acme invests €5bn in Lyon — 🚀 “quoted”';
  g.addNode('a', { type: 'Article', id: 'a', title: '', lang: 'fr', n: -0, big: 2n ** 70n, f: new StoredFloat(3), flag: false, nil: null, nums: [1.5, 2], mixed: ['x', 1], empty: [] });
  g.addNode('b', { type: 'Country', name: 'Côte d’Ivoire', location: new Point(WGS84, 4.8, 45.7), aliases: ['CI', ''], articles: ['a'] });
  g.addNode('c', { type: 'Company', name: 'x'.repeat(50) });
  g.addDirectedEdgeWithKey('e1', 'a', 'b', { type: 'MENTIONS', evidence: [shared], articles: ['a'], confidence: 1 });
  g.addDirectedEdgeWithKey('e2', 'c', 'b', { type: 'INVESTS_IN', evidence: [shared, shared], articles: ['a', 'a'], amountUsd: 5e9, yes: true });
  return g;
}

describe('binary snapshot', () => {
  it('round-trips every attribute type, with strings shared through one table, across chunk boundaries', () => {
    for (const chunkChars of [undefined, 1, 7, 40]) {
      const g = sample();
      const bytes = encodeSnapshot(g, { generation: 'g1', base: { generation: 'g0', logOffset: 99 } }, chunkChars ? { chunkChars } : {});
      const { header, snapshot } = decodeSnapshot(bytes);
      expect(header).toMatchObject({ generation: 'g1', base: { generation: 'g0', logOffset: 99 }, nodes: 3, edges: 2 });
      const back = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
      back.import(snapshot as never);
      expect(back.getAttributes()).toEqual(g.getAttributes());
      g.forEachNode((k, a) => expect(back.getNodeAttributes(k), `${k} (chunks of ${chunkChars})`).toEqual(a));
      g.forEachEdge((k, a, s, t) => { expect(back.getEdgeAttributes(k)).toEqual(a); expect([back.source(k), back.target(k)]).toEqual([s, t]); });
      expect(back.getNodeAttribute('a', 'f')).toBeInstanceOf(StoredFloat);
      expect(typeof back.getNodeAttribute('a', 'big')).toBe('bigint');
      expect(Object.is(back.getNodeAttribute('a', 'n'), -0)).toBe(true);
      expect(back.getNodeAttribute('b', 'location')).toBeInstanceOf(Point);
      // the evidence sentence is one table entry: written once
      const e2 = back.getEdgeAttribute('e2', 'evidence') as string[];
      expect(e2[0]).toBe(e2[1]);
      expect(bytes.toString('utf8').split('Acme invests').length - 1).toBe(1);
    }
  });

  it('refuses a damaged body and reads the header alone', () => {
    const bytes = encodeSnapshot(sample(), { generation: 'g1' });
    expect(decodeHeader(bytes.subarray(0, 400)).header.generation).toBe('g1');
    const broken = Buffer.from(bytes);
    broken[broken.length - 3] ^= 0xff;
    expect(() => decodeSnapshot(broken)).toThrow(/damaged body/);
    expect(() => decodeSnapshot(bytes.subarray(0, bytes.length - 10))).toThrow(/damaged body/);
  });
});
