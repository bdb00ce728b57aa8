import { describe, expect, it } from 'vitest';
import { parse, CypherError } from '../../src/cypher/index.ts';

function syntaxError(query: string): CypherError {
  try {
    parse(query);
  } catch (e) {
    if (e instanceof CypherError) return e;
    throw e;
  }
  throw new Error(`no error for ${query}`);
}

describe('parser', () => {
  it('gives every clause and expression its source position', () => {
    const q = parse('MATCH (a:Person)\nWHERE a.age > 3\nRETURN a.name AS name');
    const [match, ret] = q.parts[0].clauses;
    expect(match.pos).toEqual({ offset: 0, line: 1, column: 1 });
    expect(ret.pos).toMatchObject({ line: 3, column: 1 });
    if (match.kind !== 'Match' || !match.where) throw new Error('expected MATCH … WHERE');
    expect(match.where.pos).toMatchObject({ line: 2, column: 7 });
  });

  it('names line and column of a syntax error, with Neo4j status code', () => {
    const e = syntaxError('MATCH (n)\nRETURN n.name AS');
    expect(e.kind).toBe('SyntaxError');
    expect(e.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(e.phase).toBe('compile');
    expect(e.position).toMatchObject({ line: 2, column: 17 });
    expect(e.message).toMatch(/expected/);
  });

  it('reports unterminated strings and bad tokens at their position', () => {
    expect(syntaxError("RETURN 'abc").position).toMatchObject({ line: 1, column: 8 });
    expect(syntaxError('RETURN 1 # 2').position).toMatchObject({ line: 1, column: 10 });
  });

  it('rejects integer literals beyond int64 at compile time', () => {
    expect(syntaxError('RETURN 9223372036854775808').detail).toBe('IntegerOverflow');
    expect(() => parse('RETURN -9223372036854775808')).not.toThrow();
  });

  it('parses patterns with labels, types, directions and variable lengths', () => {
    const q = parse('MATCH p = (a:A:B)-[r:T|U*1..3]->(b)<-[:S*..5]-(c)-[*2]-(d) RETURN p');
    const m = q.parts[0].clauses[0];
    if (m.kind !== 'Match') throw new Error('expected MATCH');
    const part = m.patterns[0];
    expect(part.path).toBe('p');
    expect(part.nodes[0].labels).toEqual(['A', 'B']);
    expect(part.rels.map((r) => [r.direction, r.types, r.varLength])).toEqual([
      ['out', ['T', 'U'], { min: 1, max: 3 }],
      ['in', ['S'], { min: null, max: 5 }],
      ['both', [], { min: 2, max: 2 }],
    ]);
  });

  it('keeps the original text of projection items for column names', () => {
    const q = parse('RETURN  a.b  +  1 , count( * )');
    const ret = q.parts[0].clauses[0];
    if (ret.kind !== 'Return') throw new Error('expected RETURN');
    expect(ret.items.map((i) => i.text)).toEqual(['a.b  +  1', 'count( * )']);
  });
});
