import { describe, expect, it } from 'vitest';
import { CypherError } from '../../src/cypher/index.ts';
import { engine, rows } from './helpers.ts';

function seeded() {
  const e = engine();
  e.db.run(`CREATE (a:Company {name: 'Amazon'}), (m:Company {name: 'Microsoft'}), (f:Country {name: 'France'}), (i:Country {name: 'India'}),
    (a)-[:INVESTS_IN {amount: 1200000000, year: 2031}]->(f), (a)-[:INVESTS_IN {amount: 35000000000}]->(i),
    (m)-[:INVESTS_IN {amount: 4000000000}]->(f), (m)-[:COMPETES_WITH]->(a)`);
  return e;
}

describe('reading clauses', () => {
  it('MATCH with labels, properties, directions and WHERE', () => {
    const { db } = seeded();
    expect(rows(db, "MATCH (c:Company)-[r:INVESTS_IN]->(k:Country {name: 'France'}) RETURN c.name, r.amount ORDER BY c.name")).toEqual([
      ['Amazon', 1200000000], ['Microsoft', 4000000000],
    ]);
    expect(rows(db, 'MATCH (a)<-[:COMPETES_WITH]-(b) RETURN a.name, b.name')).toEqual([['Amazon', 'Microsoft']]);
    expect(rows(db, "MATCH (a {name: 'Amazon'})-[r]-(b) WHERE r.amount > 2000000000 OR type(r) = 'COMPETES_WITH' RETURN b.name ORDER BY b.name")).toEqual([['India'], ['Microsoft']]);
  });

  it('names columns by the expression text unless aliased', () => {
    const { db } = seeded();
    const r = db.run("MATCH (c:Company {name: 'Amazon'}) RETURN c.name, c.name AS n, toUpper(c.name)");
    expect(r.columns).toEqual(['c.name', 'n', 'toUpper(c.name)']);
  });

  it('OPTIONAL MATCH yields nulls when nothing matches', () => {
    const { db } = seeded();
    expect(rows(db, "MATCH (k:Country) OPTIONAL MATCH (k)-[:INVESTS_IN]->(x) RETURN k.name, x ORDER BY k.name")).toEqual([
      ['France', null], ['India', null],
    ]);
  });

  it('variable-length patterns and paths', () => {
    const { db } = seeded();
    expect(rows(db, "MATCH p = (m {name: 'Microsoft'})-[*1..2]->(x:Country) RETURN x.name, length(p) ORDER BY length(p), x.name")).toEqual([
      ['France', 1], ['France', 2], ['India', 2],
    ]);
  });

  it('WITH, aggregation, DISTINCT, ORDER BY, SKIP and LIMIT', () => {
    const { db } = seeded();
    expect(rows(db, 'MATCH (c:Company)-[r:INVESTS_IN]->(k) WITH k, sum(r.amount) AS total WHERE total > 10000000000 RETURN k.name, total')).toEqual([
      ['India', 35000000000],
    ]);
    expect(rows(db, 'MATCH (c)-[:INVESTS_IN]->(k) RETURN DISTINCT k.name AS k ORDER BY k DESC SKIP 1 LIMIT 5')).toEqual([['France']]);
    expect(rows(db, 'MATCH (c:Company) RETURN count(*) AS n, collect(c.name) AS names')).toEqual([[2, ['Amazon', 'Microsoft']]]);
  });

  it('UNWIND and UNION / UNION ALL', () => {
    const { db } = engine();
    expect(rows(db, 'UNWIND [1, 2, 2] AS x RETURN x UNION RETURN 3 AS x')).toEqual([[1], [2], [3]]);
    expect(rows(db, 'UNWIND [1, 1] AS x RETURN x UNION ALL RETURN 1 AS x')).toEqual([[1], [1], [1]]);
    expect(rows(db, 'UNWIND [] AS x RETURN x')).toEqual([]);
  });

  it('EXISTS and COUNT subqueries, pattern comprehensions, shortestPath', () => {
    const { db } = seeded();
    expect(rows(db, 'MATCH (c:Company) WHERE EXISTS { (c)-[:INVESTS_IN]->(:Country {name: "India"}) } RETURN c.name')).toEqual([['Amazon']]);
    expect(rows(db, 'MATCH (c:Company) RETURN c.name, COUNT { (c)-[:INVESTS_IN]->() } AS n ORDER BY c.name')).toEqual([['Amazon', 2], ['Microsoft', 1]]);
    expect(rows(db, "MATCH (c:Company {name: 'Amazon'}) RETURN [(c)-[:INVESTS_IN]->(k) | k.name] AS ks")[0][0]).toHaveLength(2);
    expect(rows(db, "MATCH (a {name: 'India'}), (b {name: 'Microsoft'}) MATCH p = shortestPath((a)-[*]-(b)) RETURN length(p)")).toEqual([[2]]);
  });

  it('procedures: db.labels, db.relationshipTypes, db.propertyKeys', () => {
    const { db } = seeded();
    expect(rows(db, 'CALL db.labels()')).toEqual([['Company'], ['Country']]);
    expect(rows(db, 'CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t')).toEqual([['COMPETES_WITH'], ['INVESTS_IN']]);
    // a relationship's `key` (its identity) is a property, as on Neo4j (DESIGN.md)
    expect(rows(db, 'CALL db.propertyKeys()').flat()).toEqual(['amount', 'key', 'name', 'year']);
  });
});

describe('writing clauses', () => {
  it('CREATE counts nodes, relationships, properties and labels', () => {
    const { db, graph } = engine();
    const r = db.run("CREATE (a:A {x: 1})-[:R {w: 2}]->(b:B:C) RETURN a.x");
    expect(r.stats).toEqual({ nodesCreated: 2, relationshipsCreated: 1, propertiesSet: 2, labelsAdded: 3 });
    expect(graph.order).toBe(2);
    // domain convention: one label → `type` attribute, several → `labels`
    const attrs = graph.mapNodes((_k, a) => a);
    expect(attrs).toContainEqual({ type: 'A', x: 1 });
    expect(attrs).toContainEqual({ labels: ['B', 'C'] });
  });

  it('MERGE matches or creates, with ON CREATE / ON MATCH', () => {
    const { db } = engine();
    const q = "MERGE (c:Company {name: 'Amazon'}) ON CREATE SET c.created = true ON MATCH SET c.seen = true RETURN c.created, c.seen";
    expect(rows(db, q)).toEqual([[true, null]]);
    expect(rows(db, q)).toEqual([[true, true]]);
    expect(rows(db, 'MATCH (c:Company) RETURN count(c)')).toEqual([[1]]);
  });

  it('SET and REMOVE properties and labels', () => {
    const { db } = engine();
    db.run("CREATE (:A {name: 'x', n: 1})");
    db.run('MATCH (a:A) SET a.n = a.n + 1, a += {m: 5}, a:B REMOVE a.name');
    expect(rows(db, 'MATCH (a:A:B) RETURN properties(a), labels(a)')).toEqual([[{ n: 2, m: 5 }, ['A', 'B']]]);
    db.run('MATCH (a:A) SET a = {z: 0} REMOVE a:B');
    expect(rows(db, 'MATCH (a) RETURN properties(a), labels(a)')).toEqual([[{ z: 0 }, ['A']]]);
  });

  it('DELETE refuses connected nodes unless DETACH, and leaves the graph unchanged on failure', () => {
    const { db, graph } = engine();
    db.run('CREATE (:A)-[:R]->(:B), (:C)');
    expect(() => db.run('MATCH (n) DELETE n')).toThrow(CypherError);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(1);
    expect(db.run('MATCH (n) DETACH DELETE n').stats).toEqual({ nodesDeleted: 3, relationshipsDeleted: 1 });
    expect(graph.order).toBe(0);
  });
});
