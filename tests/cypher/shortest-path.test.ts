import { describe, expect, it } from 'vitest';
import { engine, rows } from './helpers.ts';

// a→b→c is the shortest route; a→d→c has lighter relationships; a→e→f→c is longest and lightest
const GRAPH = `CREATE (a:N {name: 'a'})-[:R {w: 1}]->(b:N {name: 'b'})-[:R {w: 5}]->(c:N {name: 'c'}),
  (a)-[:R {w: 2}]->(d:N {name: 'd', bad: true})-[:R {w: 2}]->(c),
  (a)-[:R {w: 1}]->(e:N {name: 'e', bad: false})-[:R {w: 1}]->(f:N {name: 'f', bad: false})-[:R {w: 1}]->(c)`;
const FROM_A = "MATCH p = shortestPath((a:N {name: 'a'})-[*]->(c:N {name: 'c'}))";
const names = 'RETURN [n IN nodes(p) | n.name] AS route';

function setup() {
  const { db } = engine();
  db.run(GRAPH);
  return db;
}

describe('shortestPath with WHERE: the shortest path that satisfies the predicate', () => {
  it('without a predicate, the fewest hops', () => {
    expect(rows(setup(), `${FROM_A} ${names}`)).toEqual([[['a', 'b', 'c']]]);
  });

  it('all(...) over relationships prunes the search, so a longer qualifying path is found', () => {
    const db = setup();
    expect(rows(db, `${FROM_A} WHERE all(r IN relationships(p) WHERE r.w < 3) ${names}`)).toEqual([[['a', 'd', 'c']]]);
    expect(rows(db, `${FROM_A} WHERE all(r IN relationships(p) WHERE r.w < 2) ${names}`)).toEqual([[['a', 'e', 'f', 'c']]]);
    expect(rows(db, `${FROM_A} WHERE all(r IN relationships(p) WHERE r.w > 10) ${names}`)).toEqual([]);
  });

  it('none(...) over nodes, and the relationship list variable', () => {
    const db = setup();
    expect(rows(db, `${FROM_A} WHERE none(n IN nodes(p) WHERE n.name IN ['b', 'd']) ${names}`)).toEqual([[['a', 'e', 'f', 'c']]]);
    expect(rows(db, `MATCH p = shortestPath((a:N {name: 'a'})-[rs*]->(c:N {name: 'c'})) WHERE all(r IN rs WHERE r.w = 2) ${names}`))
      .toEqual([[['a', 'd', 'c']]]);
    // a node predicate that is null for a node disqualifies the path, as none() would be null
    expect(rows(db, `${FROM_A} WHERE none(n IN nodes(p) WHERE n.bad) AND all(r IN relationships(p) WHERE r.w < 3) ${names}`)).toEqual([]);
  });

  it('other predicates on the path: exhaustive search by increasing length', () => {
    const db = setup();
    expect(rows(db, `${FROM_A} WHERE length(p) > 2 ${names}`)).toEqual([[['a', 'e', 'f', 'c']]]);
    expect(rows(db, `MATCH p = allShortestPaths((a:N {name: 'a'})-[rs*]->(c:N {name: 'c'})) WHERE any(r IN rs WHERE r.w = 2) ${names}`))
      .toEqual([[['a', 'd', 'c']]]);
  });

  it('allShortestPaths keeps every qualifying path of the minimal length', () => {
    const db = setup();
    const all = "MATCH p = allShortestPaths((a:N {name: 'a'})-[*]->(c:N {name: 'c'}))";
    expect(rows(db, `${all} ${names} ORDER BY route`)).toEqual([[['a', 'b', 'c']], [['a', 'd', 'c']]]);
    expect(rows(db, `${all} WHERE all(r IN relationships(p) WHERE r.w = 1) ${names}`)).toEqual([[['a', 'e', 'f', 'c']]]);
  });

  it('a minimum length above the shortest distance', () => {
    expect(rows(setup(), `MATCH p = shortestPath((a:N {name: 'a'})-[*3..]->(c:N {name: 'c'})) ${names}`)).toEqual([[['a', 'e', 'f', 'c']]]);
  });

  it('predicates on the endpoints still filter rows', () => {
    const db = setup();
    expect(rows(db, "MATCH p = shortestPath((a:N {name: 'a'})-[*]->(c:N)) WHERE c.name = 'c' RETURN length(p) AS len")).toEqual([[2]]);
    expect(rows(db, "MATCH p = shortestPath((a:N {name: 'a'})-[*]->(c:N)) WHERE c.name IN ['c', 'f'] AND length(p) = 2 RETURN c.name AS n ORDER BY n"))
      .toEqual([['c'], ['f']]);
  });
});
