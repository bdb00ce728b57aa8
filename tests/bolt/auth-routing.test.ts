import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { startBoltServer, type BoltServer } from '../../src/bolt/index.ts';
import { scriptedEngine } from './scripted-engine.ts';

describe('bolt auth', () => {
  let server: BoltServer;
  beforeAll(async () => {
    const { engine, graph } = scriptedEngine();
    server = await startBoltServer({ engine, graph, port: 0, auth: { user: 'reader', password: 's3cret' } });
  });
  afterAll(async () => { await server?.close(); });

  it('accepts the right user and password', async () => {
    const driver = neo4j.driver(server.url, neo4j.auth.basic('reader', 's3cret'));
    try {
      await driver.verifyConnectivity();
      const r = await driver.executeQuery('RETURN 1');
      expect(r.records[0]!.get('1').toNumber()).toBe(1);
    } finally { await driver.close(); }
  });

  it('refuses a wrong password with Neo.ClientError.Security.Unauthorized', async () => {
    const driver = neo4j.driver(server.url, neo4j.auth.basic('reader', 'wrong'));
    try {
      await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally { await driver.close(); }
  });

  it('switches users per session (LOGOFF / LOGON on pooled connections)', async () => {
    const driver = neo4j.driver(server.url, neo4j.auth.basic('reader', 's3cret'));
    try {
      const ok = driver.session({ auth: neo4j.auth.basic('reader', 's3cret') });
      expect((await ok.run('RETURN 1')).records).toHaveLength(1);
      await ok.close();
      const bad = driver.session({ auth: neo4j.auth.basic('reader', 'nope') });
      // the driver reports a refused LOGON on a pooled connection as a ProtocolError carrying the server's message
      await expect(bad.run('RETURN 1')).rejects.toThrow(/unauthorized due to authentication failure/);
      await bad.close();
      expect((await driver.executeQuery('RETURN 1')).records).toHaveLength(1);
    } finally { await driver.close(); }
  });

  it('refuses a client that sends no credentials', async () => {
    const driver = neo4j.driver(server.url);
    try {
      await expect(driver.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally { await driver.close(); }
  });
});

describe('bolt without auth', () => {
  it('accepts any client when no auth is configured', async () => {
    const { engine, graph } = scriptedEngine();
    const server = await startBoltServer({ engine, graph, port: 0 });
    const driver = neo4j.driver(server.url);
    try {
      await driver.verifyConnectivity();
    } finally { await driver.close(); await server.close(); }
  });
});

describe('neo4j:// routing', () => {
  it('answers ROUTE with itself as router, reader and writer', async () => {
    const { engine, graph } = scriptedEngine();
    const server = await startBoltServer({ engine, graph, port: 0 });
    const driver = neo4j.driver(`neo4j://127.0.0.1:${server.port}`);
    try {
      await driver.verifyConnectivity();
      const r = await driver.executeQuery('RETURN 1', {}, { routing: neo4j.routing.READ });
      expect(r.records[0]!.get('1').toNumber()).toBe(1);
      await driver.executeQuery('CREATE', { id: 'company:routed' }, { routing: neo4j.routing.WRITE });
      expect(graph.hasNode('company:routed')).toBe(true);
    } finally { await driver.close(); await server.close(); }
  });
});

describe('Bolt 4.4', () => {
  it('speaks 4.4 when the server offers only that: legacy entities and utc-patched DateTime', async () => {
    const { engine, graph } = scriptedEngine();
    const server = await startBoltServer({ engine, graph, port: 0, versions: [{ major: 4, minor: 4 }], auth: { user: 'u', password: 'p' } });
    const driver = neo4j.driver(server.url, neo4j.auth.basic('u', 'p'));
    try {
      const info = await driver.getServerInfo();
      expect(String(info.protocolVersion)).toBe('4.4');
      const session = driver.session();
      const dt = new neo4j.types.DateTime(2015, 7, 21, 21, 40, 32, 0, 3600);
      const rec = (await session.run('ECHO', { dt, i: neo4j.int(7) })).records[0]!;
      expect(rec.get('dt').toString()).toBe('2015-07-21T21:40:32+01:00');
      expect(rec.get('i').toNumber()).toBe(7);
      const g = (await session.run('GRAPH')).records[0]!;
      expect(g.get('a').labels).toEqual(['Company']);
      expect(g.get('r').type).toBe('INVESTS_IN');
      const tx = await session.beginTransaction();
      await tx.run('CREATE', { id: 'company:v44' });
      await tx.rollback();
      expect(graph.hasNode('company:v44')).toBe(false);
      await session.close();
      const bad = neo4j.driver(server.url, neo4j.auth.basic('u', 'nope'));
      await expect(bad.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      await bad.close();
    } finally { await driver.close(); await server.close(); }
  });
});
