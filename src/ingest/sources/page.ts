/**
 * An article page → RawArticle, through Mozilla's Readability over linkedom (a light DOM): the
 * story's body without navigation, comments or page furniture; title, byline, date (Readability's
 * metadata, then <meta> tags, JSON-LD and the first <time datetime>), site name and language.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseHtmlCapped } from '../read/html-parse.ts';
import { blockText } from '../read/html.ts';
import type { RawArticle } from '../read/types.ts';

export interface PageArticle extends RawArticle { byline?: string }

const DATE_META = ['article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created', 'og:published_time', 'parsely-pub-date'];

function metaDate(document: Document): string | undefined {
  for (const name of DATE_META) {
    for (const meta of Array.from(document.querySelectorAll('meta'))) {
      const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
      const content = meta.getAttribute('content')?.trim();
      if (key === name.toLowerCase() && content) return content;
    }
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = JSON.stringify(JSON.parse(script.textContent ?? '')).match(/"datePublished"\s*:\s*"([^"]+)"/);
      if (found) return found[1];
    } catch { /* a broken JSON-LD block is not the article */ }
  }
  return document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || undefined;
}

/**
 * Readability keeps the byline and dateline in the body when the page's metadata already named the
 * author: leading short paragraphs that are the byline ("By …") or only a date are dropped.
 */
function withoutByline(text: string, byline: string | undefined): string {
  const paragraphs = text.split('\n\n');
  let start = 0;
  while (start < Math.min(3, paragraphs.length - 1)) {
    const p = paragraphs[start]!.trim();
    const isByline = p.length < 80 && (/^by\s/i.test(p) || (!!byline && p.includes(byline)));
    const isDate = p.length < 40 && !Number.isNaN(Date.parse(p));
    if (!isByline && !isDate) break;
    start++;
  }
  return paragraphs.slice(start).join('\n\n');
}

/** Extracts the article; `undefined` when the page holds no readable story. */
export function extractPage(html: string, url: string): PageArticle | undefined {
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document.
  const date = metaDate(document as unknown as Document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!parsed?.content) return undefined;
  const text = withoutByline(blockText(parseHtmlCapped(parsed.content)), parsed.byline?.trim() || undefined);
  if (!text.trim()) return undefined;
  const article: PageArticle = { text, url: canonical ? new URL(canonical, url).href : url };
  if (parsed.title) article.title = parsed.title;
  const published = parsed.publishedTime ?? date;
  if (published) article.date = published;
  if (parsed.byline) article.byline = parsed.byline.trim();
  if (parsed.siteName) article.source = parsed.siteName;
  const language = parsed.lang ?? lang;
  if (language) article.lang = language;
  return article;
}
