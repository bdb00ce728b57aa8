/**
 * .md reader: YAML front matter (title, date, url, lang, source; `datePublished`, `canonical`, … are
 * mapped by fields.ts), title falling back to the first `# heading`, markup lightly stripped.
 */
import { buildArticle } from './build.ts';
import { pickFields } from './fields.ts';
import { splitFrontMatter } from './front-matter.ts';
import type { ParsedFile, RawArticle } from './types.ts';

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
const BULLET = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const RULE = /^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const FENCE = /^\s*(```|~~~)/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s+\S+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Inline markup → plain text: images dropped, links and emphasis keep their text, HTML tags removed. */
export function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?![\w])/g, '$1$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1');
}

/**
 * Markdown body → plain text. Headings and bullet items become lines of their own (headings as
 * paragraphs); the soft-wrapped lines of a paragraph are joined with a space.
 */
export function markdownToText(body: string): { text: string; firstHeading?: string } {
  const out: string[] = [];
  let paragraph: string[] = [];
  let firstHeading: string | undefined;
  let fence: string | null = null;
  const flush = () => {
    if (paragraph.length) out.push(paragraph.join(' '), '');
    paragraph = [];
  };
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1] === fence) {
        fence = null;
        out.push('');
      } else {
        out.push(raw.trim());
      }
      continue;
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1]!;
      continue;
    }
    const line = raw.replace(/^\s*(?:>\s?)+/, '');
    if (TABLE_SEPARATOR.test(line) && line.includes('|')) continue;
    if (!line.trim() || RULE.test(line) || LINK_DEFINITION.test(line)) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    const next = lines[i + 1];
    const setext = paragraph.length === 0 && next !== undefined && SETEXT_UNDERLINE.test(next) && !BULLET.test(line);
    if (heading || setext) {
      flush();
      const title = stripInline(heading ? heading[2]! : line.trim()).trim();
      if (heading?.[1] === '#' || (setext && next!.trim().startsWith('='))) firstHeading ??= title;
      if (title) out.push(title, '');
      if (setext) i++;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      if (paragraph.length) flush();
      const item = stripInline(bullet[1]!.replace(/^\[[ xX]\]\s+/, '')).trim();
      if (item) out.push(item);
      // a bullet list ends with a blank line; keep items on consecutive lines
      if (lines[i + 1] === undefined || !lines[i + 1]!.trim() || !BULLET.test(lines[i + 1]!)) out.push('');
      continue;
    }
    const text = line.trim();
    if (text.startsWith('|') && text.endsWith('|') && text.length > 1) {
      // a table row: one line of cells
      if (paragraph.length) flush();
      out.push(stripInline(text.slice(1, -1).split('|').map((c) => c.trim()).join(' | ')));
      const next = lines[i + 1]?.trim() ?? '';
      if (!(next.startsWith('|') && next.endsWith('|'))) out.push('');
      continue;
    }
    paragraph.push(stripInline(text));
    if (/ {2,}$|\\$/.test(raw)) flush();
  }
  flush();
  return { text: out.join('\n'), firstHeading };
}

/** Parses a Markdown file's content (or a .txt file that begins with front matter). */
export function parseArticleMarkdown(content: string, file: string): ParsedFile {
  const front = splitFrontMatter(content);
  if (front.kind === 'error') return { articles: [], issues: [{ file, line: front.line, message: front.message }] };
  const meta = front.kind === 'ok' ? pickFields(front.data) : {};
  const { text, firstHeading } = markdownToText(front.body);
  const raw: RawArticle = { text };
  const title = meta.title ?? firstHeading;
  if (title) raw.title = title;
  for (const key of ['date', 'url', 'lang', 'source'] as const) if (meta[key]) raw[key] = meta[key];
  const built = buildArticle(raw, file);
  return 'article' in built ? { articles: [built.article], issues: [] } : { articles: [], issues: [{ file, message: built.error }] };
}
