import { describe, expect, it } from 'vitest';
import { CypherError } from '../../src/cypher/index.ts';
import { engine, rows } from './helpers.ts';

function error(fn: () => unknown): CypherError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CypherError) return e;
    throw e;
  }
  throw new Error('expected a CypherError');
}

describe('values and expressions', () => {
  const { db } = engine();
  const one = (expr: string): unknown => db.execute(`RETURN ${expr} AS v`).rows[0][0];

  it('three-valued logic', () => {
    expect(one('null AND false')).toBe(false);
    expect(one('null AND true')).toBe(null);
    expect(one('null OR true')).toBe(true);
    expect(one('null XOR true')).toBe(null);
    expect(one('NOT null')).toBe(null);
    expect(one('null = null')).toBe(null);
    expect(one('1 IN [2, null]')).toBe(null);
    expect(one('1 IN [1, null]')).toBe(true);
  });

  it('integers and floats stay apart', () => {
    expect(one('1 / 2')).toBe(0n);
    expect(one('1.0 / 2')).toBe(0.5);
    expect(one('7 % 3')).toBe(1n);
    expect(one('2 ^ 2')).toBe(4);
    expect(one('1 = 1.0')).toBe(true);
    expect(typeof one('1')).toBe('bigint');
    expect(typeof one('1.0')).toBe('number');
  });

  it('int64 overflow and division by zero are errors', () => {
    expect(error(() => one('9223372036854775807 + 1')).kind).toBe('ArithmeticError');
    expect(error(() => one('1 / 0')).kind).toBe('ArithmeticError');
    expect(one('1.0 / 0')).toBe(Infinity);
  });

  it('lists, maps, CASE, comprehensions and quantifiers', () => {
    expect(one('[1, 2, 3, 4][1..-1]')).toEqual([2n, 3n]);
    expect(one('[x IN [1, 2, 3] WHERE x > 1 | x * 10]')).toEqual([20n, 30n]);
    expect(one('all(x IN [1, 2] WHERE x > 0)')).toBe(true);
    expect(one('single(x IN [1, 2] WHERE x > 1)')).toBe(true);
    expect(one("CASE 2 WHEN 1 THEN 'a' WHEN 2 THEN 'b' END")).toBe('b');
    expect(one('reduce(s = 0, x IN [1, 2, 3] | s + x)')).toBe(6n);
    expect(one("{a: 1, b: 'x'}.b")).toBe('x');
  });

  it('unknown variables and functions fail at compile time', () => {
    const e = error(() => db.run('RETURN nope'));
    expect([e.kind, e.detail, e.phase]).toEqual(['SyntaxError', 'UndefinedVariable', 'compile']);
    expect(error(() => db.run('RETURN nosuch(1)')).detail).toBe('UnknownFunction');
  });

  it('parameters are used everywhere a value may stand; JSON numbers become Integer or Float', () => {
    const { db: d } = engine();
    d.run('UNWIND $rows AS r CREATE (:P {name: r.name, score: r.score})', { params: { rows: [{ name: 'a', score: 1 }, { name: 'b', score: 1.5 }] } });
    expect(d.execute('MATCH (p:P) RETURN p.score ORDER BY p.name').rows).toEqual([[1n], [1.5]]);
    expect(rows(d, 'MATCH (p:P {name: $n}) RETURN p.name LIMIT $k', { n: 'b', k: 1 })).toEqual([['b']]);
    expect(error(() => d.run('RETURN $missing')).kind).toBe('ParameterMissing');
  });
});

describe('limits and modes', () => {
  it('read-only mode refuses writes at compile time', () => {
    const { db, graph } = engine();
    const e = error(() => db.run('CREATE (:A)', { readOnly: true }));
    expect([e.kind, e.phase]).toEqual(['Forbidden', 'compile']);
    expect(graph.order).toBe(0);
    expect(db.run('RETURN 1 AS x', { readOnly: true }).rows).toEqual([[1]]);
  });

  it('row limit and time limit', () => {
    const { db } = engine();
    expect(error(() => db.run('UNWIND range(1, 100) AS x RETURN x', { maxRows: 10 })).kind).toBe('RowLimit');
    expect(error(() => db.run('UNWIND range(1, 3000) AS x UNWIND range(1, 3000) AS y RETURN count(*)', { timeoutMs: 20 })).kind).toBe('Timeout');
  });

  it('rolls back streamed bulk creations and interleaved updates in order', () => {
    const { db, graph } = engine();
    db.run("CREATE (:A {v: 1})");
    expect(() => db.run('UNWIND [1, 2, 0] AS x MATCH (a:A) CREATE (a)-[:R]->(a) SET a.v = x CREATE (:B) WITH x RETURN 1 / x')).toThrow(CypherError);
    expect(graph.size).toBe(0);
    expect(rows(db, 'MATCH (n) RETURN labels(n), n.v')).toEqual([[['A'], 1]]);
    const r = db.run('UNWIND range(1, 1000) AS i MATCH (a:A) CREATE (a)-[:R {i: i}]->(a)');
    expect(r.stats).toEqual({ relationshipsCreated: 1000, propertiesSet: 1000 });
  });

  it('a failing query leaves the graph unchanged', () => {
    const { db, graph } = engine();
    db.run("CREATE (:A {v: 1})");
    expect(() => db.run('MATCH (a:A) SET a.v = 2 CREATE (:B) WITH a RETURN 1 / 0')).toThrow(CypherError);
    expect(rows(db, 'MATCH (n) RETURN labels(n), n.v')).toEqual([[['A'], 1]]);
    expect(graph.order).toBe(1);
  });
});
