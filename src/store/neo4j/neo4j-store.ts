/**
 * The Neo4j store: the Store interface over the official neo4j-driver. Same graph, same merge rules and
 * same query results as the memory store; writes in batched managed transactions.
 */
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type Snapshot } from '../../graph/model.ts';
import type { EntityRecord, GraphPatch } from '../../graph/patch.ts';
import type { QueryOptions, QueryResult } from '../../graph/result.ts';
import type { ApplySummary, GraphStats, Store } from '../store.ts';
import { applyBatch } from './apply.ts';
import type { Neo4jConfig } from './config.ts';
import { printableUri } from './config.ts';
import { connect, type ServerInfo } from './connect.ts';
import { ident } from './cypher-text.ts';
import { NEO4J_DEFAULTS } from './defaults.ts';
import { Neo4jStoreError, connectError, scrub } from './errors.ts';
import { runQuery } from './query.ts';
import { checkReadOnly } from './read-only-check.ts';
import { ensureSchema, MIN_VERSION, schemaDialect, type SchemaReport } from './schema.ts';
import { readSnapshot, writeSnapshot } from './snapshot.ts';
import { refreshNeo4jTime, retractOnNeo4j } from '../../time/neo4j-time.ts';
import type { RetractSummary } from '../../time/retract.ts';

function isConnectionLevel(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.ClientError.Security.') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' || !code.startsWith('Neo.');
}

export class Neo4jStore implements Store {
  readonly kind = 'neo4j' as const;
  private closed = false;

  constructor(
    readonly driver: Driver,
    readonly server: ServerInfo,
    readonly uri: string,
    readonly database: string | undefined,
    readonly schema: SchemaReport,
    private readonly batchSize: number,
    private readonly password: string | undefined,
    private readonly user: string | undefined,
  ) {}

  /** e.g. `bolt://localhost:7687 (Neo4j/5.26.0)` — never with credentials. */
  describe(): string {
    return `${printableUri(this.uri)} (${this.server.agent || `Neo4j/${this.server.version}`})`;
  }

  private session(mode: 'READ' | 'WRITE' = 'WRITE'): Session {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
  }

  /** Runs `work`, turning connection-level failures (server gone, auth, unknown database) into one-line Neo4jStoreErrors. */
  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof Neo4jStoreError || !isConnectionLevel(err)) throw err;
      throw connectError(err, this.uri, this.user, this.database, this.password);
    }
  }

  async apply(patches: GraphPatch[]): Promise<ApplySummary> {
    const total: ApplySummary = { newArticles: 0, newEntities: 0, newRelations: 0 };
    const session = this.session();
    try {
      for (let i = 0; i < patches.length; i += this.batchSize) {
        const batch = patches.slice(i, i + this.batchSize);
        const s = await this.guarded(() => session.executeWrite((tx) => applyBatch(tx, batch, this.server.major)));
        total.newArticles += s.newArticles;
        total.newEntities += s.newEntities;
        total.newRelations += s.newRelations;
      }
    } finally {
      await session.close();
    }
    await this.guarded(() => refreshNeo4jTime(this, patches));
    return total;
  }

  /** Takes one article out (src/time/retract.ts, on a copy; the changes written in one transaction). */
  async removeArticle(id: string): Promise<RetractSummary | undefined> {
    return this.guarded(() => retractOnNeo4j(this, id));
  }

  async knownEntities(): Promise<EntityRecord[]> {
    const session = this.session('READ');
    try {
      return await this.guarded(() => session.executeRead(async (tx) => {
        const out: EntityRecord[] = [];
        for (const type of ENTITY_TYPES) {
          const r = await tx.run(`MATCH (n:${ident(type)}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.iso2 AS iso2`);
          for (const rec of r.records) {
            const id = rec.get('id');
            if (typeof id !== 'string') continue;
            const aliases = rec.get('aliases');
            const e: EntityRecord = { id, type: type as EntityType, name: String(rec.get('name') ?? id), aliases: Array.isArray(aliases) ? aliases.map(String) : [] };
            const iso2 = rec.get('iso2');
            if (typeof iso2 === 'string') e.iso2 = iso2;
            out.push(e);
          }
        }
        return out;
      }));
    } finally {
      await session.close();
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    const session = this.session('READ');
    try {
      const r = await this.guarded(() => session.run('MATCH (n:Article {id: $id}) RETURN count(n) AS c', { id }));
      return Number(r.records[0]?.get('c') ?? 0) > 0;
    } finally {
      await session.close();
    }
  }

  async snapshot(): Promise<Snapshot> {
    const session = this.session('READ');
    try {
      return await this.guarded(() => readSnapshot(session, this.server.major));
    } finally {
      await session.close();
    }
  }

  async load(snapshot: Snapshot): Promise<void> {
    await this.guarded(() => writeSnapshot(this.driver, this.database, snapshot));
  }

  async query(cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
    if (options.readOnly) checkReadOnly(cypher);
    return this.guarded(() => runQuery(this.driver, this.database, this.server, cypher, options));
  }

  async stats(): Promise<GraphStats> {
    const session = this.session('READ');
    try {
      return await this.guarded(() => session.executeRead(async (tx) => {
        const count = async (q: string): Promise<number> => Number((await tx.run(q)).records[0]?.get('c') ?? 0);
        const nodesByType: Record<string, number> = {};
        const relationshipsByType: Record<string, number> = {};
        let labelled = 0, entities = 0;
        for (const label of [...ENTITY_TYPES, 'Article']) {
          const c = await count(`MATCH (n:${ident(label)}) RETURN count(n) AS c`);
          if (!c) continue;
          nodesByType[label] = c;
          labelled += c;
          if (label !== 'Article') entities += c;
        }
        const allNodes = await count('MATCH (n) RETURN count(n) AS c');
        if (allNodes > labelled) nodesByType['(other)'] = allNodes - labelled;
        let typed = 0;
        for (const type of RELATION_TYPES) {
          const c = await count(`MATCH ()-[r:${ident(type)}]->() RETURN count(r) AS c`);
          if (!c) continue;
          relationshipsByType[type] = c;
          typed += c;
        }
        const relationships = await count('MATCH ()-[r]->() RETURN count(r) AS c');
        if (relationships > typed) relationshipsByType['(other)'] = relationships - typed;
        return { articles: nodesByType.Article ?? 0, entities, relationships, nodesByType, relationshipsByType };
      }));
    } finally {
      await session.close();
    }
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }
}

/** Connects, checks the server, creates missing constraints; throws Neo4jStoreError (one line, no password). */
export async function openNeo4jStore(config: Neo4jConfig): Promise<Neo4jStore> {
  const conn = await connect(config);
  const dialect = schemaDialect(conn.server.version);
  if (!dialect) {
    await conn.driver.close().catch(() => {});
    throw new Neo4jStoreError(`Neo4j at ${printableUri(conn.uri)}: Neo4j ≥ ${MIN_VERSION} required, found ${conn.server.version}`, 'Newsgraph.Neo4j.UnsupportedVersion');
  }
  const session = conn.driver.session({ ...(conn.database ? { database: conn.database } : {}) });
  let schema: SchemaReport;
  try {
    schema = await ensureSchema(session, dialect);
  } catch (err) {
    await conn.driver.close().catch(() => {});
    const e = err as { message?: string };
    if ((err as { code?: string }).code?.startsWith('Neo.ClientError.Security.')) throw connectError(err, conn.uri, conn.user, conn.database, conn.password);
    throw new Neo4jStoreError(scrub(`Neo4j at ${printableUri(conn.uri)} (${conn.server.version}): cannot create the uniqueness constraints (${(e.message ?? String(err)).split('\n')[0]})`, conn.password), undefined, { cause: err });
  } finally {
    await session.close();
  }
  return new Neo4jStore(conn.driver, conn.server, conn.uri, conn.database, schema, config.batchSize ?? NEO4J_DEFAULTS.batchSize, conn.password, conn.user);
}
