import { describe, expect, it } from 'vitest';
import { CypherError } from '../../src/cypher/index.ts';
import { engine, rows } from './helpers.ts';

const ONE_HOP = 'MATCH (c:Company {name: $n})-[r:INVESTS_IN]->(x) RETURN x.name AS target, r.amount AS amount ORDER BY amount';
const ONE_HOP_UNORDERED = 'MATCH (c:Company {name: $n})-[r:INVESTS_IN]->(x) RETURN x.name AS target, r.amount AS amount';

describe('read fast paths (direct projection output, cached relationship attributes)', () => {
  it('repeated read queries see changes made between them, in the engine and outside it', () => {
    const { db, graph } = engine();
    db.run("CREATE (a:Company {name: 'A'})-[:INVESTS_IN {amount: 1}]->(:Country {name: 'F'})");
    expect(rows(db, ONE_HOP_UNORDERED, { n: 'A' })).toEqual([['F', 1]]);
    db.run("MATCH (:Company {name: 'A'})-[r:INVESTS_IN]->() SET r.amount = 2");
    expect(rows(db, ONE_HOP_UNORDERED, { n: 'A' })).toEqual([['F', 2]]);
    graph.forEachEdge((e) => graph.replaceEdgeAttributes(e, { type: 'INVESTS_IN', amount: 3 }));
    expect(rows(db, ONE_HOP_UNORDERED, { n: 'A' })).toEqual([['F', 3]]);
    db.run("MATCH (a:Company {name: 'A'}) CREATE (a)-[:INVESTS_IN {amount: 0}]->(:Country {name: 'G'})");
    expect(rows(db, ONE_HOP, { n: 'A' })).toEqual([['G', 0], ['F', 3]]);
    expect(rows(db, ONE_HOP_UNORDERED, { n: 'nobody' })).toEqual([]);
  });

  it('type is not a relationship property, and a missing property is null', () => {
    const { db } = engine();
    db.run("CREATE (:Company {name: 'A'})-[:INVESTS_IN {amount: 1}]->(:Country {name: 'F'})");
    expect(rows(db, 'MATCH (:Company)-[r:INVESTS_IN]->() RETURN r.type, r.year, type(r)')).toEqual([[null, null, 'INVESTS_IN']]);
  });

  it('a write query still reads the current relationship (deleted relationships are an error)', () => {
    const { db } = engine();
    db.run("CREATE (:Company {name: 'A'})-[:INVESTS_IN {amount: 1}]->(:Country {name: 'F'})");
    expect(rows(db, 'MATCH ()-[r:INVESTS_IN]->() SET r.amount = 5 WITH r RETURN r.amount')).toEqual([[5]]);
    expect(() => db.run('MATCH ()-[r:INVESTS_IN]->() DELETE r RETURN r.amount')).toThrow(CypherError);
  });

  it('maxRows still applies to directly projected results', () => {
    const { db } = engine();
    db.run('UNWIND range(1, 5) AS i CREATE (:N {i: i})');
    expect(() => db.execute('MATCH (n:N) RETURN n.i AS i', { maxRows: 3 })).toThrow(/more than 3 rows/);
    expect(db.execute('MATCH (n:N) RETURN n.i AS i', { maxRows: 5 }).rows).toHaveLength(5);
  });
});

describe('index seeks that reuse one row (bulk UNWIND … MATCH … CREATE)', () => {
  it('each created relationship joins the nodes its own input row named', () => {
    const { db } = engine();
    db.run('UNWIND range(0, 9) AS i CREATE (:Company {name: "c" + i}), (:Country {name: "k" + i})');
    const pairs = Array.from({ length: 30 }, (_, i) => ({ from: `c${i % 10}`, to: `k${(i * 7) % 10}`, i }));
    db.run('UNWIND $rows AS r MATCH (a:Company {name: r.from}), (b:Country {name: r.to}) CREATE (a)-[:INVESTS_IN {i: r.i}]->(b)', { params: { rows: pairs } });
    const got = rows(db, 'MATCH (a)-[r:INVESTS_IN]->(b) RETURN r.i AS i, a.name AS from, b.name AS to ORDER BY i');
    expect(got).toEqual(pairs.map((p) => [p.i, p.from, p.to]));
  });

  it('rows kept by a later clause are not overwritten', () => {
    const { db } = engine();
    db.run('UNWIND range(0, 4) AS i CREATE (:N {k: i})');
    expect(rows(db, 'UNWIND [3, 1, 4] AS x MATCH (n:N {k: x}) WITH n ORDER BY n.k RETURN collect(n.k) AS ks')).toEqual([[[1, 3, 4]]]);
    expect(rows(db, 'UNWIND [3, 1, 4] AS x MATCH (n:N {k: x}) CREATE (m:M) RETURN n.k AS k ORDER BY k')).toEqual([[1], [3], [4]]);
  });
});

describe('label checks that keep the label set between queries', () => {
  it('see labels that appear later, nodes that lose them, and a cleared graph', () => {
    const { db, graph } = engine();
    const Q = 'MATCH (:A)-[:R]->(b:L) RETURN count(b) AS n';
    db.run("CREATE (:A)-[:R]->(:M)");
    expect(rows(db, Q)).toEqual([[0]]);
    db.run('MATCH (a:A) CREATE (a)-[:R]->(:L), (a)-[:R]->(:L)');
    expect(rows(db, Q)).toEqual([[2]]);
    db.run('MATCH (b:L) WITH b LIMIT 1 REMOVE b:L');
    expect(rows(db, Q)).toEqual([[1]]);
    graph.clear();
    expect(rows(db, Q)).toEqual([[0]]);
    db.run('CREATE (:A)-[:R]->(:L)');
    expect(rows(db, Q)).toEqual([[1]]);
  });
});
