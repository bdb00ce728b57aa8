/**
 * Article readers: files or folders in, Articles out, one clear issue per bad input.
 *
 *   for await (const { article, issue } of readArticles(['seeds'])) …
 *   const { articles, issues, files } = await readAll(['seeds', 'more.jsonl']);
 *
 * Formats: .txt (first line = title; front matter honoured), .md (YAML front matter), .html/.htm,
 * .jsonl (one article per line, streamed: the size limit applies per line). Bad input never stops
 * a run: an unreadable, binary, empty, oversized or malformed file (or .jsonl line) gives one
 * ReadIssue and the others are read. The pure
 * per-format parsers (parseArticleText, parseArticleMarkdown, parseArticleHtml, parseArticleJsonl)
 * work on strings and are testable without I/O.
 */
import { readFile } from 'node:fs/promises';
import type { Article } from '../../graph/model.ts';
import { decodeBytes } from './decode.ts';
import { READ_DEFAULTS, type FileFormat } from './defaults.ts';
import { parseArticleHtml } from './html.ts';
import { parseArticleJsonl } from './jsonl.ts';
import { readJsonlFile } from './jsonl-file.ts';
import { parseArticleMarkdown } from './markdown.ts';
import { parseArticleText } from './text.ts';
import type { ParsedFile, ReadIssue, ReadOptions, ReadResult } from './types.ts';
import { walkPaths } from './walk.ts';

export type { ParsedFile, RawArticle, ReadIssue, ReadOptions, ReadResult } from './types.ts';
export { formatIssue } from './types.ts';
export { READ_DEFAULTS, FORMATS, type FileFormat } from './defaults.ts';
export { parseArticleText, parseArticleMarkdown, parseArticleHtml, parseArticleJsonl };
export { normalizeDate } from './date.ts';
export { cleanText } from './build.ts';
export { formatOf } from './walk.ts';

export interface ReadEvent {
  article?: Article;
  issue?: ReadIssue;
  /** The file the article or issue comes from. */
  file: string;
}

const PARSERS: Record<FileFormat, (content: string, file: string) => ParsedFile> = {
  text: parseArticleText,
  markdown: parseArticleMarkdown,
  html: parseArticleHtml,
  jsonl: parseArticleJsonl,
};

/** Parses one file's content by its format (pure). */
export function parseContent(content: string, file: string, format: FileFormat): ParsedFile {
  return PARSERS[format](content, file);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 3 : 1)} MB`;
}

/**
 * Reads articles from files and folders, in a deterministic order, yielding each article or issue
 * as soon as its file is read. Never throws for bad input.
 */
export async function* readArticles(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  const maxBytes = options.maxBytes ?? READ_DEFAULTS.maxBytes;
  for await (const entry of walkPaths(paths)) {
    const file = entry.file;
    if ('issue' in entry) {
      yield { issue: entry.issue, file };
      continue;
    }
    if (entry.format === 'jsonl') {
      // streamed: any size, the limit applies per line (one article)
      try {
        for await (const event of readJsonlFile(file, maxBytes)) yield { ...event, file };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const message = code === 'EACCES' || code === 'EPERM' ? 'unreadable: permission denied' : `unreadable: ${(error as Error).message}`;
        yield { issue: { file, message }, file };
      }
      continue;
    }
    if (entry.size > maxBytes) {
      yield { issue: { file, message: `file too large (${megabytes(entry.size)}, limit ${megabytes(maxBytes)})` }, file };
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message = code === 'EACCES' || code === 'EPERM' ? 'unreadable: permission denied' : `unreadable: ${(error as Error).message}`;
      yield { issue: { file, message }, file };
      continue;
    }
    if (bytes.length > maxBytes) { // grew since stat
      yield { issue: { file, message: `file too large (${megabytes(bytes.length)}, limit ${megabytes(maxBytes)})` }, file };
      continue;
    }
    const decoded = decodeBytes(bytes);
    if ('error' in decoded) {
      yield { issue: { file, message: decoded.error }, file };
      continue;
    }
    let parsed: ParsedFile;
    try {
      parsed = parseContent(decoded.text, file, entry.format);
    } catch (error) {
      // A parser bug must not stop the run either.
      yield { issue: { file, message: `could not be read: ${(error as Error).message}` }, file };
      continue;
    }
    for (const article of parsed.articles) yield { article, file };
    for (const issue of parsed.issues) yield { issue, file };
    if (!parsed.articles.length && !parsed.issues.length) yield { issue: { file, message: 'no articles found' }, file };
  }
}

/** Reads everything into memory: articles, issues and the number of files looked at. */
export async function readAll(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const result: ReadResult = { articles: [], issues: [], files: 0 };
  let lastFile: string | undefined;
  for await (const event of readArticles(paths, options)) {
    if (event.file !== lastFile) {
      result.files++;
      lastFile = event.file;
    }
    if (event.article) result.articles.push(event.article);
    if (event.issue) result.issues.push(event.issue);
  }
  return result;
}
