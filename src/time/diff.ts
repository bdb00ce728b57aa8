/**
 * What changed between two snapshots (two days, or two snapshot files): entities and relations that are
 * new, gone (closed, or retracted) and changed. A change is a change of what the fact says — amount,
 * role, validity, who replaced it, conflicts, name — not of its bookkeeping (more articles, evidence,
 * confidence, mention counts, last report), which grows with every article and would drown the rest.
 * Given the whole graph too (`full`), a gone relation says why: ended (its validTo), superseded (by
 * what), or retracted (no longer in the graph at all).
 */
import type { Snapshot } from '../graph/model.ts';

export interface DiffElement {
  key: string;
  type: string;
  name?: string;
  source?: string;
  target?: string;
  sourceName?: string;
  targetName?: string;
  /** A short statement of the fact: "INVESTS_IN 1.2 billion EUR", "ROLE_AT CEO". */
  summary: string;
}
export interface PropertyChange { property: string; from: unknown; to: unknown }
export interface ChangedElement extends DiffElement { changes: PropertyChange[] }
export interface ClosedElement extends DiffElement { reason?: 'ended' | 'superseded' | 'retracted'; validTo?: string; supersededBy?: string }

export interface GraphDiff {
  from: string;
  to: string;
  entities: { added: DiffElement[]; removed: DiffElement[]; changed: ChangedElement[] };
  relations: { added: DiffElement[]; closed: ClosedElement[]; changed: ChangedElement[] };
  counts: Record<string, number>;
}

/** Properties whose change is bookkeeping, not news. */
const BOOKKEEPING = new Set(['articles', 'evidence', 'confidence', 'mentions', 'lastReported', 'lastSeen', 'firstSeen', 'firstReported', 'endReported', 'key', 'x', 'y', 'size', 'color']);

type Attrs = Record<string, unknown>;

function amountText(a: Attrs): string {
  const n = typeof a.amount === 'number' ? a.amount : undefined;
  if (n === undefined) return '';
  const [v, unit] = n >= 1e9 ? [n / 1e9, ' billion'] : n >= 1e6 ? [n / 1e6, ' million'] : [n, ''];
  return ` ${Number(v.toFixed(2))}${unit}${typeof a.currency === 'string' ? ` ${a.currency}` : ''}`;
}

function summarise(a: Attrs): string {
  const type = String(a.type ?? '');
  if (type === 'INVESTS_IN') return `${type}${amountText(a)}`;
  if (type === 'ROLE_AT' && typeof a.role === 'string') return `${type} ${a.role}`;
  return type;
}

function same(x: unknown, y: unknown): boolean {
  return JSON.stringify(x) === JSON.stringify(y);
}

export function diffSnapshots(a: Snapshot, b: Snapshot, labels: { from: string; to: string }, full?: Snapshot): GraphDiff {
  const names = new Map<string, string>();
  for (const s of [full, a, b]) for (const n of s?.nodes ?? []) if (typeof n.attributes?.name === 'string') names.set(String(n.key), n.attributes.name);
  const nodesA = new Map(a.nodes.map((n) => [String(n.key), n.attributes ?? {}]));
  const nodesB = new Map(b.nodes.map((n) => [String(n.key), n.attributes ?? {}]));
  const edgesA = new Map(a.edges.map((e) => [String(e.key), e]));
  const edgesB = new Map(b.edges.map((e) => [String(e.key), e]));
  const fullEdges = full ? new Map(full.edges.map((e) => [String(e.key), e])) : undefined;
  const entity = (key: string, attrs: Attrs): DiffElement => ({ key, type: String(attrs.type ?? ''), name: names.get(key) ?? key, summary: String(attrs.type ?? '') });
  const relation = (e: Snapshot['edges'][number]): DiffElement => ({
    key: String(e.key), type: String(e.attributes?.type ?? ''), source: String(e.source), target: String(e.target),
    sourceName: names.get(String(e.source)) ?? String(e.source), targetName: names.get(String(e.target)) ?? String(e.target),
    summary: summarise(e.attributes ?? {}),
  });
  const changes = (x: Attrs, y: Attrs): PropertyChange[] => {
    const out: PropertyChange[] = [];
    for (const p of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
      if (BOOKKEEPING.has(p)) continue;
      if (!same(x[p], y[p])) out.push({ property: p, from: x[p] ?? null, to: y[p] ?? null });
    }
    return out;
  };
  const isEntity = (attrs: Attrs) => attrs.type !== 'Article';
  const diff: GraphDiff = { from: labels.from, to: labels.to, entities: { added: [], removed: [], changed: [] }, relations: { added: [], closed: [], changed: [] }, counts: {} };

  for (const [key, attrs] of nodesB) {
    if (!isEntity(attrs)) continue;
    const before = nodesA.get(key);
    if (!before) diff.entities.added.push(entity(key, attrs));
    else { const c = changes(before, attrs); if (c.length) diff.entities.changed.push({ ...entity(key, attrs), changes: c }); }
  }
  for (const [key, attrs] of nodesA) if (isEntity(attrs) && !nodesB.has(key)) diff.entities.removed.push(entity(key, attrs));
  for (const [key, e] of edgesB) {
    if (e.attributes?.type === 'MENTIONS') continue;
    const before = edgesA.get(key);
    if (!before) diff.relations.added.push(relation(e));
    else { const c = changes(before.attributes ?? {}, e.attributes ?? {}); if (c.length) diff.relations.changed.push({ ...relation(e), changes: c }); }
  }
  for (const [key, e] of edgesA) {
    if (e.attributes?.type === 'MENTIONS' || edgesB.has(key)) continue;
    const out: ClosedElement = relation(e);
    if (fullEdges) {
      const now = fullEdges.get(key)?.attributes;
      if (!now) out.reason = 'retracted';
      else {
        if (typeof now.supersededBy === 'string') { out.reason = 'superseded'; out.supersededBy = now.supersededBy; } else out.reason = 'ended';
        if (typeof now.validTo === 'string') out.validTo = now.validTo;
      }
    }
    diff.relations.closed.push(out);
  }
  const order = (x: DiffElement, y: DiffElement) => x.type.localeCompare(y.type) || x.key.localeCompare(y.key);
  for (const l of [diff.entities.added, diff.entities.removed, diff.entities.changed, diff.relations.added, diff.relations.closed, diff.relations.changed]) l.sort(order);
  diff.counts = {
    entitiesAdded: diff.entities.added.length, entitiesRemoved: diff.entities.removed.length, entitiesChanged: diff.entities.changed.length,
    relationsAdded: diff.relations.added.length, relationsClosed: diff.relations.closed.length, relationsChanged: diff.relations.changed.length,
  };
  return diff;
}

function value(v: unknown): string {
  if (v === null || v === undefined) return '—';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** The diff as a readable text table. */
export function formatDiff(d: GraphDiff): string {
  const lines: string[] = [`What changed from ${d.from} to ${d.to}:`];
  const rel = (x: DiffElement) => `${x.sourceName} —${x.summary}→ ${x.targetName}`;
  const section = <T extends DiffElement>(title: string, items: T[], line: (x: T) => string) => {
    lines.push('', `${title} (${items.length})`);
    if (!items.length) { lines.push('  (none)'); return; }
    const rows = items.map((x) => [x.type, line(x)] as const);
    const w = Math.max(...rows.map((r) => r[0].length));
    for (const [t, l] of rows) lines.push(`  ${t.padEnd(w)}  ${l}`);
  };
  section('New relations', d.relations.added, rel);
  section('Closed relations', d.relations.closed, (x: ClosedElement) => `${rel(x)}${x.reason ? `  [${x.reason}${x.validTo ? ` ${x.validTo}` : ''}${x.supersededBy ? `, by ${x.supersededBy}` : ''}]` : ''}`);
  section('Changed relations', d.relations.changed, (x: ChangedElement) => `${rel(x)}: ${x.changes.map((c) => `${c.property} ${value(c.from)} → ${value(c.to)}`).join('; ')}`);
  section('New entities', d.entities.added, (x) => x.name ?? x.key);
  section('Gone entities', d.entities.removed, (x) => x.name ?? x.key);
  section('Changed entities', d.entities.changed, (x: ChangedElement) => `${x.name}: ${x.changes.map((c) => `${c.property} ${value(c.from)} → ${value(c.to)}`).join('; ')}`);
  return lines.join('\n');
}
