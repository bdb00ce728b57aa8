/**
 * .html / .htm reader (htmlparser2).
 * - title: `<meta property="og:title">`, `twitter:title`, `<title>`, then the first `<h1>`;
 * - date: `article:published_time`, `<meta name="date">` (and common variants), JSON-LD
 *   `datePublished`, then the first `<time datetime>`;
 * - url: `<link rel="canonical">`, then `og:url`; lang: `<html lang>`, then `og:locale`;
 * - source: `og:site_name` (or `application-name`, JSON-LD publisher), else the url's host (build.ts);
 * - body: text of the largest `<article>`, else `<main>`, else `<body>`, leaving out navigation and
 *   page furniture (nav, header, footer, aside, script, style, form, noscript, figcaption, …, and
 *   elements whose class or id says menu, sidebar, related, share, comments, cookie, ad, byline,
 *   caption …), paragraphs separated by blank lines.
 */
import { DomUtils, type parseDocument } from 'htmlparser2';
import { parseHtmlCapped } from './html-parse.ts';
import { buildArticle } from './build.ts';
import { pickFields } from './fields.ts';
import type { ParsedFile, RawArticle } from './types.ts';

type HtmlDocument = ReturnType<typeof parseDocument>;
type HtmlNode = HtmlDocument['children'][number];
type HtmlElement = NonNullable<ReturnType<typeof DomUtils.findOne>>;

/** Elements whose text is never article text. */
const SKIPPED = new Set([
  'nav', 'header', 'footer', 'aside', 'script', 'style', 'form', 'noscript', 'figcaption', 'template',
  'svg', 'iframe', 'button', 'select', 'textarea', 'input', 'canvas', 'video', 'audio', 'object', 'embed',
  'head', 'title', 'meta', 'link', 'dialog', 'menu',
]);

/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'body', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre',
  'ul', 'ol', 'dl', 'table', 'figure', 'address', 'details', 'summary', 'hr',
]);
/** Elements that start a new line within a paragraph. */
const LINES = new Set(['li', 'dt', 'dd', 'tr', 'br']);

function isElement(node: HtmlNode): node is HtmlElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function attr(element: HtmlElement, name: string): string | undefined {
  return DomUtils.getAttributeValue(element, name)?.trim() || undefined;
}

/**
 * Page furniture marked by class or id rather than by tag: menus, sidebars, share bars, related links,
 * comments, cookie and newsletter banners, ads, bylines, captions. Matched as whole words of the
 * class or id (`related-posts`, `share_bar`), never on <article>/<main>/<body>.
 */
const FURNITURE = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|sidebar|related|share|sharing|social|comments?|cookies?|consent|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|sponsored|byline|author|credits?|caption|footer|masthead|paywall|outbrain|taboola)(?:$|[\s_-])/i;
const NEVER_FURNITURE = new Set(['article', 'main', 'body', 'html']);

/** A class such as `has-author` can mark the story's own wrapper: what holds most of the text is kept. */
function isFurniture(element: HtmlElement, rootLength: number): boolean {
  if (NEVER_FURNITURE.has(element.name)) return false;
  const marks = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.trim();
  if (marks === '' || !FURNITURE.test(marks)) return false;
  return DomUtils.textContent(element).length * 2 < rootLength;
}

function isHidden(element: HtmlElement): boolean {
  return element.attribs.hidden !== undefined || element.attribs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(element.attribs.style ?? '');
}

/** Text of a subtree with paragraph structure: blocks separated by blank lines, line elements by newlines. */
export function blockText(root: HtmlElement | HtmlDocument): string {
  const parts: string[] = [];
  const rootLength = DomUtils.textContent(root.children).length;
  // Breaks are not doubled: the end of one <li> and the start of the next make one line break.
  const tail = () => (parts.length ? parts[parts.length - 1]! : '\n\n');
  const lineBreak = () => {
    if (!tail().endsWith('\n')) parts.push('\n');
  };
  const paragraphBreak = () => {
    const last = tail();
    if (!last.endsWith('\n')) parts.push('\n\n');
    else if (!last.endsWith('\n\n')) parts.push('\n');
  };
  const walk = (node: HtmlNode, pre: boolean) => {
    if (node.type === 'text' || node.type === 'cdata') {
      const data = node.type === 'text' ? node.data : DomUtils.textContent(node);
      const text = pre ? data : data.replace(/\s+/g, ' ');
      if (text.trim() || (text && !/\s$/.test(tail()))) parts.push(text);
      return;
    }
    if (!isElement(node)) return;
    const name = node.name.toLowerCase();
    if (SKIPPED.has(name) || isHidden(node) || isFurniture(node, rootLength)) return;
    const block = BLOCKS.has(name);
    if (block) paragraphBreak();
    else if (LINES.has(name)) lineBreak();
    for (const child of node.children) walk(child, pre || name === 'pre');
    if (block) paragraphBreak();
    else if (name === 'li' || name === 'dt' || name === 'dd' || name === 'tr') lineBreak();
    else if (name === 'td' || name === 'th') parts.push(' ');
  };
  for (const child of root.children) walk(child, false);
  return parts
    .join('')
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => paragraph.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

function metaContent(doc: HtmlDocument, names: string[]): string | undefined {
  const wanted = names.map((n) => n.toLowerCase());
  for (const name of wanted) {
    const meta = DomUtils.findOne(
      (el) => el.name === 'meta' && [el.attribs.property, el.attribs.name, el.attribs.itemprop].some((v) => v?.toLowerCase() === name),
      doc.children,
    );
    const content = meta && attr(meta, 'content');
    if (content) return content;
  }
  return undefined;
}

/** JSON-LD blocks' first object of an article type (or any with a headline). */
function jsonLd(doc: HtmlDocument): Record<string, unknown> | undefined {
  const scripts = DomUtils.findAll((el) => el.name === 'script' && el.attribs.type?.toLowerCase() === 'application/ld+json', doc.children);
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(DomUtils.textContent(script));
    } catch {
      continue; // a page's broken JSON-LD is not the article's problem
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (Array.isArray(record['@graph'])) queue.push(...record['@graph']);
        const type = String(record['@type'] ?? '');
        if (/Article|Posting|Report/i.test(type) || typeof record.headline === 'string') return record;
      }
    }
  }
  return undefined;
}

function textLength(element: HtmlElement): number {
  return blockText(element).length;
}

function bodyRoot(doc: HtmlDocument): HtmlElement | HtmlDocument {
  const articles = DomUtils.findAll((el) => el.name === 'article' && !isHidden(el), doc.children);
  if (articles.length === 1) return articles[0]!;
  if (articles.length > 1) {
    // Nested articles (comments, related items) or a list page: the largest is the story
    // (each length computed once: a page may hold thousands of articles)
    let best = articles[0]!, bestLength = textLength(best);
    for (const el of articles.slice(1)) {
      const length = textLength(el);
      if (length > bestLength) { best = el; bestLength = length; }
    }
    return best;
  }
  return DomUtils.findOne((el) => el.name === 'main' || el.attribs.role === 'main', doc.children)
    ?? DomUtils.findOne((el) => el.name === 'body', doc.children)
    ?? doc;
}

export function parseArticleHtml(content: string, file: string): ParsedFile {
  const doc = parseHtmlCapped(content);
  const ld = jsonLd(doc);
  const ldFields = ld ? pickFields(ld) : {};
  const find = (test: (el: HtmlElement) => boolean) => DomUtils.findOne(test, doc.children);
  const titleElement = find((el) => el.name === 'title');
  const h1 = find((el) => el.name === 'h1');
  const timeElement = find((el) => el.name === 'time' && !!attr(el, 'datetime'));
  const canonical = find((el) => el.name === 'link' && (el.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && !!attr(el, 'href'));
  const htmlElement = find((el) => el.name === 'html');

  const raw: RawArticle = { text: blockText(bodyRoot(doc)) };
  const title = metaContent(doc, ['og:title', 'twitter:title'])
    ?? (titleElement ? DomUtils.textContent(titleElement).replace(/\s+/g, ' ').trim() : undefined)
    ?? ldFields.title
    ?? (h1 ? DomUtils.textContent(h1).replace(/\s+/g, ' ').trim() : undefined);
  if (title) raw.title = title;
  const date = metaContent(doc, ['article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created', 'datePublished', 'og:published_time', 'sailthru.date', 'parsely-pub-date'])
    ?? ldFields.date
    ?? (timeElement ? attr(timeElement, 'datetime') : undefined);
  if (date) raw.date = date;
  const url = (canonical ? attr(canonical, 'href') : undefined) ?? metaContent(doc, ['og:url']) ?? ldFields.url;
  if (url) raw.url = url;
  const lang = (htmlElement ? attr(htmlElement, 'lang') ?? attr(htmlElement, 'xml:lang') : undefined) ?? metaContent(doc, ['og:locale', 'language', 'content-language']) ?? ldFields.lang;
  if (lang) raw.lang = lang;
  const source = metaContent(doc, ['og:site_name', 'application-name', 'publisher']) ?? ldFields.source;
  if (source) raw.source = source;

  const built = buildArticle(raw, file);
  return 'article' in built ? { articles: [built.article], issues: [] } : { articles: [], issues: [{ file, message: built.error }] };
}
