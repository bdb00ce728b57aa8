/**
 * RawArticle → Article: text cleaned, date normalised, language detected when not stated,
 * source derived from the url's host when not stated, id from the normalised text.
 */
import type { Article } from '../../graph/model.ts';
import { articleId, normalizeForId } from '../article-id.ts';
import { detectLanguage, normalizeLanguageTag } from '../language.ts';
import { normalizeDate } from './date.ts';
import { READ_DEFAULTS } from './defaults.ts';
import { hostOf } from './fields.ts';
import type { RawArticle } from './types.ts';

/**
 * Plain-text cleanup shared by every format: NFC; CRLF → LF; tabs, no-break and other Unicode
 * spaces → one space; lines trimmed; runs of blank lines → one blank line (paragraph break).
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Drops a first paragraph that only repeats the title (a heading echoed in the body). */
function withoutRepeatedTitle(title: string, text: string): string {
  const breakAt = text.indexOf('\n\n');
  const first = breakAt === -1 ? text : text.slice(0, breakAt);
  if (normalizeForId(first).toLowerCase() !== normalizeForId(title).toLowerCase()) return text;
  return breakAt === -1 ? '' : text.slice(breakAt + 2).trim();
}

const MAX_TITLE_LINE = READ_DEFAULTS.maxTitleLine;
const SHORT_TITLE = READ_DEFAULTS.shortTitle;

/** The first sentence, cut at a word boundary with an ellipsis when still long. */
function shortTitle(paragraph: string): string {
  const sentence = /^.{20,}?[.!?](?=\s|$)/u.exec(paragraph)?.[0] ?? paragraph;
  if (sentence.length <= SHORT_TITLE) return sentence;
  const cut = sentence.slice(0, SHORT_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

export type BuildOutcome = { article: Article } | { error: string };

export function buildArticle(raw: RawArticle, origin: string): BuildOutcome {
  let title = cleanText(raw.title ?? '').replace(/\s*\n\s*/g, ' ');
  let text = cleanText(raw.text);
  if (!title) {
    // No title stated: the first line of the text is the title (as for .txt files)...
    const lineEnd = text.indexOf('\n');
    const firstLine = (lineEnd === -1 ? text : text.slice(0, lineEnd)).trim();
    if (firstLine.length <= MAX_TITLE_LINE) {
      title = firstLine;
      text = lineEnd === -1 ? '' : text.slice(lineEnd + 1).trim();
    } else {
      // ...unless it is a whole paragraph: then it stays text, and its first sentence names the article.
      title = shortTitle(firstLine);
    }
  }
  text = withoutRepeatedTitle(title, text);
  if (!text && !title) return { error: 'no article text found' };
  if (!text) return { error: 'no article text found (only a title)' };

  const url = raw.url?.trim() || undefined;
  const statedSource = raw.source?.trim();
  const source = statedSource ? (hostOf(statedSource) ?? statedSource) : hostOf(url);
  const article: Article = {
    id: articleId(title, text),
    title,
    text,
    lang: normalizeLanguageTag(raw.lang) ?? detectLanguage(`${title}\n${text}`),
    origin,
  };
  const date = normalizeDate(raw.date);
  if (date) article.date = date;
  if (url) article.url = url;
  if (source) article.source = source;
  return { article };
}
