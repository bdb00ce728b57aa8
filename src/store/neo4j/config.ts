/** Where the Neo4j store connects: `--neo4j URI` or NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE. */
import { NEO4J_DEFAULTS } from './defaults.ts';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  /** Default: the server's home database. */
  database?: string;
  /** Patches per write transaction. */
  batchSize?: number;
  connectAttempts?: number;
  connectBackoffMs?: number;
}

export function neo4jConfigFromEnv(uri: string | undefined, env: NodeJS.ProcessEnv = process.env): Neo4jConfig | undefined {
  const u = uri ?? env.NEO4J_URI;
  if (!u) return undefined;
  const cfg: Neo4jConfig = { uri: u, user: env.NEO4J_USER ?? NEO4J_DEFAULTS.user, password: env.NEO4J_PASSWORD ?? '' };
  if (env.NEO4J_DATABASE) cfg.database = env.NEO4J_DATABASE;
  return cfg;
}

/** The URI as it may be printed: any user:password@ part removed. */
export function printableUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}

/** Splits user:password@ out of a URI (the driver wants them apart). */
export function splitCredentials(uri: string): { uri: string; user?: string; password?: string } {
  const m = /^([a-z0-9+.-]+:\/\/)([^@/]*)@(.*)$/i.exec(uri);
  if (!m) return { uri };
  const [user, ...rest] = decodeURIComponent(m[2]!).split(':');
  const out: { uri: string; user?: string; password?: string } = { uri: m[1]! + m[3]! };
  if (user) out.user = user;
  if (rest.length) out.password = rest.join(':');
  return out;
}
