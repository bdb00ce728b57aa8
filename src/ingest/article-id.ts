/**
 * Article ids: `article:` + the first 16 hex digits of the SHA-256 of the article's normalised text.
 *
 * Normalisation (normalizeForId): Unicode NFC, every run of whitespace (spaces, tabs, newlines,
 * no-break spaces) collapsed to one space, trimmed; the title and the text are joined by one space.
 * So the same article read from a .txt and from a .md, with different line breaks or indentation,
 * gets the same id, and re-ingesting it changes nothing.
 */
import { createHash } from 'node:crypto';

export const ARTICLE_ID_PREFIX = 'article:';
const ID_HEX_DIGITS = 16;

/** NFC, whitespace runs collapsed to one space, trimmed. */
export function normalizeForId(text: string): string {
  // JavaScript's \s covers tabs, newlines, no-break and the other Unicode spaces, and U+FEFF; only the
  // zero-width space is added. Single plain spaces are left alone (matching them all is slow).
  return text.normalize('NFC').replace(/[\s\u200b]{2,}|[^\S ]|\u200b/g, ' ').replace(/ {2,}/g, ' ').trim();
}

export function articleId(title: string, text: string): string {
  const normalised = normalizeForId(`${title}\n${text}`);
  const hex = createHash('sha256').update(normalised, 'utf8').digest('hex');
  return ARTICLE_ID_PREFIX + hex.slice(0, ID_HEX_DIGITS);
}
