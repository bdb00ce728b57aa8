import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import { CypherEngine } from '../../src/cypher/index.ts';

describe('ordering temporal values', () => {
  it('orders durations by length, not by their text', () => {
    const engine = new CypherEngine(new graphology.MultiDirectedGraph());
    const r = engine.run("UNWIND [duration('P1M'), duration('PT1H'), duration('P30D')] AS d RETURN toString(d) AS d ORDER BY d");
    expect(r.rows.map((x) => x[0])).toEqual(['P1M', 'P30D', 'PT1H']);
    const sorted = engine.run("UNWIND [duration('P1M'), duration('PT1H'), duration('P30D')] AS d WITH d ORDER BY d RETURN toString(d) AS d");
    expect(sorted.rows.map((x) => x[0])).toEqual(['PT1H', 'P30D', 'P1M']);
    const mm = engine.run("UNWIND [duration('P1M'), duration('PT1H'), duration('P30D')] AS d RETURN toString(min(d)), toString(max(d))");
    expect(mm.rows[0]).toEqual(['PT1H', 'P1M']);
  });
});
