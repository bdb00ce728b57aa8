/** Value conversion between the driver and the DESIGN.md result shape (no server needed). */
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { toJson, toNeo4j, temporalToIso } from '../../src/store/neo4j/values.ts';
import { printableUri, splitCredentials } from '../../src/store/neo4j/config.ts';

describe('Neo4j values', () => {
  it('turns Integers into numbers, or strings beyond 2^53', () => {
    expect(toJson(neo4j.int(42), (e) => e)).toBe(42);
    expect(toJson(neo4j.int('9007199254740993'), (e) => e)).toBe('9007199254740993');
    expect(toJson([neo4j.int(1), 2.5, { a: neo4j.int(-3) }], (e) => e)).toEqual([1, 2.5, { a: -3 }]);
  });

  it('writes integral numbers as Integers and keeps float lists homogeneous', () => {
    expect(neo4j.isInt(toNeo4j(3))).toBe(true);
    expect(toNeo4j(2.5)).toBe(2.5);
    const mixed = toNeo4j([1, 2.5]) as unknown[];
    expect(mixed.every((x) => typeof x === 'number')).toBe(true);
    expect((toNeo4j([1, 2]) as unknown[]).every((x) => neo4j.isInt(x))).toBe(true);
  });

  it('prints temporal values in Cypher ISO form', () => {
    expect(temporalToIso(new neo4j.types.Date(2024, 1, 2))).toBe('2024-01-02');
    expect(temporalToIso(new neo4j.types.DateTime(2015, 7, 21, 21, 40, 32, 142000000, 3600))).toBe('2015-07-21T21:40:32.142+01:00');
    expect(temporalToIso(new neo4j.types.DateTime(2015, 7, 21, 21, 40, 32, 0, 7200, 'Europe/Paris'))).toBe('2015-07-21T21:40:32+02:00[Europe/Paris]');
    expect(temporalToIso(new neo4j.types.LocalTime(9, 0, 5, 0))).toBe('09:00:05');
    expect(temporalToIso(new neo4j.types.Duration(14, 1, 7200, 0))).toBe('P1Y2M1DT2H');
  });

  it('maps nodes and relationships to ids from their id / key properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Company'], { id: 'company:a', name: 'A' }, 'e1');
    const rel = new neo4j.types.Relationship(neo4j.int(9), neo4j.int(1), neo4j.int(2), 'INVESTS_IN', { key: 'INVESTS_IN|company:a|country:fr', amount: 1.5 }, 'r9', 'e1', 'e2');
    const ids = new Map([['e1', 'company:a'], ['e2', 'country:fr']]);
    expect(toJson(node, (e) => e)).toEqual({ kind: 'node', id: 'company:a', labels: ['Company'], properties: { id: 'company:a', name: 'A' } });
    expect(toJson(rel, (e) => ids.get(e) ?? e)).toEqual({
      kind: 'relationship', id: 'INVESTS_IN|company:a|country:fr', type: 'INVESTS_IN', start: 'company:a', end: 'country:fr', properties: { amount: 1.5 },
    });
  });

  it('never prints credentials of a URI', () => {
    expect(printableUri('bolt://neo4j:pw@localhost:7687')).toBe('bolt://localhost:7687');
    expect(splitCredentials('neo4j://u:p%40ss@host:7687')).toEqual({ uri: 'neo4j://host:7687', user: 'u', password: 'p@ss' });
  });
});
