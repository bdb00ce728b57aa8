import { describe, expect, it } from 'vitest';
import { CypherEngine, CypherError } from '../../src/cypher/index.ts';
import { engine } from './helpers.ts';

function setup(): ReturnType<typeof engine>['db'] {
  const { db } = engine();
  db.run(`CREATE (a:Company {name: 'A'})-[:LOCATED_IN]->(:Country {name: 'France'}),
                 (a)-[:INVESTS_IN]->(:Country {name: 'India'}), (a)-[:INVESTS_IN]->(:Region {name: 'Bavaria'}),
                 (:Company {name: 'Z'})`);
  return db;
}

describe('Cypher 9 pattern expressions read as lists of paths (Neo4j 4)', () => {
  it('size(pattern) counts the paths, as COUNT { } does', () => {
    const db = setup();
    expect(db.run('MATCH (a:Company) RETURN a.name, size((a)-->()) AS d ORDER BY a.name').rows).toEqual([['A', 3], ['Z', 0]]);
    expect(db.run('MATCH (a:Company) RETURN a.name, size((a)-[:INVESTS_IN]->()) AS d, COUNT { (a)-[:INVESTS_IN]->() } AS c ORDER BY a.name').rows)
      .toEqual([['A', 2, 2], ['Z', 0, 0]]);
    expect(db.run('MATCH (a:Company) WHERE size((a)-[:INVESTS_IN]->(:Country)) = 1 RETURN a.name').rows).toEqual([['A']]);
  });

  it('a pattern is the list of a comprehension, quantifier or reduce', () => {
    const db = setup();
    expect(db.run("MATCH (a:Company {name: 'A'}) RETURN [p IN (a)-[:INVESTS_IN]->() | last(nodes(p)).name] AS l").rows[0][0])
      .toEqual(expect.arrayContaining(['India', 'Bavaria']));
    expect(db.run('MATCH (a:Company) RETURN a.name, any(p IN (a)-->(:Region) WHERE length(p) = 1) ORDER BY a.name').rows)
      .toEqual([['A', true], ['Z', false]]);
    expect(db.run("MATCH (a:Company {name: 'A'}) RETURN reduce(n = 0, p IN (a)-->() | n + length(p))").rows).toEqual([[3]]);
  });

  it('a pattern in RETURN is its list of paths; it still cannot introduce variables', () => {
    const db = setup();
    const paths = db.run("MATCH (a:Company {name: 'A'}) RETURN (a)-[:LOCATED_IN]->() AS p").rows[0][0] as { kind: string; nodes: { properties: { name: string } }[] }[];
    expect(paths.map((p) => [p.kind, p.nodes[1].properties.name])).toEqual([['path', 'France']]);
    expect(err(db, 'MATCH (a) RETURN size((a)-->(k))').detail).toBe('UndefinedVariable');
    expect(err(db, 'MATCH (a) RETURN length((a)-->())').message).toMatch(/size\(pattern\)/);
  });

  it('the opencypher dialect (the TCK) refuses pattern values outside predicates', () => {
    const { graph } = engine();
    const strict = new CypherEngine(graph, { dialect: 'opencypher' });
    expect(err(strict, 'MATCH (a) RETURN size((a)-->())').detail).toBe('UnexpectedSyntax');
    expect(err(strict, 'MATCH (a) RETURN (a)-->()').detail).toBe('UnexpectedSyntax');
    expect(strict.run('MATCH (a) WHERE (a)-->() RETURN count(a)').rows).toEqual([[0]]);
  });
});

function err(db: CypherEngine, q: string): CypherError {
  try { db.run(q); } catch (e) { if (e instanceof CypherError) return e; throw e; }
  throw new Error(`no error for ${q}`);
}
