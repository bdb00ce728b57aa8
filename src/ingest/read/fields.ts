/**
 * Metadata field names → article fields, shared by YAML front matter and .jsonl records.
 * Keys are matched case-insensitively, ignoring `_` and `-` (`date_published` = `datePublished`).
 * The first present key of each list wins.
 */
import type { RawArticle } from './types.ts';

export const FIELD_ALIASES = {
  title: ['title', 'headline', 'ogtitle', 'name', 'seotitle'],
  text: ['text', 'body', 'content', 'articlebody'],
  date: ['date', 'datepublished', 'published', 'publishedat', 'publicationdate', 'pubdate', 'publishdate', 'created', 'createdat', 'datecreated', 'datemodified', 'updated'],
  url: ['url', 'canonical', 'canonicalurl', 'link', 'permalink', 'sourceurl', 'ogurl'],
  lang: ['lang', 'language', 'locale', 'inlanguage'],
  source: ['source', 'sitename', 'site', 'publisher', 'publication', 'outlet', 'media'],
} as const;

export type MetadataField = keyof typeof FIELD_ALIASES;

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_\s.:]/g, '');
}

/** A scalar as a string; `{name}` objects (JSON-LD publisher) give their name; others undefined. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const name = (value as Record<string, unknown>).name;
    return typeof name === 'string' ? name.trim() || undefined : undefined;
  }
  return undefined;
}

/** Picks the article fields out of a metadata record. `text` is returned raw (not trimmed away). */
export function pickFields(record: Record<string, unknown>): Partial<RawArticle> & { textValue?: unknown } {
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    const k = normaliseKey(key);
    if (!byKey.has(k)) byKey.set(k, value);
  }
  const pick = (field: MetadataField): unknown => {
    for (const alias of FIELD_ALIASES[field]) if (byKey.has(alias) && byKey.get(alias) != null) return byKey.get(alias);
    return undefined;
  };
  const out: Partial<RawArticle> & { textValue?: unknown } = {};
  const title = scalarText(pick('title'));
  if (title) out.title = title;
  const date = pick('date');
  if (date !== undefined) {
    const text = scalarText(date);
    if (text) out.date = text;
  }
  const url = scalarText(pick('url'));
  if (url) out.url = url;
  const lang = scalarText(pick('lang'));
  if (lang) out.lang = lang;
  const source = scalarText(pick('source'));
  if (source) out.source = source;
  const text = pick('text');
  if (text !== undefined) out.textValue = text;
  return out;
}

/** `https://www.example.com/a` → `example.com`; undefined for anything that is not an http(s) URL. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
