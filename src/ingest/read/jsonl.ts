/**
 * .jsonl reader: one article per line, `{title, text, date?, url?, lang?, source?}` (aliases such as
 * `body`, `headline`, `datePublished` are accepted, see fields.ts). A malformed line is one issue
 * naming its line number; the other lines are still read. Blank lines are ignored.
 */
import { buildArticle } from './build.ts';
import { pickFields } from './fields.ts';
import type { ParsedFile, RawArticle } from './types.ts';

export function parseArticleJsonl(content: string, file: string): ParsedFile {
  const result: ParsedFile = { articles: [], issues: [] };
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^\ufeff/, '').trim();
    if (!line) continue;
    const lineNumber = i + 1;
    const issue = (message: string) => result.issues.push({ file, line: lineNumber, message });
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      issue(`malformed JSON: ${(error as Error).message}`);
      continue;
    }
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      issue(`expected a JSON object {title, text, …}, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}`);
      continue;
    }
    const fields = pickFields(record as Record<string, unknown>);
    if (fields.textValue === undefined) {
      issue('missing "text"');
      continue;
    }
    if (typeof fields.textValue !== 'string') {
      issue(`"text" must be a string, got ${Array.isArray(fields.textValue) ? 'an array' : typeof fields.textValue}`);
      continue;
    }
    const raw: RawArticle = { text: fields.textValue };
    for (const key of ['title', 'date', 'url', 'lang', 'source'] as const) if (fields[key]) raw[key] = fields[key];
    const built = buildArticle(raw, `${file}:${lineNumber}`);
    if ('article' in built) result.articles.push(built.article);
    else issue(built.error);
  }
  return result;
}
