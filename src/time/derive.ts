/**
 * Derives the time fields of relations and entities from what the graph already holds: each relation's
 * articles (their dates) and evidence sentences (their validity cues), and its neighbours for the
 * superseding rules. A pure function of the graph: the same articles give the same fields, whatever
 * order they were ingested in, and taking an article out and putting it back gives them again.
 *
 * Superseding, not overwriting (both facts stay; the older one is closed or flagged):
 *  - a new holder of an exclusive role (roles.ts) at the same organisation, first reported after the
 *    previous holder was last reported, closes it (`supersededBy`; `validTo` = the day before the new
 *    holder's stated start, else before its first report, never before the previous holder's last report);
 *  - a new parent of the same subsidiary closes the previous ownership the same way;
 *  - two amounts for the same investment (same investor and target, no article in common, the same
 *    year when both state one, first reported within a year of each other) are flagged on both
 *    (`conflicts`); when the second was first reported after the first was last restated, it revises
 *    it: the first is closed (`supersededBy`, `validTo` = the day before the revision's first report).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { validityCues, type ValidityStatement } from './cues.ts';
import { dayBefore, daysBetween, endOfYear, maxDate, minDate, reportDate, startOfYear, type IsoDate } from './dates.ts';
import type { EntityTime, RelationTime } from './fields.ts';
import { exclusiveRoleKey } from './roles.ts';

type Graph = AbstractGraph<Attributes, Attributes, Attributes>;

/** Investments first reported more than this many days apart are two investments, not two reports of one. */
export const SAME_INVESTMENT_WINDOW_DAYS = 365;
/** Relation types that carry time fields (MENTIONS is provenance: its article's date says it all). */
const TIMED = (type: unknown) => typeof type === 'string' && type !== 'MENTIONS';

/**
 * The cues of each relation's statements, kept between derivations: a relation restated by a new
 * article is derived again, but only the new sentence is read. A statement is read again when its
 * sentence, day, the ends' names or the role change.
 */
interface EdgeCues { context: string; evidence: string[]; days: Array<IsoDate | undefined>; cues: ValidityStatement[] }
const cueCache = new Map<string, EdgeCues>();
const CUE_CACHE_MAX = 200_000;

function statementCues(edge: string, i: number, sentence: string, day: IsoDate | undefined, type: string, names: readonly string[], role: string | undefined,
  context = statementContext(type, names, role)): ValidityStatement {
  let entry = cueCache.get(edge);
  if (!entry || entry.context !== context) {
    if (cueCache.size >= CUE_CACHE_MAX) cueCache.clear();
    entry = { context, evidence: [], days: [], cues: [] };
    cueCache.set(edge, entry);
  }
  if (entry.evidence[i] === sentence && entry.days[i] === day) return entry.cues[i]!;
  const cues = validityCues(sentence, day, { type: type as never, names, ...(role ? { role } : {}) });
  entry.evidence[i] = sentence; entry.days[i] = day; entry.cues[i] = cues;
  return cues;
}

/** What a relation's statements are read against: its type, role and the ends' names (built once per relation, not per statement). */
function statementContext(type: string, names: readonly string[], role: string | undefined): string {
  return `${type}\u0000${role ?? ''}\u0000${names.join('\u0001')}`;
}

function list(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

function namesOf(graph: Graph, node: string): string[] {
  const a = graph.getNodeAttributes(node);
  const out = typeof a.name === 'string' ? [a.name] : [];
  for (const x of list(a.aliases)) out.push(x);
  return out;
}

/** The publication day of each article, read once per derivation. */
export class ArticleDays {
  private readonly days = new Map<string, IsoDate | undefined>();
  constructor(private readonly graph: Graph) {}
  of(id: string): IsoDate | undefined {
    if (!this.days.has(id)) this.days.set(id, this.graph.hasNode(id) ? reportDate(this.graph.getNodeAttribute(id, 'date')) : undefined);
    return this.days.get(id);
  }
}

/** What a relation's own articles and sentences say, before its neighbours are looked at. */
export type OwnTime = RelationTime;

export function ownTime(graph: Graph, edge: string, days: ArticleDays): OwnTime {
  const a = graph.getEdgeAttributes(edge);
  const type = String(a.type);
  const articles = list(a.articles), evidence = list(a.evidence);
  const names = [...namesOf(graph, graph.source(edge)), ...namesOf(graph, graph.target(edge))];
  const role = typeof a.role === 'string' ? a.role : undefined;
  const out: OwnTime = {};
  let planned: { day: IsoDate; reported: IsoDate | undefined } | undefined;
  let closed: { day: IsoDate; reported: IsoDate | undefined } | undefined;
  let context: string | undefined;
  for (let i = 0; i < articles.length; i++) {
    const day = days.of(articles[i]!);
    out.firstReported = minDate(out.firstReported, day);
    out.lastReported = maxDate(out.lastReported, day);
    const s = evidence[i];
    if (typeof s !== 'string' || !s) continue;
    const cues = statementCues(edge, i, s, day, type, names, role, context ??= statementContext(type, names, role));
    if (cues.start) out.validFrom = minDate(out.validFrom, cues.start);
    // the latest report of a planned end wins ("until 2030", later "until 2032"); ties: the later date
    if (cues.plannedEnd && (!planned || (day ?? '') > (planned.reported ?? '') || ((day ?? '') === (planned.reported ?? '') && cues.plannedEnd > planned.day))) {
      planned = { day: cues.plannedEnd, reported: day };
    }
    // a closing is a fact once reported: the earliest closing day wins
    if (cues.closedOn && (!closed || cues.closedOn < closed.day || (cues.closedOn === closed.day && (day ?? '9') < (closed.reported ?? '9')))) {
      closed = { day: cues.closedOn, reported: day };
    }
  }
  if (out.validFrom === undefined && typeof a.since === 'number' && Number.isInteger(a.since)) out.validFrom = startOfYear(a.since);
  if (!planned && typeof a.until === 'number' && Number.isInteger(a.until)) planned = { day: endOfYear(a.until), reported: out.firstReported };
  const end = closed && (!planned || closed.day <= planned.day) ? closed : planned;
  if (end) {
    out.validTo = end.day;
    if (end.reported) out.endReported = end.reported;
  }
  return out;
}

/** The superseding groups a relation belongs to (its neighbours that may close or contradict it). */
function groupOf(graph: Graph, edge: string): { kind: 'succession' | 'investment'; id: string } | undefined {
  const a = graph.getEdgeAttributes(edge);
  if (a.type === 'ROLE_AT') {
    const role = exclusiveRoleKey(a.role);
    return role ? { kind: 'succession', id: `role|${graph.target(edge)}|${role}` } : undefined;
  }
  if (a.type === 'SUBSIDIARY_OF') return { kind: 'succession', id: `parent|${graph.source(edge)}` };
  if (a.type === 'INVESTS_IN') return { kind: 'investment', id: `investment|${graph.source(edge)}|${graph.target(edge)}` };
  return undefined;
}

function groupMembers(graph: Graph, edge: string, id: string): string[] {
  const a = graph.getEdgeAttributes(edge);
  const candidates = a.type === 'ROLE_AT' ? graph.inEdges(graph.target(edge))
    : a.type === 'SUBSIDIARY_OF' ? graph.outEdges(graph.source(edge))
      : graph.outEdges(graph.source(edge)).filter((e) => graph.target(e) === graph.target(edge));
  return candidates.filter((e) => graph.getEdgeAttribute(e, 'type') === a.type && groupOf(graph, e)?.id === id).sort();
}

function amountOf(a: Attributes): number | undefined {
  return typeof a.amountUsd === 'number' ? a.amountUsd : typeof a.amount === 'number' ? a.amount : undefined;
}

function sameInvestment(graph: Graph, x: string, y: string, tx: OwnTime, ty: OwnTime): boolean {
  const a = graph.getEdgeAttributes(x), b = graph.getEdgeAttributes(y);
  const ax = amountOf(a), bx = amountOf(b);
  if (ax === undefined || bx === undefined || ax === bx) return false;
  // two announcement years (not target years: "by 2030" sets year and until) tell two investments apart
  const announced = (x: Attributes) => (typeof x.year === 'number' && x.until === undefined && x.since === undefined ? x.year : undefined);
  if (announced(a) !== undefined && announced(b) !== undefined && announced(a) !== announced(b)) return false;
  if (!tx.firstReported || !ty.firstReported) return false;
  if (Math.abs(daysBetween(tx.firstReported, ty.firstReported)) > SAME_INVESTMENT_WINDOW_DAYS) return false;
  const shared = new Set(list(a.articles));
  return !list(b.articles).some((id) => shared.has(id));
}

/** Closes an older relation of a group at `at`, superseded by `newer` (a module function: no closure, and no keepNames __name(), per group). */
function closeOlder(older: OwnTime, newer: string, at: IsoDate, reported: IsoDate | undefined): void {
  older.supersededBy ??= newer;
  if (older.validTo === undefined || at < older.validTo) {
    older.validTo = at;
    if (reported) older.endReported = reported; else delete older.endReported;
  }
}

/** The full time fields of every relation of one group, from their own times. */
function resolveGroup(graph: Graph, kind: 'succession' | 'investment', members: string[], own: Map<string, OwnTime>): void {
  if (kind === 'succession') {
    // B succeeds A when B is first reported after A was last reported as the holder (overlapping
    // reports — co-holders, or a disagreement — close nothing); the handover is B's stated start, but
    // never before A was last reported to hold the role
    const dated = members.filter((m) => own.get(m)!.firstReported !== undefined)
      .sort((x, y) => own.get(x)!.firstReported!.localeCompare(own.get(y)!.firstReported!) || x.localeCompare(y));
    for (const x of dated) {
      const older = own.get(x)!;
      const next = dated.find((m) => own.get(m)!.firstReported! > older.lastReported!);
      if (!next) continue;
      const t = own.get(next)!;
      closeOlder(older, next, maxDate(dayBefore(t.validFrom ?? t.firstReported!), older.lastReported)!, t.firstReported);
    }
    return;
  }
  const dated = members.filter((m) => own.get(m)!.firstReported !== undefined)
    .sort((x, y) => own.get(x)!.firstReported!.localeCompare(own.get(y)!.firstReported!) || x.localeCompare(y));
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const x = dated[i]!, y = dated[j]!, tx = own.get(x)!, ty = own.get(y)!;
      if (!sameInvestment(graph, x, y, tx, ty)) continue;
      (tx.conflicts ??= []).push(y);
      (ty.conflicts ??= []).push(x);
      // reported after the older figure was last restated: a revision
      if (ty.firstReported! > tx.lastReported!) closeOlder(tx, y, dayBefore(ty.firstReported!), ty.firstReported);
    }
  }
  for (const m of dated) own.get(m)!.conflicts?.sort();
}

export interface TimeUpdate {
  relations: Map<string, RelationTime>;
  entities: Map<string, EntityTime>;
}

/**
 * Time fields of the given relations (every relation when omitted) and of the relations they may
 * close or contradict, and of the given entities (every entity when omitted).
 */
export function deriveTime(graph: Graph, scope?: { relations?: Iterable<string>; entities?: Iterable<string> }): TimeUpdate {
  const days = new ArticleDays(graph);
  const own = new Map<string, OwnTime>();
  const ownOf = (e: string) => { let t = own.get(e); if (!t) { t = ownTime(graph, e, days); own.set(e, t); } return t; };
  const edges = scope?.relations ? [...new Set(scope.relations)].filter((e) => graph.hasEdge(e)) : graph.edges();
  const groups = new Map<string, { kind: 'succession' | 'investment'; members: string[] }>();
  const wanted = new Set<string>();
  for (const e of edges) {
    if (!TIMED(graph.getEdgeAttribute(e, 'type'))) continue;
    wanted.add(e);
    const g = groupOf(graph, e);
    if (g && !groups.has(g.id)) groups.set(g.id, { kind: g.kind, members: groupMembers(graph, e, g.id) });
  }
  for (const { members } of groups.values()) for (const m of members) wanted.add(m);
  for (const e of wanted) ownOf(e);
  for (const { kind, members } of groups.values()) resolveGroup(graph, kind, members, own);

  const relations = new Map<string, RelationTime>();
  for (const e of wanted) {
    relations.set(e, own.get(e)!);
  }
  const entities = new Map<string, EntityTime>();
  const nodes = scope?.entities ? [...new Set(scope.entities)].filter((n) => graph.hasNode(n)) : graph.nodes();
  for (const n of nodes) {
    const a = graph.getNodeAttributes(n);
    if (a.type === 'Article' || !Array.isArray(a.articles)) continue;
    const t: EntityTime = {};
    for (const id of list(a.articles)) { const d = days.of(id); t.firstSeen = minDate(t.firstSeen, d); t.lastSeen = maxDate(t.lastSeen, d); }
    entities.set(n, t);
  }
  return { relations, entities };
}
