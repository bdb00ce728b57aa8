/** Every reader setting's default, in one place. */
export const READ_DEFAULTS = {
  /** Files larger than this are reported and skipped (5 MB). */
  maxBytes: 5 * 1024 * 1024,
  /** A file is binary when more than this share of its decoded characters are invalid or control characters. */
  maxBadCharRatio: 0.01,
  /** With no title stated, a first line longer than this is a paragraph (kept as text), not a title... */
  maxTitleLine: 300,
  /** ...and the title is its first sentence, cut to this length at a word boundary. */
  shortTitle: 160,
  /** HTML elements nested deeper than this are flattened into their ancestor (text kept): real pages stay far below. */
  maxHtmlDepth: 256,
} as const;

/** Extensions the readers understand, mapped to their format. */
export const FORMATS = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
} as const;

export type FileFormat = (typeof FORMATS)[keyof typeof FORMATS];
