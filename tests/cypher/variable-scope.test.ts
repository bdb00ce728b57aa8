import { describe, expect, it } from 'vitest';
import { CypherError } from '../../src/cypher/index.ts';
import { engine } from './helpers.ts';

/** The compile-time error of a query, or a failure naming the rows it returned instead. */
function compileError(query: string): CypherError {
  const { db } = engine();
  db.run("CREATE (:Company {name: 'Acme'})-[:LOCATED_IN]->(:City {name: 'Lyon'})");
  try {
    const r = db.run(query);
    throw new Error(`expected a compile-time error, got rows ${JSON.stringify(r.rows)}`);
  } catch (e) {
    if (e instanceof CypherError) return e;
    throw e;
  }
}

describe('undefined variables are compile-time errors, as in Neo4j', () => {
  it.each([
    ['MATCH (n:Company) RETURN m.name', 'm', 26],
    ['MATCH (c)-[:LOCATED_IN]->(k) WITH c RETURN k.name', 'k', 44],
    ['MATCH (c)-[r:LOCATED_IN]->(k) WITH c, k RETURN r.since', 'r', 48],
    ['MATCH (n) WITH n WHERE m.x = 1 RETURN n', 'm', 24],
    ['MATCH (n) WITH n ORDER BY m.x RETURN n', 'm', 27],
    ['MATCH (n) RETURN n ORDER BY m.x', 'm', 29],
    ['MATCH (a), (b) WITH a WITH a ORDER BY b.name RETURN a', 'b', 39],
    ['MATCH (n) RETURN m.x.y', 'm', 18],
    ['MATCH (n) RETURN [x IN [1] | m.y]', 'm', 30],
    ['MATCH (n) RETURN [(n)-->(k) | k.name], k.name', 'k', 40],
    ['MATCH (n) SET n.x = m.y', 'm', 21],
    ['MATCH (n) RETURN n.name AS a UNION MATCH (k) RETURN n.name AS a', 'n', 53],
  ])('%s', (query, name, column) => {
    const e = compileError(query);
    expect(e.message).toMatch(new RegExp(`^Variable \`${name}\` not defined`));
    expect(e.phase).toBe('compile');
    expect(e.detail).toBe('UndefinedVariable');
    expect(e.position?.column).toBe(column);
  });

  it('ORDER BY and WHERE after a plain WITH / RETURN still see the variables projected away', () => {
    const { db } = engine();
    db.run("CREATE (:Company {name: 'B', rank: 1}), (:Company {name: 'A', rank: 2})");
    expect(db.run('MATCH (n:Company) WITH n.name AS name ORDER BY n.rank RETURN name').rows).toEqual([['B'], ['A']]);
    expect(db.run('MATCH (n:Company) RETURN n.name AS name ORDER BY n.rank DESC').rows).toEqual([['A'], ['B']]);
    expect(db.run("MATCH (n:Company) WITH n.name AS name WHERE n.rank = 2 RETURN name").rows).toEqual([['A']]);
  });

  it('but not after DISTINCT or an aggregation', () => {
    expect(compileError('MATCH (n) WITH DISTINCT n.name AS name ORDER BY n.rank RETURN name').message).toMatch(/projected/);
    expect(compileError('MATCH (n) RETURN count(*) AS c ORDER BY n.rank').message).toMatch(/projected/);
  });
});
