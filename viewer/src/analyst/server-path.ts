/**
 * The path asked of the server, for ends the client graph does not hold (the large-graph mode loads only
 * part of the graph): Cypher's shortestPath over POST /api/query, read-only, either direction, MENTIONS
 * left out unless allowed, as the client search does. Both stores run it (embedded engine and Neo4j).
 */
import type { JsonValue, NodeJson, PathJson, RelationshipJson } from '../../../src/graph/result.ts';
import { runQuery } from '../api.ts';

/** Longest path asked of the server: beyond it a connection says little, and the search gets costly. */
export const SERVER_PATH_MAX_HOPS = 8;

export function serverPathQuery(mentions: boolean): string {
  return [
    'MATCH (a {id: $from}), (b {id: $to})',
    `MATCH p = shortestPath((a)-[*..${SERVER_PATH_MAX_HOPS}]-(b))`,
    ...(mentions ? [] : ["WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')"]),
    'RETURN p LIMIT 1',
  ].join('\n');
}

export interface ServerNode { key: string; label: string; type: string }
export interface ServerRelation { id: string; type: string; forward: boolean; properties: Record<string, JsonValue> }
export interface ServerHop { from: ServerNode; to: ServerNode; relation: ServerRelation }

/** Outcome of the server search: the hops, none found, or why it could not run. */
export type ServerPath = { found: true; hops: ServerHop[] } | { found: false } | { error: string };

function nodeOf(n: NodeJson): ServerNode {
  const key = typeof n.properties.id === 'string' ? n.properties.id : n.id;
  return { key, label: String(n.properties.name ?? n.properties.title ?? key), type: n.labels[0] ?? '' };
}

/** The hops of a path result, in walking order (a relation is walked against its direction when it points back). */
export function serverHops(path: PathJson): ServerHop[] {
  const hops: ServerHop[] = [];
  path.relationships.forEach((r: RelationshipJson, i) => {
    const a = path.nodes[i], b = path.nodes[i + 1];
    if (!a || !b) return;
    hops.push({ from: nodeOf(a), to: nodeOf(b), relation: { id: r.id, type: r.type, forward: r.start === a.id, properties: r.properties } });
  });
  return hops;
}

export async function fetchServerPath(from: string, to: string, mentions: boolean): Promise<ServerPath> {
  const response = await runQuery(serverPathQuery(mentions), { from, to });
  if (!response.ok) return { error: `${response.error.message} (${response.error.code})` };
  const cell = response.result.rows[0]?.[0];
  if (!cell || typeof cell !== 'object' || Array.isArray(cell) || (cell as PathJson).kind !== 'path') return { found: false };
  return { found: true, hops: serverHops(cell as PathJson) };
}
