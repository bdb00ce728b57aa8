/**
 * One-line errors of the Neo4j store: what went wrong and where (the URI, never the password).
 * The CLI prints the message and exits with code 1.
 */
import { printableUri } from './config.ts';

export class Neo4jStoreError extends Error {
  readonly exitCode = 1;
  constructor(message: string, readonly code?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'Neo4jStoreError';
  }
}

interface DriverError { code?: string; message?: string; cause?: unknown }

/** Driver codes for a server that cannot be reached (or was lost): transient, retried at connect. */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
/** Node's own socket error codes, when an error comes from below the driver. */
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EAI_AGAIN']);
const CREDENTIALS = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);
const DATABASE_NOT_FOUND = 'Neo.ClientError.Database.DatabaseNotFound';
/** What a server that cannot route answers to the driver's routing procedure (neo4j:// on a lone 3.5). */
const NO_ROUTING = 'Neo.ClientError.Procedure.ProcedureNotFound';
/** The driver's own error (it has no code) when a database is named to a server without multiple databases. */
const NO_MULTI_DATABASE = /does not support multiple databases/;

export function isTransient(err: unknown): boolean {
  const code = (err as DriverError)?.code ?? '';
  return UNREACHABLE.has(code) || NETWORK.has(code) || code.startsWith('Neo.TransientError.');
}

/** The error and its causes, outermost first (the driver wraps routing failures around the server's answer). */
function causes(err: unknown): DriverError[] {
  const out: DriverError[] = [];
  for (let e = err as DriverError | undefined; e && typeof e === 'object' && out.length < 8; e = e.cause as DriverError | undefined) out.push(e);
  return out;
}

export type ConnectFailure = 'credentials' | 'forbidden' | 'no-database' | 'no-multi-database' | 'no-routing' | 'unreachable' | 'other';

/** Classifies a driver error by its status codes (and those of its causes), never by loose words. */
export function classify(err: unknown): ConnectFailure {
  const chain = causes(err);
  const codes = chain.map((e) => e.code ?? '');
  if (codes.some((c) => CREDENTIALS.has(c))) return 'credentials';
  if (codes.some((c) => c.startsWith('Neo.ClientError.Security.'))) return 'forbidden';
  if (codes.includes(DATABASE_NOT_FOUND)) return 'no-database';
  if (chain.some((e) => NO_MULTI_DATABASE.test(e.message ?? ''))) return 'no-multi-database';
  if (codes.includes(NO_ROUTING)) return 'no-routing';
  if (codes.some((c) => UNREACHABLE.has(c) || NETWORK.has(c))) return 'unreachable';
  return 'other';
}

/** Maps a driver error at connect time (or on first use) to a one-line Neo4jStoreError. */
export function connectError(err: unknown, uri: string, user: string | undefined, database: string | undefined, password?: string): Neo4jStoreError {
  const e = (err ?? {}) as DriverError;
  const code = e.code ?? '';
  const where = printableUri(uri);
  let message: string;
  switch (classify(err)) {
    case 'credentials':
      message = `Neo4j at ${where} refused the credentials of user '${user ?? ''}' (wrong user or password; set NEO4J_USER / NEO4J_PASSWORD)`;
      break;
    case 'forbidden':
      message = `Neo4j at ${where} refused access to user '${user ?? ''}': ${firstLine(innermost(err))}`;
      break;
    case 'no-database':
      message = `Neo4j at ${where} has no database '${database ?? ''}' (check NEO4J_DATABASE)`;
      break;
    case 'no-multi-database':
      message = `Neo4j at ${where} has no database '${database ?? ''}': a server before 4.0 has a single one (unset NEO4J_DATABASE)`;
      break;
    case 'no-routing':
      message = `Neo4j at ${where} cannot route (not a cluster member): use a bolt:// URI instead of ${uri.split(':')[0]}://`;
      break;
    case 'unreachable':
      message = `cannot reach Neo4j at ${where} (is the server running? try 'docker compose up -d neo4j')`;
      break;
    default:
      message = `Neo4j at ${where}: ${firstLine(e.message ?? String(err))}${code && code !== 'N/A' ? ` (${code})` : ''}`;
  }
  return new Neo4jStoreError(scrub(message, password), code || undefined, { cause: err });
}

function innermost(err: unknown): string {
  const chain = causes(err);
  return chain[chain.length - 1]?.message ?? String(err);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** Removes a password from a message, whatever the driver put in it. */
export function scrub(message: string, password: string | undefined): string {
  return password ? message.split(password).join('***') : message;
}
