/**
 * The review queue: what deserves a human look, ranked (score 0..1, highest first).
 *
 *   duplicate            two entities whose names agree up to accents, case and corporate suffix (0.9),
 *                        one the acronym of the other (0.75), or one's words continuing the other's (0.5)
 *   two-types            the same name under two types ("Dunkerque" Company and Region) (0.8)
 *   conflicting-amounts  two INVESTS_IN between the same pair, same year, different amounts (0.7)
 *   rejected-restated    a rejected entity or relation that new articles state again (0.6)
 *   weak-relation        a relation from one article whose rule gave it a low confidence (0.3–0.6)
 *   seen-once            an entity named once, typed without a gazetteer entry (0.2–0.3)
 *
 * Decisions already taken leave the queue: accepted entities, relations and pairs (accept A B), merged
 * or rejected things (gone from the graph), restatements accepted after they were recorded.
 * Pure: reads a graph and the log's state.
 */
import type { MultiDirectedGraph as Graph } from 'graphology';
import { ENTITY_TYPES, type EntityType } from '../graph/model.ts';
import { nameKey } from '../extract/names.ts';
import { matchKey } from '../extract/text/normalize.ts';
import { compatible } from '../resolve/entity-index.ts';
import { acceptances, pairKey, rejections, type LogState } from './log-state.ts';
import type { CurationRequest } from './types.ts';

export const REVIEW_DEFAULTS = {
  /** Relations below this confidence, stated by one article, are worth a look. */
  weakConfidence: 0.7,
  /** A word shared by more entities than this says nothing about duplicates (a country, "Group"). */
  maxTokenBucket: 200,
} as const;

export type ReviewKind = 'duplicate' | 'two-types' | 'conflicting-amounts' | 'rejected-restated' | 'weak-relation' | 'seen-once';

export interface EvidenceLine { article: string; title?: string; date?: string; sentence: string }

export interface ReviewSide {
  /** Entity id or relation key. */
  id: string;
  label: string;
  kind: 'entity' | 'relation';
  type: string;
  details: Record<string, string | number | string[]>;
  evidence: EvidenceLine[];
}

export interface ReviewAction { key: 'm' | 'r' | 'a' | 'b'; label: string; request: CurationRequest }

export interface ReviewItem {
  id: string;
  kind: ReviewKind;
  score: number;
  title: string;
  /** Entities or relations shown side by side (one or two). */
  sides: ReviewSide[];
  /** The decisions offered, each on one key (m merge, r reject, a accept, b bring back) with its request. */
  actions: ReviewAction[];
}

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const CONNECTORS = new Set(['of', 'and', 'de', 'du', 'des', 'd', 'the', 'la', 'le', 'les', 'et', '&', 'l']);
const round = (n: number) => Math.round(n * 1000) / 1000;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

function initials(name: string): string {
  const words = matchKey(name).split(' ').filter((w) => w && !CONNECTORS.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : '';
}

const isAcronym = (s: string): boolean => /^[A-Z][A-Z0-9&]{1,6}$/.test(s.replace(/\./g, ''));

interface Entity { id: string; type: EntityType; name: string; names: string[]; mentions: number; articles: string[] }

export interface ReviewOptions {
  /** Evidence sentences per side (default 3). */
  maxEvidence?: number;
  /** Items built and returned (default all); `total` counts them all. */
  limit?: number;
  kinds?: readonly ReviewKind[];
}

export function reviewQueue(graph: Graph, state: LogState, options: ReviewOptions = {}): { total: number; items: ReviewItem[] } {
  const maxEvidence = options.maxEvidence ?? 3;
  const limit = options.limit ?? Infinity;
  const kinds = options.kinds;
  const accepted = acceptances(state);
  const entities: Entity[] = [];
  graph.forEachNode((key, a) => {
    if (!ENTITY_TYPE_SET.has(String(a.type))) return;
    const name = String(a.name ?? key);
    entities.push({ id: key, type: a.type as EntityType, name, names: [name, ...strings(a.aliases)], mentions: Number(a.mentions ?? 0), articles: strings(a.articles) });
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  const articleInfo = (id: string): Pick<EvidenceLine, 'title' | 'date'> => {
    if (!graph.hasNode(id)) return {};
    const a = graph.getNodeAttributes(id);
    return { ...(a.title ? { title: String(a.title) } : {}), ...(a.date ? { date: String(a.date) } : {}) };
  };
  const lines = (articles: string[], sentences: string[]): EvidenceLine[] =>
    articles.slice(0, maxEvidence).map((art, i) => ({ article: art, ...articleInfo(art), sentence: sentences[i] ?? '' }));
  const entitySide = (e: Entity): ReviewSide => {
    // the sentences that name it: its mentions first, then its relations' evidence (a MENTIONS edge may have none)
    const arts: string[] = [], sents: string[] = [];
    const seen = new Set<string>();
    const add = (art: string, sentence: string | undefined) => {
      if (!sentence || seen.has(sentence) || arts.length >= maxEvidence) return;
      seen.add(sentence);
      arts.push(art);
      sents.push(sentence);
    };
    for (const edge of graph.inEdges(e.id)) {
      if (graph.getEdgeAttribute(edge, 'type') === 'MENTIONS') add(graph.source(edge), strings(graph.getEdgeAttribute(edge, 'evidence'))[0]);
    }
    for (const edge of graph.edges(e.id)) {
      if (graph.getEdgeAttribute(edge, 'type') === 'MENTIONS') continue;
      const ev = strings(graph.getEdgeAttribute(edge, 'evidence'));
      strings(graph.getEdgeAttribute(edge, 'articles')).forEach((art, i) => add(art, ev[i]));
    }
    const relations = graph.edges(e.id).filter((x) => graph.getEdgeAttribute(x, 'type') !== 'MENTIONS').length;
    return { id: e.id, label: e.name, kind: 'entity', type: e.type,
      details: { aliases: e.names.slice(1), mentions: e.mentions, articles: e.articles.length, relations }, evidence: lines(arts, sents) };
  };
  const name = (id: string) => (graph.hasNode(id) ? String(graph.getNodeAttribute(id, 'name') ?? id) : id);
  const relationSide = (key: string): ReviewSide => {
    const a = graph.getEdgeAttributes(key);
    const details: Record<string, string | number | string[]> = {};
    for (const k of ['amount', 'currency', 'amountUsd', 'year', 'since', 'until', 'role', 'confidence']) {
      const v = a[k];
      if (typeof v === 'number' || typeof v === 'string') details[k] = v;
    }
    details.articles = strings(a.articles).length;
    return { id: key, label: `${name(graph.source(key))} ${String(a.type)} ${name(graph.target(key))}`, kind: 'relation', type: String(a.type),
      details, evidence: lines(strings(a.articles), strings(a.evidence)) };
  };
  // items are ranked first and built (sides, evidence) only for those asked for: a big graph has thousands
  const items: Array<{ id: string; kind: ReviewKind; score: number; make: () => Omit<ReviewItem, 'id' | 'kind' | 'score'> }> = [];
  const add = (id: string, kind: ReviewKind, score: number, make: () => Omit<ReviewItem, 'id' | 'kind' | 'score'>) => { items.push({ id, kind, score, make }); };
  const pairsSeen = new Set<string>();
  /** Entities the extractor already linked by a fact (Amazon France SUBSIDIARY_OF Amazon) are two things. */
  const linked = (a: string, b: string) => graph.edges(a, b).concat(graph.edges(b, a)).some((x) => graph.getEdgeAttribute(x, 'type') !== 'MENTIONS');
  const pair = (a: Entity, b: Entity, kind: ReviewKind, score: number, why: string) => {
    const pk = pairKey(a.id, b.id);
    if (a.id === b.id || pairsSeen.has(pk) || accepted.has(pk) || linked(a.id, b.id)) return;
    pairsSeen.add(pk);
    // the entity named more often keeps its id
    const [keep, gone] = a.mentions > b.mentions || (a.mentions === b.mentions && a.id < b.id) ? [a, b] : [b, a];
    add(`${kind}:${pk}`, kind, score, () => ({
      title: `${keep.name} (${keep.type}) and ${gone.name} (${gone.type}): ${why}`,
      sides: [entitySide(keep), entitySide(gone)],
      actions: [
        { key: 'm', label: `Merge ${gone.name} into ${keep.name}`, request: { op: 'merge', target: keep.id, other: gone.id } },
        { key: 'a', label: 'Two different things', request: { op: 'accept', target: keep.id, other: gone.id } },
      ],
    }));
  };

  // 1. names equal up to accents, case and suffix; the same name in two types
  const byKey = new Map<string, Entity[]>();
  for (const e of entities) for (const n of new Set(e.names.map(nameKey).filter(Boolean))) push(byKey, n, e);
  for (const [k, list] of byKey) {
    if (list.length < 2 || list.length > REVIEW_DEFAULTS.maxTokenBucket) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!, b = list[j]!;
      if (a.type === 'Country' && b.type === 'Country') continue; // countries are keyed by ISO code
      if (compatible(a.type, b.type)) pair(a, b, 'duplicate', 0.9, `the same name up to accents, case or suffix ("${k}")`);
      else pair(a, b, 'two-types', 0.8, `the same name in two types ("${k}")`);
    }
  }
  // 2. one the acronym of the other
  const byInitials = new Map<string, Entity[]>();
  for (const e of entities) for (const n of e.names) { const i = initials(n); if (i.length >= 2) push(byInitials, i, e); }
  for (const e of entities) {
    for (const n of e.names) {
      if (!isAcronym(n)) continue;
      for (const other of byInitials.get(n.replace(/\./g, '').toLowerCase()) ?? []) {
        if (compatible(e.type, other.type)) pair(other, e, 'duplicate', 0.75, `"${n}" is the acronym of "${other.name}"`);
      }
    }
  }
  // 3. one name's words continue the other's ("Mistral" / "Mistral AI")
  const byToken = new Map<string, Entity[]>();
  const words = (e: Entity) => nameKey(e.name).split(' ').filter((w) => w && !CONNECTORS.has(w));
  for (const e of entities) { const w = words(e)[0]; if (w) push(byToken, w, e); }
  for (const list of byToken.values()) {
    if (list.length < 2 || list.length > REVIEW_DEFAULTS.maxTokenBucket) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!, b = list[j]!;
      if (!compatible(a.type, b.type)) continue;
      const [s, l] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
      if (s.length < l.length && s.every((w, x) => w === l[x])) pair(a, b, 'duplicate', 0.5, `"${s.join(' ')}" begins "${l.join(' ')}"`);
    }
  }
  // 4. two amounts for one investment
  const investments = new Map<string, string[]>();
  graph.forEachEdge((key, a, source, target) => {
    if (a.type === 'INVESTS_IN' && typeof a.amountUsd === 'number') push(investments, `${source}|${target}`, key);
  });
  for (const list of investments.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const x = graph.getEdgeAttributes(list[i]!), y = graph.getEdgeAttributes(list[j]!);
      // a total since 2010 and this year's sum are two facts, not a conflict
      if (x.year !== y.year || x.since !== y.since || x.until !== y.until) continue;
      if (x.amountUsd === y.amountUsd || accepted.has(pairKey(list[i]!, list[j]!))) continue;
      // the one fewer articles state is the likelier error
      const [keep, doubt] = strings(x.articles).length >= strings(y.articles).length ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
      add(`conflicting-amounts:${pairKey(keep, doubt)}`, 'conflicting-amounts', 0.7, () => ({
        title: `${name(graph.source(keep))} → ${name(graph.target(keep))}: two amounts (${String(graph.getEdgeAttribute(keep, 'amount'))} ${String(graph.getEdgeAttribute(keep, 'currency'))} and ${String(graph.getEdgeAttribute(doubt, 'amount'))} ${String(graph.getEdgeAttribute(doubt, 'currency'))})`,
        sides: [relationSide(keep), relationSide(doubt)],
        actions: [
          { key: 'r', label: 'Reject the second amount', request: { op: 'reject', target: doubt } },
          { key: 'a', label: 'Both amounts are right', request: { op: 'accept', target: keep, other: doubt } },
        ],
      }));
    }
  }
  // 5. rejected things stated again
  const acceptedAt = new Map<string, string>();
  for (const op of state.active) if (op.op === 'accept' && !op.other) acceptedAt.set(op.target, op.at);
  for (const [target, op] of rejections(state)) {
    const again = state.restated.filter((r) => r.rule === op.id);
    const last = again.reduce((m, r) => (r.at > m ? r.at : m), '');
    if (!again.length || (acceptedAt.get(target) ?? '') >= last) continue;
    const n = new Set(again.map((r) => r.article)).size;
    const img = op.diff.edges.find((c) => c.key === target)?.before ?? op.diff.nodes.find((c) => c.key === target)?.before;
    const label = img?.source ? `${name(img.source)} ${String(img.attributes.type)} ${name(img.target!)}` : String(img?.attributes.name ?? target);
    add(`rejected-restated:${op.id}`, 'rejected-restated', 0.6, () => ({
      title: `${label}: rejected, ${n} new mention${n > 1 ? 's' : ''}`,
      sides: [{ id: target, label, kind: img?.source ? 'relation' : 'entity', type: String(img?.attributes.type ?? ''),
        details: { rejectedBy: op.by, rejectedAt: op.at, ...(op.note ? { note: op.note } : {}) },
        evidence: lines(again.map((r) => r.article), again.map((r) => r.evidence)) }],
      actions: [
        { key: 'a', label: 'Keep it rejected', request: { op: 'accept', target } },
        { key: 'b', label: 'Bring it back (undo the rejection)', request: { op: 'undo', undoes: op.id } },
      ],
    }));
  }
  // 6. relations one article states with a low-confidence rule
  graph.forEachEdge((key, a) => {
    if (a.type === 'MENTIONS' || accepted.has(key)) return;
    const c = typeof a.confidence === 'number' ? a.confidence : 1;
    if (c >= REVIEW_DEFAULTS.weakConfidence || strings(a.articles).length > 1) return;
    add(`weak-relation:${key}`, 'weak-relation', round(0.3 + (REVIEW_DEFAULTS.weakConfidence - c)), () => ({
      title: `${relationSide(key).label}: one article, confidence ${c}`,
      sides: [relationSide(key)],
      actions: [
        { key: 'r', label: 'Reject', request: { op: 'reject', target: key } },
        { key: 'a', label: 'Accept', request: { op: 'accept', target: key } },
      ],
    }));
  });
  // 7. entities named once, typed without a gazetteer entry (no ISO code, no known location)
  for (const e of entities) {
    if (e.mentions > 1 || e.articles.length > 1 || accepted.has(e.id)) continue;
    const a = graph.getNodeAttributes(e.id);
    if (a.iso2 !== undefined || a.location !== undefined) continue;
    const typeConfidence = typeof a.typeConfidence === 'number' ? a.typeConfidence : undefined;
    if (typeConfidence !== undefined && typeConfidence >= 0.8) continue;
    const alone = !graph.edges(e.id).some((x) => graph.getEdgeAttribute(x, 'type') !== 'MENTIONS');
    add(`seen-once:${e.id}`, 'seen-once', round(typeConfidence !== undefined ? 0.3 + (0.8 - typeConfidence) / 2 : alone ? 0.3 : 0.2), () => ({
      title: `${e.name} (${e.type}): named once${alone ? ', in no relation' : ''}`,
      sides: [entitySide(e)],
      actions: [
        { key: 'r', label: 'Reject', request: { op: 'reject', target: e.id } },
        { key: 'a', label: 'Accept', request: { op: 'accept', target: e.id } },
      ],
    }));
  }
  items.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const wanted = kinds ? items.filter((i) => kinds.includes(i.kind)) : items;
  return { total: wanted.length, items: wanted.slice(0, limit).map(({ id, kind, score, make }) => ({ id, kind, score, ...make() })) };
}
