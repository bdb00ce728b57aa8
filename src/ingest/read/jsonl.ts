/**
 * .jsonl reader: one article per line, `{title, text, date?, url?, lang?, source?}` (aliases such as
 * `body`, `headline`, `datePublished` are accepted, see fields.ts). A malformed line is one issue
 * naming its line number; the other lines are still read. Blank lines are ignored.
 * Files are streamed line by line (jsonl-file.ts), so a corpus may be any size; the size limit
 * applies to each line (one article).
 */
import { buildArticle } from './build.ts';
import { pickFields } from './fields.ts';
import type { Article } from '../../graph/model.ts';
import type { ParsedFile, RawArticle, ReadIssue } from './types.ts';

export type JsonlLineOutcome = { article: Article } | { issue: ReadIssue } | undefined;

/** One line of a .jsonl file: an article, an issue, or nothing for a blank line. */
export function parseJsonlLine(text: string, file: string, lineNumber: number): JsonlLineOutcome {
  const line = text.replace(/^\ufeff/, '').trim();
  if (!line) return undefined;
  const issue = (message: string) => ({ issue: { file, line: lineNumber, message } });
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return issue(`malformed JSON: ${(error as Error).message}`);
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return issue(`expected a JSON object {title, text, …}, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}`);
  }
  const fields = pickFields(record as Record<string, unknown>);
  if (fields.textValue === undefined) return issue('missing "text"');
  if (typeof fields.textValue !== 'string') {
    return issue(`"text" must be a string, got ${Array.isArray(fields.textValue) ? 'an array' : typeof fields.textValue}`);
  }
  const raw: RawArticle = { text: fields.textValue };
  for (const key of ['title', 'date', 'url', 'lang', 'source'] as const) if (fields[key]) raw[key] = fields[key];
  const built = buildArticle(raw, `${file}:${lineNumber}`);
  return 'article' in built ? { article: built.article } : issue(built.error);
}

export function parseArticleJsonl(content: string, file: string): ParsedFile {
  const result: ParsedFile = { articles: [], issues: [] };
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const outcome = parseJsonlLine(lines[i]!, file, i + 1);
    if (!outcome) continue;
    if ('article' in outcome) result.articles.push(outcome.article);
    else result.issues.push(outcome.issue);
  }
  return result;
}
