/**
 * YAML front matter: a file that begins with a `---` line, a YAML mapping, and a closing `---`
 * (or `...`) line.
 */
import { createRequire } from 'node:module';

// loaded on the first front matter: most articles have none, and yaml is ~70 files to load
let yaml: typeof import('yaml') | undefined;
const parseYaml = (text: string): unknown => (yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);

export type FrontMatter =
  | { kind: 'none'; body: string }
  | { kind: 'ok'; data: Record<string, unknown>; body: string; bodyLine: number }
  | { kind: 'error'; message: string; line?: number };

const OPENING = /^\ufeff?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

export function hasFrontMatter(content: string): boolean {
  return OPENING.test(content);
}

export function splitFrontMatter(content: string): FrontMatter {
  const opening = OPENING.exec(content);
  if (!opening) return { kind: 'none', body: content };
  const lines = content.slice(opening[0].length).split('\n');
  const closeAt = lines.findIndex((line) => CLOSING.test(line.replace(/\r$/, '')));
  if (closeAt === -1) return { kind: 'error', message: 'malformed front matter: no closing "---" line', line: 1 };
  const yamlText = lines.slice(0, closeAt).join('\n');
  let data: unknown;
  try {
    data = yamlText.trim() ? parseYaml(yamlText) : {};
  } catch (error) {
    const err = error as { message?: string; linePos?: Array<{ line: number }> };
    const line = err.linePos?.[0]?.line;
    const message = (err.message ?? String(error)).split('\n')[0]!;
    return { kind: 'error', message: `malformed YAML front matter: ${message}`, line: line !== undefined ? line + 1 : undefined };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { kind: 'error', message: 'malformed front matter: expected a YAML mapping of fields (title: …, date: …)', line: 2 };
  }
  return {
    kind: 'ok',
    data: data as Record<string, unknown>,
    body: lines.slice(closeAt + 1).join('\n'),
    bodyLine: closeAt + 3,
  };
}
