/**
 * query(): Cypher passed through with parameters; the result in the DESIGN.md shape, as the memory store
 * gives it. Relationship ends are reported by their node's `id`: ends not among the result's own nodes
 * are looked up by element id in one extra read.
 */
import neo4j, { type Driver, type QueryResult as DriverResult, type ResultSummary } from 'neo4j-driver';
import type { JsonValue, QueryOptions, QueryResult, QueryStats } from '../../graph/result.ts';
import type { ServerInfo } from './connect.ts';
import { collectEnds, toJson, toNeo4j } from './values.ts';

export class Neo4jQueryError extends Error {
  constructor(readonly code: string, message: string, readonly position?: { line: number; column: number; offset?: number }) {
    super(message);
    this.name = 'Neo4jQueryError';
  }
}

const ROW_LIMIT_CODE = 'Neo.ClientError.General.ForbiddenOperation';

function positionOf(message: string): { line: number; column: number; offset: number } | undefined {
  const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

function stats(summary: ResultSummary): QueryStats | undefined {
  const c = summary.counters.updates() as Record<string, number>;
  const out: QueryStats = {};
  for (const [k, v] of Object.entries(c)) if (v) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

function planText(plan: unknown, depth = 0): string {
  const p = plan as { operatorType?: string; identifiers?: string[]; arguments?: Record<string, unknown>; children?: unknown[] } | false | undefined;
  if (!p) return '';
  const details = p.arguments?.Details ?? p.arguments?.details;
  const line = `${'  '.repeat(depth)}${p.operatorType ?? '?'}${details ? ` ${String(details)}` : ''}${p.identifiers?.length ? ` (${p.identifiers.join(', ')})` : ''}`;
  return [line, ...(p.children ?? []).map((c) => planText(c, depth + 1))].join('\n');
}

async function resolveEnds(driver: Driver, database: string | undefined, server: ServerInfo, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database ? { database } : {}) });
  try {
    const q = server.major >= 5
      ? 'MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, n.id AS id'
      : 'MATCH (n) WHERE id(n) IN $ids RETURN toString(id(n)) AS e, n.id AS id';
    const params = server.major >= 5 ? { ids } : { ids: ids.map((x) => neo4j.int(x)) };
    const r = await session.run(q, params);
    for (const rec of r.records) if (typeof rec.get('id') === 'string') out.set(String(rec.get('e')), rec.get('id') as string);
  } catch {
    // a server without elementId(): ends keep their element ids
  } finally {
    await session.close();
  }
  return out;
}

export async function runQuery(driver: Driver, database: string | undefined, server: ServerInfo, cypher: string, o: QueryOptions = {}): Promise<QueryResult> {
  const session = driver.session({
    defaultAccessMode: o.readOnly ? neo4j.session.READ : neo4j.session.WRITE,
    ...(database ? { database } : {}),
  });
  let res: DriverResult;
  let columns: string[];
  try {
    const running = session.run(cypher, toNeo4j(o.params ?? {}) as Record<string, unknown>, o.timeoutMs ? { timeout: o.timeoutMs } : {});
    columns = (await running.keys()).map(String);
    res = await running;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    const message = e.message ?? String(err);
    const pos = positionOf(message);
    throw new Neo4jQueryError(e.code ?? 'Neo.DatabaseError.General.UnknownError', message, pos);
  } finally {
    await session.close();
  }
  if (o.maxRows !== undefined && res.records.length > o.maxRows) {
    throw new Neo4jQueryError(ROW_LIMIT_CODE, `The query returned more than ${o.maxRows} rows (the row limit)`);
  }
  const known = new Map<string, string>(), missing = new Set<string>();
  for (const rec of res.records) for (const v of Array.from(rec.values())) collectEnds(v, known, missing);
  const unresolved = [...missing].filter((e) => !known.has(e));
  for (const [e, id] of await resolveEnds(driver, database, server, unresolved)) known.set(e, id);
  const idOf = (e: string): string => known.get(e) ?? e;
  const rows: JsonValue[][] = res.records.map((rec) => Array.from(rec.values()).map((v) => toJson(v, idOf)));
  const out: QueryResult = { columns, rows };
  const s = stats(res.summary);
  if (s) out.stats = s;
  if (res.summary.plan) out.plan = planText(res.summary.plan);
  return out;
}
