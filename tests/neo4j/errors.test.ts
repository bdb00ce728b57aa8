/** Connection failures: one line, with the URI, never the password; exit code 1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { openNeo4jStore, Neo4jStoreError } from '../../src/store/neo4j/index.ts';
import { announce, openTarget, type Target } from './target.ts';

const SECRET = 'sup3r-s3cret-pw';

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

async function failure(p: Promise<unknown>): Promise<Neo4jStoreError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(Neo4jStoreError);
  return err as Neo4jStoreError;
}

describe('Neo4j store errors', () => {
  let target: Target;
  beforeAll(async () => {
    target = await openTarget();
    const probe = await openNeo4jStore(target.config);
    announce(target, probe.server.agent);
    await probe.close();
  });
  afterAll(async () => { await target?.close(); });

  it('server down: names the URI, not the password', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const err = await failure(openNeo4jStore({ uri, user: 'neo4j', password: SECRET, connectAttempts: 2, connectBackoffMs: 10 }));
    expect(err.message).toContain(uri);
    expect(err.message).toMatch(/cannot reach Neo4j/);
    expect(err.message).not.toContain(SECRET);
    expect(err.message.split('\n')).toHaveLength(1);
    expect(err.exitCode).toBe(1);
  });

  it('a password in the URI is never printed', async () => {
    const port = await freePort();
    const err = await failure(openNeo4jStore({ uri: `bolt://neo4j:${SECRET}@127.0.0.1:${port}`, connectAttempts: 1 }));
    expect(err.message).toContain(`bolt://127.0.0.1:${port}`);
    expect(err.message).not.toContain(SECRET);
  });

  it('wrong password: says the credentials were refused', async () => {
    const err = await failure(openNeo4jStore({ ...target.config, password: SECRET }));
    expect(err.message).toContain(target.config.uri);
    expect(err.message).toMatch(/refused the credentials of user 'neo4j'/);
    expect(err.message).not.toContain(SECRET);
    expect(err.code).toMatch(/^Neo\.ClientError\.Security\./); // Unauthorized (or a real server's AuthenticationRateLimit)
  });

  it('unknown database: says which', async () => {
    const err = await failure(openNeo4jStore({ ...target.config, database: 'nosuchdb' }));
    expect(err.message).toContain(target.config.uri);
    expect(err.message).toMatch(/no database 'nosuchdb'/);
    if (target.config.password) expect(err.message).not.toContain(target.config.password);
  });
});
