/**
 * The details panel: for a node, its properties, aliases and relations grouped by type (amounts, years),
 * each with its evidence sentences and the article they come from; for an edge, the same for one relation;
 * for an article, what it reports. Escape or the close button closes it.
 */
import { RELATION_TYPES, SYMMETRIC_RELATIONS } from '../../src/graph/model.ts';
import { INCOMING_LABELS, RELATION_LABELS } from './defaults.ts';
import { el, formatDate, formatInvestment } from './format.ts';
import { nodeLabel, type GraphIndex } from './graph-index.ts';
import { edgeColor, nodeColor } from './reducers.ts';
import type { Selection, ViewerGraph } from './types.ts';

const HIDDEN_NODE_PROPS = new Set(['type', 'name', 'title', 'aliases', 'articles', 'x', 'y']);
const HIDDEN_EDGE_PROPS = new Set(['type', 'articles', 'evidence', 'amount', 'currency', 'amountUsd', 'year', 'since', 'until', 'jobs', 'role']);
const SYMMETRIC: ReadonlySet<string> = SYMMETRIC_RELATIONS;
const EVIDENCE_SHOWN = 3;
const RELATIONS_SHOWN = 25;

export class DetailsPanel {
  private body: HTMLElement;
  private title: HTMLElement;

  constructor(
    private root: HTMLElement,
    private graph: ViewerGraph,
    private index: GraphIndex,
    private select: (selection: Selection) => void,
  ) {
    this.title = el('h2', { id: 'details-title' });
    const close = el('button', { type: 'button', class: 'icon close', 'aria-label': 'Close details', title: 'Close (Esc)', text: '×' });
    close.addEventListener('click', () => this.select(null));
    this.body = el('div', { class: 'details-body' });
    root.replaceChildren(el('header', { class: 'details-head' }, this.title, close), this.body);
    root.setAttribute('aria-labelledby', 'details-title');
    root.hidden = true;
  }

  show(selection: Selection): void {
    if (!selection) { this.root.hidden = true; return; }
    this.body.replaceChildren();
    if (selection.kind === 'node' && this.graph.hasNode(selection.id)) {
      if (this.graph.getNodeAttribute(selection.id, 'type') === 'Article') this.renderArticle(selection.id);
      else this.renderNode(selection.id);
    } else if (selection.kind === 'edge' && this.graph.hasEdge(selection.id)) {
      this.renderEdge(selection.id);
    } else {
      this.root.hidden = true;
      return;
    }
    this.root.hidden = false;
    this.body.scrollTop = 0;
  }

  private nodeButton(key: string): HTMLElement {
    const type = this.graph.getNodeAttribute(key, 'type');
    const b = el('button', { type: 'button', class: 'node-link', title: `Show ${type}` },
      el('span', { class: 'swatch dot', style: `background:${nodeColor(type)}`, 'aria-hidden': 'true' }),
      nodeLabel(this.graph, key));
    b.addEventListener('click', () => this.select({ kind: 'node', id: key }));
    return b;
  }

  private typeBadge(type: string): HTMLElement {
    return el('span', { class: 'badge', style: `--badge:${nodeColor(type)}`, text: type });
  }

  private propertyTable(entries: Array<[string, unknown]>): HTMLElement | null {
    const rows = entries.filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length));
    if (!rows.length) return null;
    return el('dl', { class: 'props' }, ...rows.flatMap(([k, v]) => [
      el('dt', { text: k }),
      el('dd', { text: Array.isArray(v) ? v.join(', ') : typeof v === 'number' ? v.toLocaleString('en') : typeof v === 'object' ? objectText(v as Record<string, unknown>) : String(v) }),
    ]));
  }

  private renderNode(key: string): void {
    const a = this.graph.getNodeAttributes(key);
    this.title.replaceChildren(el('span', { class: 'swatch dot big', style: `background:${nodeColor(a.type)}`, 'aria-hidden': 'true' }), String(a.name ?? key));
    this.body.append(el('p', { class: 'subtitle' }, this.typeBadge(a.type),
      ` mentioned ${a.mentions ?? 0} time${a.mentions === 1 ? '' : 's'} in ${(a.articles ?? []).length} article${(a.articles ?? []).length === 1 ? '' : 's'}`));
    const aliases = (a.aliases ?? []).filter((x) => x !== a.name);
    if (aliases.length) this.body.append(el('p', { class: 'aliases' }, el('strong', { text: 'Also known as: ' }), aliases.join(' · ')));
    const props = this.propertyTable(Object.entries(a).filter(([k]) => !HIDDEN_NODE_PROPS.has(k)));
    if (props) this.body.append(props);

    // Groups by type and direction ("Invests in" vs "Investors"); symmetric relations have one group.
    const groups = new Map<string, { type: string; incoming: boolean; edges: string[] }>();
    this.graph.forEachEdge(key, (edge, attrs, source) => {
      if (attrs.type === 'MENTIONS') return;
      const incoming = source !== key && !SYMMETRIC.has(attrs.type);
      const id = `${attrs.type}|${incoming ? 'in' : 'out'}`;
      const group = groups.get(id) ?? { type: attrs.type, incoming, edges: [] };
      group.edges.push(edge);
      groups.set(id, group);
    });
    const rank = (t: string) => { const i = (RELATION_TYPES as readonly string[]).indexOf(t); return i < 0 ? RELATION_TYPES.length : i; };
    const ordered = [...groups.values()].sort((x, y) => rank(x.type) - rank(y.type) || x.type.localeCompare(y.type) || Number(x.incoming) - Number(y.incoming));
    if (!groups.size) this.body.append(el('p', { class: 'muted', text: 'No relation extracted for this entity yet.' }));
    for (const { type, incoming, edges } of ordered) {
      edges.sort((x, y) => (this.graph.getEdgeAttribute(y, 'amountUsd') ?? 0) - (this.graph.getEdgeAttribute(x, 'amountUsd') ?? 0));
      const title = (incoming ? INCOMING_LABELS[type] ?? `${RELATION_LABELS[type] ?? type} (incoming)` : RELATION_LABELS[type] ?? type)
        .replace(/^./, (c) => c.toUpperCase());
      const section = el('section', { class: 'relation-group' },
        el('h3', {}, el('span', { class: 'swatch line', style: `background:${edgeColor(type)}`, 'aria-hidden': 'true' }),
          `${title} (${edges.length})`));
      // Hubs can have thousands of relations: draw the first ones, the rest on demand.
      for (const edge of edges.slice(0, RELATIONS_SHOWN)) section.append(this.relationItem(edge, key));
      if (edges.length > RELATIONS_SHOWN) {
        const more = el('button', { type: 'button', class: 'small ghost', text: `Show ${edges.length - RELATIONS_SHOWN} more` });
        more.addEventListener('click', () => more.replaceWith(...edges.slice(RELATIONS_SHOWN).map((edge) => this.relationItem(edge, key))));
        section.append(more);
      }
      this.body.append(section);
    }

    const articles = (a.articles ?? []).map((id) => this.index.articleKey.get(id)).filter((k): k is string => !!k);
    if (articles.length) {
      const list = el('ul', { class: 'article-list' });
      for (const art of articles) list.append(el('li', {}, this.articleLine(art)));
      this.body.append(el('section', { class: 'relation-group' }, el('h3', { text: `Articles (${articles.length})` }), list));
    }
  }

  /** One relation: direction, other end, amount and years, then its evidence. */
  private relationItem(edge: string, from: string | null): HTMLElement {
    const a = this.graph.getEdgeAttributes(edge);
    const source = this.graph.source(edge);
    const target = this.graph.target(edge);
    const head = el('div', { class: 'relation-head' });
    if (from === null) {
      head.append(this.nodeButton(source), el('span', { class: 'arrow', text: ` ${RELATION_LABELS[a.type] ?? a.type} ` }), this.nodeButton(target));
    } else {
      const outgoing = source === from;
      head.append(el('span', { class: 'arrow', 'aria-label': outgoing ? 'to' : 'from', text: outgoing ? '→ ' : '← ' }), this.nodeButton(outgoing ? target : source));
    }
    const facts: string[] = [];
    const money = formatInvestment(a.amount, a.currency, a.amountUsd);
    if (money) facts.push(money);
    if (a.year !== undefined && a.year !== a.until && a.year !== a.since) facts.push(String(a.year));
    if (a.since !== undefined) facts.push(`since ${a.since}`);
    if (a.until !== undefined) facts.push(`until ${a.until}`);
    if (a.jobs !== undefined) facts.push(`${a.jobs.toLocaleString('en')} jobs`);
    if (a.role) facts.push(a.role);
    if (a.sector) facts.push(String(a.sector));
    if (from !== null) {
      const open = el('button', { type: 'button', class: 'small ghost push', title: 'Show this relation alone', 'aria-label': 'Show this relation alone', text: 'relation ›' });
      open.addEventListener('click', () => this.select({ kind: 'edge', id: edge }));
      head.append(open);
    }
    const item = el('article', { class: 'relation' }, head,
      facts.length ? el('div', { class: 'facts' }, ...facts.map((f, i) => el('span', { class: i === 0 && money ? 'fact money' : 'fact', text: f }))) : null);
    item.append(this.evidenceList(edge, from === null ? Infinity : EVIDENCE_SHOWN));
    return item;
  }

  private evidenceList(edge: string, limit: number): HTMLElement {
    const a = this.graph.getEdgeAttributes(edge);
    const evidence = a.evidence ?? [];
    const articles = a.articles ?? [];
    const list = el('ul', { class: 'evidence' });
    const items = evidence.map((sentence, i) => {
      const key = this.index.articleKey.get(String(articles[i] ?? ''));
      return el('li', {}, el('blockquote', { text: sentence }), key ? this.articleLine(key) : null);
    });
    // Articles without an evidence sentence still count as sources.
    for (let i = evidence.length; i < articles.length; i++) {
      const key = this.index.articleKey.get(String(articles[i]));
      if (key) items.push(el('li', {}, this.articleLine(key)));
    }
    list.append(...items.slice(0, limit));
    if (items.length > limit) {
      const more = el('button', { type: 'button', class: 'small ghost', text: `+ ${items.length - limit} more sources` });
      more.addEventListener('click', () => { more.replaceWith(...items.slice(limit)); });
      list.append(el('li', {}, more));
    }
    if (!items.length) list.append(el('li', { class: 'muted', text: 'No evidence recorded.' }));
    return list;
  }

  /** Article reference: title (linked to the original), date, source. */
  private articleLine(key: string): HTMLElement {
    const a = this.graph.getNodeAttributes(key);
    const title = String(a.title ?? key);
    const titleEl = a.url
      ? el('a', { href: String(a.url), target: '_blank', rel: 'noopener noreferrer', text: title })
      : el('span', { text: title });
    const meta = [formatDate(a.date), a.source ? String(a.source) : ''].filter(Boolean).join(' · ');
    const open = el('button', { type: 'button', class: 'small ghost', title: 'Show what this article reports', text: 'article' });
    open.addEventListener('click', () => this.select({ kind: 'node', id: key }));
    return el('cite', { class: 'article-ref' }, titleEl, meta ? el('span', { class: 'meta', text: ` — ${meta}` }) : null, ' ', open);
  }

  private renderEdge(edge: string): void {
    const a = this.graph.getEdgeAttributes(edge);
    this.title.replaceChildren(el('span', { class: 'swatch line', style: `background:${edgeColor(a.type)}`, 'aria-hidden': 'true' }),
      (RELATION_LABELS[a.type] ?? a.type).replace(/^./, (c) => c.toUpperCase()));
    this.body.append(this.relationItem(edge, null));
    const extra = this.propertyTable(Object.entries(a).filter(([k]) => !HIDDEN_EDGE_PROPS.has(k)));
    if (extra) this.body.append(extra);
  }

  private renderArticle(key: string): void {
    const a = this.graph.getNodeAttributes(key);
    this.title.textContent = String(a.title ?? key);
    this.body.append(el('p', { class: 'subtitle' }, this.typeBadge('Article'),
      ' ', [formatDate(a.date), a.source, a.lang].filter(Boolean).join(' · ')));
    if (a.url) this.body.append(el('p', {}, el('a', { href: String(a.url), target: '_blank', rel: 'noopener noreferrer', text: 'Read the article ↗' })));
    const ids = new Set([key, String(a.id ?? key)]);
    const reported: string[] = [];
    this.graph.forEachEdge((edge, attrs) => {
      if (attrs.type !== 'MENTIONS' && (attrs.articles ?? []).some((id) => ids.has(String(id)))) reported.push(edge);
    });
    if (reported.length) {
      const section = el('section', { class: 'relation-group' }, el('h3', { text: `Relations it reports (${reported.length})` }));
      for (const edge of reported) {
        const attrs = this.graph.getEdgeAttributes(edge);
        const sentences = (attrs.evidence ?? []).filter((_s, i) => ids.has(String((attrs.articles ?? [])[i])));
        const money = formatInvestment(attrs.amount, attrs.currency, attrs.amountUsd);
        section.append(el('article', { class: 'relation' },
          el('div', { class: 'relation-head' }, this.nodeButton(this.graph.source(edge)),
            el('span', { class: 'arrow', text: ` ${RELATION_LABELS[attrs.type] ?? attrs.type} ` }), this.nodeButton(this.graph.target(edge))),
          money || attrs.year !== undefined ? el('div', { class: 'facts' }, money ? el('span', { class: 'fact money', text: money }) : null,
            attrs.year !== undefined ? el('span', { class: 'fact', text: String(attrs.year) }) : null) : null,
          el('ul', { class: 'evidence' }, ...sentences.map((s) => el('li', {}, el('blockquote', { text: s }))))));
      }
      this.body.append(section);
    }
    const mentioned = this.graph.outNeighbors(key);
    if (mentioned.length) {
      this.body.append(el('section', { class: 'relation-group' }, el('h3', { text: `Entities mentioned (${mentioned.length})` }),
        el('div', { class: 'chips' }, ...mentioned.map((n) => this.nodeButton(n)))));
    }
  }
}

/** A point's JSON form as `45.764° N, 4.8357° E` (or `x, y`); any other object as JSON. */
function objectText(v: Record<string, unknown>): string {
  if (typeof v.latitude === 'number' && typeof v.longitude === 'number') {
    return `${Math.abs(v.latitude)}° ${v.latitude >= 0 ? 'N' : 'S'}, ${Math.abs(v.longitude)}° ${v.longitude >= 0 ? 'E' : 'W'}`;
  }
  if (typeof v.x === 'number' && typeof v.y === 'number') return `${v.x}, ${v.y}`;
  return JSON.stringify(v);
}
