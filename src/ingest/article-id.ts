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
  return text.normalize('NFC').replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

export function articleId(title: string, text: string): string {
  const normalised = normalizeForId(`${title}\n${text}`);
  const hex = createHash('sha256').update(normalised, 'utf8').digest('hex');
  return ARTICLE_ID_PREFIX + hex.slice(0, ID_HEX_DIGITS);
}
