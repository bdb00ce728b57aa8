/** Points in every export: JSON form in JSON/GEXF/GraphML, Neo4j's own syntax in CSV and Cypher. */
import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import { exportGraph, parseSnapshot } from '../../src/export/index.ts';
import type { Snapshot } from '../../src/graph/model.ts';
import { Point, WGS84, isPoint } from '../../src/graph/point.ts';
import { CypherEngine } from '../../src/cypher/index.ts';

const snapshot = (): Snapshot => ({
  attributes: { name: 't' },
  options: { type: 'directed', multi: true, allowSelfLoops: true },
  nodes: [
    { key: 'region:lyon', attributes: { type: 'Region', name: 'Lyon', location: new Point(WGS84, 4.8357, 45.764) } },
    { key: 'company:acme', attributes: { type: 'Company', name: 'Acme' } },
  ],
  edges: [],
});

const text = (format: 'json' | 'cypher' | 'gexf' | 'graphml'): string => {
  return String(exportGraph(snapshot(), format).files[0]!.body);
};

describe('points in exports', () => {
  it('JSON: {latitude, longitude, srid}, read back as a point by import', () => {
    const json = text('json');
    expect(JSON.parse(json).nodes.find((n: { key: string }) => n.key === 'region:lyon').attributes.location).toEqual({ latitude: 45.764, longitude: 4.8357, srid: 4326 });
    const back = parseSnapshot(json, 'graph.json');
    expect(isPoint(back.nodes.find((n) => n.key === 'region:lyon')!.attributes.location)).toBe(true);
  });

  it('CSV: a point column in neo4j-admin form', () => {
    const out = exportGraph(snapshot(), 'csv');
    const nodes = String(out.files.find((f) => f.name === 'nodes.csv')!.body);
    expect(nodes.split('\r\n')[0]).toMatch(/,location:point\{crs:WGS-84\}$/);
    expect(nodes).toContain('"{latitude:45.764, longitude:4.8357}"');
  });

  it('Cypher: point({…}), which recreates a point', () => {
    const script = text('cypher');
    expect(script).toContain('location: point({longitude: 4.8357, latitude: 45.764})');
    const db = new CypherEngine(new graphology.MultiDirectedGraph());
    for (const line of script.split('\n').filter((l) => l.startsWith('MERGE'))) db.run(line.replace(/;$/, ''));
    expect(db.run("MATCH (r:Region) RETURN r.location.latitude, round(point.distance(r.location, point({latitude: 45.764, longitude: 4.8357})))").rows).toEqual([[45.764, 0]]);
  });

  it('GEXF and GraphML: the JSON form as text', () => {
    expect(text('gexf')).toContain('{&quot;latitude&quot;:45.764,&quot;longitude&quot;:4.8357,&quot;srid&quot;:4326}');
    expect(text('graphml')).toContain('>{"latitude":45.764,"longitude":4.8357,"srid":4326}</data>');
  });
});
