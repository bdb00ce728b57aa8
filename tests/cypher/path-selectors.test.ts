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
