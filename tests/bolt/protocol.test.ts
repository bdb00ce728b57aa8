import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { startBoltServer, type BoltServer } from '../../src/bolt/index.ts';
import { scriptedEngine } from './scripted-engine.ts';

let server: BoltServer;
let driver: Driver;
const { graph, engine } = scriptedEngine();

beforeAll(async () => {
  server = await startBoltServer({ engine, graph, host: '127.0.0.1', port: 0 });
  driver = neo4j.driver(server.url, neo4j.auth.basic('neo4j', 'x'));
});
afterAll(async () => { await driver?.close(); await server?.close(); });

describe('bolt endpoint with the official driver', () => {
  it('verifies connectivity and reports a Neo4j server agent over Bolt 5', async () => {
    await driver.verifyConnectivity();
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\./);
    expect(String(info.protocolVersion)).toBe('5.8');
  });

  it('runs a query in an auto-commit session and returns an Integer', async () => {
    const session = driver.session();
    try {
      const r = await session.run('RETURN 1');
      expect(r.records).toHaveLength(1);
      expect(neo4j.isInt(r.records[0]!.get('1'))).toBe(true);
      expect(r.records[0]!.get('1').toNumber()).toBe(1);
      expect(r.summary.queryType).toBe('r');
    } finally { await session.close(); }
  });

  it('round-trips scalars, lists, maps and bytes with their types', async () => {
    const session = driver.session();
    try {
      const params = {
        i: neo4j.int(42), big: neo4j.int('9007199254740993'), neg: neo4j.int(-200000), f: 1.5, whole: 2.0,
        s: 'héllo ✓', t: true, n: null, list: [neo4j.int(1), 'two', 3.5], map: { a: neo4j.int(1), b: ['x'] },
        bytes: new Int8Array([1, 2, 3, -1]), long: 'x'.repeat(70_000),
      };
      const r = await session.run('ECHO', params);
      const rec = r.records[0]!;
      expect(neo4j.isInt(rec.get('i'))).toBe(true);
      expect(rec.get('i').toNumber()).toBe(42);
      expect(rec.get('big').toString()).toBe('9007199254740993');
      expect(rec.get('neg').toNumber()).toBe(-200000);
      expect(rec.get('f')).toBe(1.5);
      expect(typeof rec.get('whole')).toBe('number');
      expect(neo4j.isInt(rec.get('whole'))).toBe(false);
      expect(rec.get('s')).toBe('héllo ✓');
      expect(rec.get('t')).toBe(true);
      expect(rec.get('n')).toBeNull();
      expect(rec.get('list')[0].toNumber()).toBe(1);
      expect(rec.get('list').slice(1)).toEqual(['two', 3.5]);
      expect(rec.get('map').b).toEqual(['x']);
      expect(Array.from(rec.get('bytes') as Int8Array)).toEqual([1, 2, 3, -1]);
      expect(rec.get('long')).toHaveLength(70_000);
    } finally { await session.close(); }
  });

  it('round-trips every temporal type', async () => {
    const session = driver.session();
    try {
      const params = {
        d: new neo4j.types.Date(2024, 2, 29),
        lt: new neo4j.types.LocalTime(21, 40, 32, 142000000),
        t: new neo4j.types.Time(9, 5, 0, 0, 3600),
        ldt: new neo4j.types.LocalDateTime(1969, 7, 20, 20, 17, 40, 5),
        dto: new neo4j.types.DateTime(2015, 7, 21, 21, 40, 32, 142000000, -5 * 3600),
        dtz: new neo4j.types.DateTime(2024, 6, 1, 12, 0, 0, 0, undefined, 'Europe/Paris'),
        dur: new neo4j.types.Duration(14, 3, 3723, 500),
      };
      const rec = (await session.run('ECHO', params)).records[0]!;
      expect(neo4j.isDate(rec.get('d'))).toBe(true);
      expect(rec.get('d').toString()).toBe('2024-02-29');
      expect(neo4j.isLocalTime(rec.get('lt'))).toBe(true);
      expect(rec.get('lt').toString()).toBe('21:40:32.142000000');
      expect(neo4j.isTime(rec.get('t'))).toBe(true);
      expect(rec.get('t').toString()).toBe('09:05:00+01:00');
      expect(neo4j.isLocalDateTime(rec.get('ldt'))).toBe(true);
      expect(rec.get('ldt').toString()).toBe('1969-07-20T20:17:40.000000005');
      expect(neo4j.isDateTime(rec.get('dto'))).toBe(true);
      expect(rec.get('dto').toString()).toBe('2015-07-21T21:40:32.142000000-05:00');
      expect(rec.get('dtz').timeZoneId).toBe('Europe/Paris');
      expect(rec.get('dtz').hour.toNumber()).toBe(12);
      expect(rec.get('dtz').timeZoneOffsetSeconds.toNumber()).toBe(7200);
      expect(neo4j.isDuration(rec.get('dur'))).toBe(true);
      expect(rec.get('dur').months.toNumber()).toBe(14);
      expect(rec.get('dur').days.toNumber()).toBe(3);
      expect(rec.get('dur').seconds.toNumber()).toBe(3723);
      expect(rec.get('dur').nanoseconds.toNumber()).toBe(500);
    } finally { await session.close(); }
  });

  it('encodes nodes, relationships and paths with element ids', async () => {
    const session = driver.session();
    try {
      const rec = (await session.run('GRAPH')).records[0]!;
      const a = rec.get('a'), r = rec.get('r'), f = rec.get('f');
      expect(a).toBeInstanceOf(neo4j.types.Node);
      expect(a.labels).toEqual(['Company']);
      expect(a.elementId).toBe('company:amazon');
      expect(a.properties.name).toBe('Amazon');
      expect(neo4j.isInt(a.properties.mentions)).toBe(true);
      expect(r).toBeInstanceOf(neo4j.types.Relationship);
      expect(r.type).toBe('INVESTS_IN');
      expect(r.startNodeElementId).toBe('company:amazon');
      expect(r.endNodeElementId).toBe('country:fr');
      expect(r.start.equals(a.identity)).toBe(true);
      expect(r.end.equals(f.identity)).toBe(true);
      expect(r.properties.amount).toBe(2.75);
      expect(neo4j.isInt(r.properties.year)).toBe(true);
      const p = rec.get('p');
      expect(p).toBeInstanceOf(neo4j.types.Path);
      expect(p.start.elementId).toBe('company:amazon');
      expect(p.end.elementId).toBe('country:fr');
      expect(p.segments[0].relationship.elementId).toBe(r.elementId);
      const back = rec.get('back');
      expect(back.start.elementId).toBe('country:fr');
      expect(back.segments[0].relationship.startNodeElementId).toBe('company:amazon');
    } finally { await session.close(); }
  });

  it('streams a large result through several PULLs with a small fetchSize', async () => {
    const session = driver.session({ fetchSize: 7 });
    const before = engine.calls.length;
    try {
      const seen: number[] = [];
      await new Promise<void>((resolve, reject) => {
        session.run('RANGE', { n: neo4j.int(50) }).subscribe({
          onNext: (rec) => { seen.push(rec.get('i').toNumber()); },
          onCompleted: () => resolve(),
          onError: reject,
        });
      });
      expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i));
      expect(engine.calls.length - before).toBe(1);
    } finally { await session.close(); }
  });

  it('fails with a Neo4j status code, then recovers on the same session', async () => {
    const session = driver.session();
    try {
      const err = await session.run('BAD').then(() => undefined, (e: unknown) => e as { code: string; message: string });
      expect(err?.code).toBe('Neo.ClientError.Statement.SyntaxError');
      expect(err?.message).toMatch(/line 1, column 1/);
      const ok = await session.run('RETURN 1');
      expect(ok.records[0]!.get('1').toNumber()).toBe(1);
    } finally { await session.close(); }
  });

  it('commits and rolls back explicit transactions', async () => {
    const session = driver.session();
    const count = async (): Promise<number> => (await session.run('COUNT')).records[0]!.get('n').toNumber();
    try {
      const n0 = await count();
      const tx = await session.beginTransaction();
      const r = await tx.run('CREATE', { id: 'company:rolled-back' });
      expect(r.summary.counters.updates().nodesCreated).toBe(1);
      await tx.rollback();
      expect(await count()).toBe(n0);
      expect(graph.hasNode('company:rolled-back')).toBe(false);
      const tx2 = await session.beginTransaction();
      await tx2.run('CREATE', { id: 'company:committed' });
      await tx2.commit();
      expect(await count()).toBe(n0 + 1);
      expect(session.lastBookmarks().length).toBeGreaterThan(0);
    } finally { await session.close(); }
  });

  it('supports managed transactions: executeWrite, executeRead, a failing work rolled back', async () => {
    const session = driver.session();
    try {
      await session.executeWrite(async (tx) => { await tx.run('CREATE', { id: 'company:managed' }); });
      expect(graph.hasNode('company:managed')).toBe(true);
      const n = await session.executeRead(async (tx) => (await tx.run('COUNT')).records[0]!.get('n').toNumber());
      expect(n).toBe(graph.order);
      await expect(session.executeWrite(async (tx) => {
        await tx.run('CREATE', { id: 'company:doomed' });
        await tx.run('BAD');
      })).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
      expect(graph.hasNode('company:doomed')).toBe(false);
      await expect(session.executeRead(async (tx) => tx.run('CREATE', { id: 'company:ro' })))
        .rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
      expect(graph.hasNode('company:ro')).toBe(false);
    } finally { await session.close(); }
  });

  it('runs several results in one transaction', async () => {
    const session = driver.session();
    try {
      const tx = await session.beginTransaction();
      const [a, b] = await Promise.all([tx.run('RANGE', { n: neo4j.int(3) }), tx.run('RANGE', { n: neo4j.int(4) })]);
      expect(a.records).toHaveLength(3);
      expect(b.records).toHaveLength(4);
      await tx.commit();
    } finally { await session.close(); }
  });

  it('answers system queries: dbms.components, constraints DDL and SHOW CONSTRAINTS', async () => {
    const session = driver.session();
    try {
      const c = (await session.run('CALL dbms.components() YIELD name, versions, edition')).records[0]!;
      expect(c.get('name')).toBe('Neo4j Kernel');
      expect(c.get('versions')[0]).toMatch(/^5\./);
      const ddl = 'CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE';
      const first = await session.run(ddl);
      expect(first.summary.counters.updates().constraintsAdded).toBe(1);
      const again = await session.run(ddl);
      expect(again.summary.counters.updates().constraintsAdded).toBe(0);
      await expect(session.run('CREATE CONSTRAINT company_id FOR (n:Company) REQUIRE n.id IS UNIQUE'))
        .rejects.toMatchObject({ code: 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists' });
      const shown = (await session.run('SHOW CONSTRAINTS')).records;
      expect(shown.map((r) => r.get('name'))).toContain('company_id');
      expect(shown[0]!.get('labelsOrTypes')).toEqual(['Company']);
    } finally { await session.close(); }
  });

  it('enforces a recorded uniqueness constraint, in transactions and auto-commit', async () => {
    const session = driver.session();
    try {
      await session.run('CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE');
      const before = graph.order;
      await expect(session.run('CREATE', { id: 'company:amazon', key: 'dup-1' }))
        .rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
      expect(graph.order).toBe(before);
      await expect(session.executeWrite(async (tx) => { await tx.run('CREATE', { id: 'company:amazon', key: 'dup-2' }); }))
        .rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
      expect(graph.hasNode('dup-2')).toBe(false);
      await session.run('CREATE', { id: 'company:unique-one', key: 'unique-1' });
      expect(graph.hasNode('company:unique-one')).toBe(true); // re-keyed by its id on commit
      expect(graph.hasNode('unique-1')).toBe(false);
    } finally { await session.close(); }
  });

  it('refuses an unknown database', async () => {
    const session = driver.session({ database: 'nope' });
    try {
      await expect(session.run('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Database.DatabaseNotFound' });
    } finally { await session.close(); }
  });
});
