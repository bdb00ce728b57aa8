/**
 * Opening the driver: connectivity verified (retried with backoff while the server is unreachable,
 * a transient condition; never on auth or database errors), then the server's version detected with
 * `CALL dbms.components()`, which decides the DDL syntax.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config.ts';
import { splitCredentials } from './config.ts';
import { NEO4J_DEFAULTS } from './defaults.ts';
import { connectError, isTransient } from './errors.ts';

export interface ServerInfo {
  /** e.g. '5.26.0', '4.4.30', '2025.01.0' */
  version: string;
  major: number;
  edition: string;
  /** Bolt agent string, e.g. 'Neo4j/5.26.0'. */
  agent: string;
  protocolVersion: string;
}

export interface Connection {
  driver: Driver;
  server: ServerInfo;
  database: string | undefined;
  uri: string;
  user: string | undefined;
  password: string | undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function connect(cfg: Neo4jConfig): Promise<Connection> {
  const split = splitCredentials(cfg.uri);
  const user = cfg.user ?? split.user ?? NEO4J_DEFAULTS.user;
  const password = cfg.password || split.password || '';
  const uri = split.uri;
  const fail = (err: unknown) => connectError(err, uri, user, cfg.database, password);
  let driver: Driver;
  try {
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      maxTransactionRetryTime: NEO4J_DEFAULTS.maxTransactionRetryTimeMs,
      connectionTimeout: NEO4J_DEFAULTS.connectionTimeoutMs,
      disableLosslessIntegers: false,
      logging: { level: 'error', logger: () => {} },
    });
  } catch (err) {
    throw fail(err);
  }
  const attempts = cfg.connectAttempts ?? NEO4J_DEFAULTS.connectAttempts;
  const backoff = cfg.connectBackoffMs ?? NEO4J_DEFAULTS.connectBackoffMs;
  for (let i = 1; ; i++) {
    try {
      const info = await driver.getServerInfo(cfg.database ? { database: cfg.database } : {});
      const server = await detectVersion(driver, cfg.database, info.agent ?? '', String(info.protocolVersion ?? ''));
      return { driver, server, database: cfg.database, uri, user, password };
    } catch (err) {
      if (i < attempts && isTransient(err)) { await sleep(backoff * 2 ** (i - 1)); continue; }
      await driver.close().catch(() => {});
      throw fail(err);
    }
  }
}

async function detectVersion(driver: Driver, database: string | undefined, agent: string, protocolVersion: string): Promise<ServerInfo> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database ? { database } : {}) });
  try {
    const r = await session.run('CALL dbms.components() YIELD name, versions, edition');
    const rec = r.records.find((x) => x.get('name') === 'Neo4j Kernel') ?? r.records[0];
    const version = String((rec?.get('versions') as string[] | undefined)?.[0] ?? agent.replace(/^Neo4j\//, ''));
    return { version, major: Number(version.split('.')[0]) || 0, edition: String(rec?.get('edition') ?? ''), agent, protocolVersion };
  } finally {
    await session.close();
  }
}
