/** Turns any failure of a query into the DESIGN.md error shape, and shows it with a caret under the position. */
import type { QueryErrorJson } from '../graph/result.ts';

interface Positioned { code?: unknown; message?: unknown; position?: { line: number; column: number; offset?: number } }

export function toQueryError(err: unknown): QueryErrorJson {
  const e = (err ?? {}) as Positioned;
  const code = typeof e.code === 'string' && e.code.startsWith('Neo.') ? e.code : 'Neo.DatabaseError.General.UnknownError';
  const out: QueryErrorJson = { error: { code, message: String(e.message ?? err) } };
  if (e.position && typeof e.position.line === 'number') out.error.position = { line: e.position.line, column: e.position.column, offset: e.position.offset };
  return out;
}

export function describeQueryError(query: string, err: QueryErrorJson): string {
  const { code, message, position } = err.error;
  const lines = [`${code}: ${message}`];
  if (position) {
    const src = query.split('\n')[position.line - 1];
    if (src !== undefined) lines.push(`  ${src}`, `  ${' '.repeat(Math.max(0, position.column - 1))}^`);
  }
  return lines.join('\n');
}
