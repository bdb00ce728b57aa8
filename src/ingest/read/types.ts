/** Types shared by the readers. */
import type { Article } from '../../graph/model.ts';

/** One clear line about one input: which file (and line), and what is wrong. */
export interface ReadIssue {
  file: string;
  line?: number;
  message: string;
}

export interface ReadResult {
  articles: Article[];
  issues: ReadIssue[];
  /** Files looked at (read or reported). */
  files: number;
}

export interface ReadOptions {
  /** Files larger than this many bytes are reported and skipped; default READ_DEFAULTS.maxBytes (5 MB). */
  maxBytes?: number;
}

/** What one file's content gave: pure parsers return this. */
export interface ParsedFile {
  articles: Article[];
  issues: ReadIssue[];
}

/** Article fields as a file states them, before normalisation. */
export interface RawArticle {
  title?: string;
  text: string;
  date?: string;
  url?: string;
  lang?: string;
  source?: string;
}

export function formatIssue(issue: ReadIssue): string {
  return `${issue.file}${issue.line !== undefined ? `:${issue.line}` : ''}: ${issue.message}`;
}
