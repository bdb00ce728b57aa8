import { describe, expect, it } from 'vitest';
import { engine, rows } from './helpers.ts';

describe('planner and indexes', () => {
  it('uses a (label, property) index seek and shows it in EXPLAIN', () => {
    const { db } = engine();
    db.run("UNWIND range(1, 50) AS i CREATE (:Company {name: 'c' + i})-[:INVESTS_IN]->(:Country {name: 'k' + i})");
    const plan = db.explain("MATCH (c:Company {name: 'c7'})-[:INVESTS_IN]->(k) RETURN k.name");
    expect(plan).toMatch(/NodeIndexSeek \(c:Company\(name\)\)/);
    expect(plan).toMatch(/Expand/);
    expect(db.run("EXPLAIN MATCH (c:Company) WHERE c.name = $n RETURN c", { params: { n: 'x' } }).plan).toMatch(/NodeIndexSeek/);
    expect(rows(db, "MATCH (c:Company {name: 'c7'})-[:INVESTS_IN]->(k) RETURN k.name")).toEqual([['k7']]);
  });

  it('starts from the most selective end of a pattern', () => {
    const { db } = engine();
    db.run("UNWIND range(1, 200) AS i CREATE (:Article {n: i})-[:MENTIONS]->(:Company {n: i})");
    db.run("CREATE (:Country {name: 'France'})");
    const plan = db.explain("MATCH (a:Article)-[:MENTIONS]->(c:Company)-[:INVESTS_IN]->(k:Country {name: 'France'}) RETURN a");
    expect(plan).toMatch(/NodeIndexSeek \(k:Country\(name\)\)/);
  });

  it('keeps label and property indexes current after writes made outside the engine', () => {
    const { db, graph } = engine();
    db.run("CREATE (:Company {name: 'Amazon'})");
    expect(rows(db, "MATCH (c:Company {name: 'Amazon'}) RETURN count(c)")).toEqual([[1]]);
    // outside writes, as the memory store applies ingest patches
    graph.addNode('company:x', { type: 'Company', name: 'X Corp', id: 'company:x' });
    graph.setNodeAttribute('company:x', 'name', 'Amazon');
    expect(rows(db, "MATCH (c:Company {name: 'Amazon'}) RETURN count(c)")).toEqual([[2]]);
    graph.mergeNodeAttributes('company:x', { type: 'Country' });
    expect(rows(db, "MATCH (c:Company {name: 'Amazon'}) RETURN count(c)")).toEqual([[1]]);
    expect(rows(db, "MATCH (c:Country) RETURN c.id")).toEqual([['company:x']]);
    graph.dropNode('company:x');
    expect(rows(db, 'MATCH (c:Country) RETURN count(c)')).toEqual([[0]]);
    graph.clear();
    expect(rows(db, 'MATCH (c:Company) RETURN count(c)')).toEqual([[0]]);
  });

  it('returns nodes and relationships in the DESIGN.md JSON shape, big integers as strings', () => {
    const { db, graph } = engine();
    graph.addNode('company:amazon', { type: 'Company', id: 'company:amazon', name: 'Amazon', aliases: ['AMZN'] });
    graph.addNode('country:fr', { type: 'Country', id: 'country:fr', name: 'France' });
    graph.addDirectedEdgeWithKey('e1', 'company:amazon', 'country:fr', { type: 'INVESTS_IN', amount: 1.2e9 });
    const r = db.run('MATCH (a)-[r]->(b) RETURN a, r, 9007199254740993 AS big');
    expect(r.rows[0]).toEqual([
      { kind: 'node', id: 'company:amazon', labels: ['Company'], properties: { id: 'company:amazon', name: 'Amazon', aliases: ['AMZN'] } },
      { kind: 'relationship', id: 'e1', type: 'INVESTS_IN', start: 'company:amazon', end: 'country:fr', properties: { amount: 1.2e9 } },
      '9007199254740993',
    ]);
  });

  it('the pure adapter treats type/labels as ordinary properties', () => {
    const { db } = engine(true);
    db.run("CREATE (:A {type: 'x', labels: 'y'})-[:R {type: 'z'}]->()");
    expect(rows(db, 'MATCH (a:A)-[r]->() RETURN a.type, a.labels, type(r), r.type')).toEqual([['x', 'y', 'R', 'z']]);
  });
});
