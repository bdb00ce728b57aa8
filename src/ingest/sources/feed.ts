/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → items, through fast-xml-parser. Pure: text in, items out;
 * a document that is not a feed throws an Error with a one-line reason.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseHtmlCapped } from '../read/html-parse.ts';
import { blockText } from '../read/html.ts';

export interface FeedItem {
  /** guid / id, else the link: what "seen" remembers. */
  id: string;
  link?: string;
  title?: string;
  date?: string;
  /** The item's own text (content:encoded / Atom content, else the summary), as plain text. */
  content?: string;
  /** True when `content` came from a full-content element rather than a summary. */
  fullContent: boolean;
}

export interface Feed { title?: string; items: FeedItem[] }

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Node)['#text']);
  return undefined;
}

function htmlToText(html: string | undefined): string | undefined {
  if (!html) return undefined;
  return blockText(parseHtmlCapped(html)) || undefined;
}

function rssItem(item: Node): FeedItem | undefined {
  const link = text(item.link);
  const full = text(item['content:encoded']);
  const content = htmlToText(full ?? text(item.description));
  const id = text(item.guid) ?? text(item['@_rdf:about']) ?? link;
  if (!id) return undefined;
  const result: FeedItem = { id, fullContent: Boolean(full) };
  if (link) result.link = link;
  const title = text(item.title);
  if (title) result.title = title;
  const date = text(item.pubDate) ?? text(item['dc:date']);
  if (date) result.date = date;
  if (content) result.content = content;
  return result;
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const nodes = links.filter((l): l is Node => typeof l === 'object' && l !== null);
  const alternate = nodes.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? nodes[0];
  return alternate ? text(alternate['@_href']) : undefined;
}

function atomEntry(entry: Node): FeedItem | undefined {
  const link = atomLink(entry.link);
  const full = text(entry.content);
  const content = htmlToText(full ?? text(entry.summary));
  const id = text(entry.id) ?? link;
  if (!id) return undefined;
  const result: FeedItem = { id, fullContent: Boolean(full) };
  if (link) result.link = link;
  const title = text(entry.title);
  if (title) result.title = title;
  const date = text(entry.published) ?? text(entry.updated);
  if (date) result.date = date;
  if (content) result.content = content;
  return result;
}

/** Does this text look like a feed rather than a web page? (Content types lie; the root element does not.) */
export function looksLikeFeed(body: string, contentType = ''): boolean {
  if (/(rss|atom)\+xml/.test(contentType)) return true;
  const start = body.slice(0, 2000).replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*\?>/g, '').trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(start);
}

export function parseFeed(xml: string): Feed {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (err) {
    throw new Error(`not a valid feed: ${(err as Error).message.split('\n')[0]}`);
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) ?? {}) as Node;
    const items = ((channel.item ?? rdf?.item ?? []) as Node[]).map(rssItem).filter((i): i is FeedItem => !!i);
    const title = text(channel.title);
    return title ? { title, items } : { items };
  }
  if (atom) {
    const items = ((atom.entry ?? []) as Node[]).map(atomEntry).filter((i): i is FeedItem => !!i);
    const title = text(atom.title);
    return title ? { title, items } : { items };
  }
  throw new Error('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)');
}
