/** The one query-result shape of DESIGN.md, shared by both stores, the CLI, the HTTP API and the viewer. */

export interface NodeJson { kind: 'node'; id: string; labels: string[]; properties: Record<string, JsonValue> }
export interface RelationshipJson {
  kind: 'relationship'; id: string; type: string; start: string; end: string; properties: Record<string, JsonValue>;
}
export interface PathJson { kind: 'path'; nodes: NodeJson[]; relationships: RelationshipJson[] }

/** Integers that do not fit a double are strings; temporal values are ISO strings. */
export type JsonValue =
  | null | boolean | number | string
  | JsonValue[] | { [key: string]: JsonValue }
  | NodeJson | RelationshipJson | PathJson;

export interface QueryStats {
  nodesCreated?: number; nodesDeleted?: number;
  relationshipsCreated?: number; relationshipsDeleted?: number;
  propertiesSet?: number; labelsAdded?: number; labelsRemoved?: number;
  [key: string]: number | undefined;
}

export interface QueryResult { columns: string[]; rows: JsonValue[][]; stats?: QueryStats; plan?: string }

export interface QueryErrorJson {
  error: { code: string; message: string; position?: { line: number; column: number; offset?: number } };
}

export interface QueryOptions {
  params?: Record<string, unknown>;
  /** Refuse any write clause (default for HTTP). */
  readOnly?: boolean;
  timeoutMs?: number;
  maxRows?: number;
  /** Memory budget of one query in MB (lists built or collected, rows held by ORDER BY / DISTINCT / aggregation). */
  maxMemoryMb?: number;
}
