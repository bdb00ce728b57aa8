/**
 * GQL path selectors: the breadth-first path (ALL SHORTEST, SHORTEST 1) must agree with the exhaustive
 * selection (SHORTEST 1 GROUPS, SHORTEST k) on random small graphs, cycles back to the start included.
 */
import { describe, expect, it } from 'vitest';
import { engine } from './helpers.ts';

function randomGraph(seed: number): string {
  let s = seed;
  const rnd = (n: number): number => { s = (s * 1103515245 + 12345) % 2147483648; return s % n; };
  const parts: string[] = [];
  for (let i = 0; i < 7; i++) parts.push(`(n${i}:V {id: ${i}})`);
  for (let e = 0; e < 11; e++) parts.push(`(n${rnd(7)})-[:E]->(n${rnd(7)})`);
  return `CREATE ${parts.join(', ')}`;
}

const rowsOf = (db: ReturnType<typeof engine>['db'], q: string): string[] =>
  db.run(q).rows.map((r) => JSON.stringify(r)).sort();

describe('path selectors', () => {
  for (const dir of ['-[:E]->+', '-[:E]-+', '<-[:E]-{1,3}']) {
    it(`ALL SHORTEST (search) = SHORTEST 1 GROUPS (exhaustive) for ${dir}`, () => {
      for (let seed = 1; seed <= 6; seed++) {
        const { db } = engine(true);
        db.run(randomGraph(seed));
        const fast = rowsOf(db, `MATCH p = ALL SHORTEST (a:V)${dir}(b:V) RETURN a.id, b.id, length(p)`);
        const slow = rowsOf(db, `MATCH p = SHORTEST 1 GROUPS (a:V)${dir}(b:V) RETURN a.id, b.id, length(p)`);
        expect(fast).toEqual(slow);
        const one = rowsOf(db, `MATCH p = SHORTEST 1 (a:V)${dir}(b:V) RETURN a.id, b.id, length(p)`);
        const firstOfK = rowsOf(db, `MATCH p = SHORTEST 1 GROUPS (a:V)${dir}(b:V) WITH a, b, min(length(p)) AS l RETURN a.id, b.id, l`);
        expect(one).toEqual(firstOfK);
      }
    });
  }
});

describe('SHORTEST k and SHORTEST k GROUPS (search by increasing length) against every path', () => {
  for (const dir of ['-[:E]->+', '-[:E]-+', '<-[:E]-{1,3}']) {
    it(`the lengths selected per pair of ends match the full enumeration for ${dir}`, () => {
      for (let seed = 1; seed <= 6; seed++) {
        const { db } = engine(true);
        db.run(randomGraph(seed));
        // every trail (no selector): the reference
        const all = `MATCH p = (a:V)${dir}(b:V) WITH a, b, length(p) AS l ORDER BY l`;
        for (const k of [1, 2, 3]) {
          const want = rowsOf(db, `${all} WITH a, b, collect(l) AS ls RETURN a.id, b.id, ls[..${k}]`);
          const got = rowsOf(db, `MATCH p = SHORTEST ${k} (a:V)${dir}(b:V) WITH a, b, length(p) AS l ORDER BY l RETURN a.id, b.id, collect(l)`);
          expect(got).toEqual(want);
          const wantGroups = rowsOf(db, `${all} WITH a, b, collect(DISTINCT l)[..${k}] AS ls, collect(l) AS every
            RETURN a.id, b.id, [x IN every WHERE x IN ls]`);
          const gotGroups = rowsOf(db, `MATCH p = SHORTEST ${k} GROUPS (a:V)${dir}(b:V) WITH a, b, length(p) AS l ORDER BY l RETURN a.id, b.id, collect(l)`);
          expect(gotGroups).toEqual(wantGroups);
        }
      }
    });
  }

  it('stops once it has k paths: SHORTEST 2 over a graph with very many longer trails', () => {
    const { db } = engine(true);
    // a complete graph on 9 nodes has billions of trails; two shortest ones between two nodes are quick
    db.run('UNWIND range(0, 8) AS i CREATE (:V {id: i})');
    db.run('MATCH (a:V), (b:V) WHERE a.id < b.id CREATE (a)-[:E]->(b)');
    const rows = db.run('MATCH p = SHORTEST 2 (a:V {id: 0})-[:E]-+(b:V {id: 1}) RETURN length(p) AS l ORDER BY l', { timeoutMs: 5000 }).rows;
    expect(rows).toEqual([[1], [2]]);
  });
});

describe('a bare quantified group is a variable-length relationship', () => {
  it('is planned as VarLengthExpand, and a selector over it searches instead of enumerating', () => {
    const { db } = engine(true);
    db.run('UNWIND range(0, 8) AS i CREATE (:V {id: i})');
    db.run('MATCH (a:V), (b:V) WHERE a.id < b.id CREATE (a)-[:E]->(b)');
    expect(db.explain('MATCH (a:V {id: 0}) (()-[r:E]->()){1,2} (b) RETURN b')).toContain('VarLengthExpand');
    expect(db.explain('MATCH (a:V {id: 0}) ((x)-[r:E]->()){1,2} (b) RETURN b')).toContain('QuantifiedExpand');
    const rows = db.run('MATCH p = SHORTEST 2 (a:V {id: 0}) (()-[:E]-())+ (b:V {id: 1}) RETURN length(p) AS l ORDER BY l', { timeoutMs: 5000 }).rows;
    expect(rows).toEqual([[1], [2]]);
  });
});
