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

interface DriverError { code?: string; message?: string }

/** Codes the driver reports when the server cannot be reached. */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED']);

export function isTransient(err: unknown): boolean {
  const code = (err as DriverError)?.code ?? '';
  return UNREACHABLE.has(code) || code.startsWith('Neo.TransientError.');
}

/** Maps a driver error at connect time (or on first use) to a one-line Neo4jStoreError. */
export function connectError(err: unknown, uri: string, user: string | undefined, database: string | undefined, password?: string): Neo4jStoreError {
  const e = (err ?? {}) as DriverError;
  const code = e.code ?? '';
  const where = printableUri(uri);
  let message: string;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    message = `Neo4j at ${where} refused the credentials of user '${user ?? ''}' (wrong user or password; set NEO4J_USER / NEO4J_PASSWORD)`;
  } else if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    message = `Neo4j at ${where} has no database '${database ?? ''}' (check NEO4J_DATABASE)`;
  } else if (UNREACHABLE.has(code) || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|connect|timed? ?out/i.test(e.message ?? '')) {
    message = `cannot reach Neo4j at ${where} (is the server running? try 'docker compose up -d neo4j')`;
  } else {
    message = `Neo4j at ${where}: ${firstLine(e.message ?? String(err))}`;
  }
  return new Neo4jStoreError(scrub(message, password), code || undefined, { cause: err });
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** Removes a password from a message, whatever the driver put in it. */
export function scrub(message: string, password: string | undefined): string {
  return password ? message.split(password).join('***') : message;
}
