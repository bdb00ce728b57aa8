/** The curation log holds on both sides of push and pull (against Newsgraph's own Bolt endpoint, or NEO4J_URI). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.ts';
import { openTarget, type Target } from '../neo4j/target.ts';

let target: Target;
let db: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  target = await openTarget();
  env = { NEO4J_USER: target.config.user, NEO4J_PASSWORD: target.config.password, ...(target.config.database ? { NEO4J_DATABASE: target.config.database } : {}) };
  db = join(await mkdtemp(join(tmpdir(), 'curate-sync-')), 'graph.json');
  expect((await cli(['ingest', 'seeds', '--db', db, '--quiet'])).code).toBe(0);
}, 180_000);

afterAll(async () => { await target?.close(); });

const countInNeo4j = async (id: string) => {
  const r = await cli(['query', `MATCH (n {id: '${id}'}) RETURN count(n)`, '--neo4j', target.config.uri, '--format', 'csv'], env);
  expect(r.stderr).toBe('');
  return Number(r.stdout.trim().split('\n')[1]);
};

describe('curation and push/pull', { timeout: 180_000 }, () => {
  it('pull brings back a rejected entity from Neo4j: the log hides it again; push sends the curated graph', async () => {
    expect((await cli(['push', '--db', db, '--neo4j', target.config.uri], env)).code).toBe(0);
    expect(await countInNeo4j('company:kl1')).toBe(1);
    expect((await cli(['curate', 'reject', 'company:kl1', '--db', db])).code).toBe(0);
    // Neo4j still has it; pulling its graph back must not resurrect it
    expect((await cli(['pull', '--db', db, '--neo4j', target.config.uri], env)).code).toBe(0);
    const after = await cli(['query', "MATCH (n {id: 'company:kl1'}) RETURN count(n)", '--db', db, '--format', 'csv']);
    expect(after.stdout.trim().split('\n')[1]).toBe('0');
    const log = await cli(['curate', 'log', '--db', db]);
    expect(log.stdout).toMatch(/reject company:kl1 {2}\[rejected, 1 new mention\]/);
    expect((await cli(['push', '--db', db, '--neo4j', target.config.uri], env)).code).toBe(0);
    expect(await countInNeo4j('company:kl1')).toBe(0);
  });
});
