/**
 * Property typing shared by the typed exports (GEXF, GraphML, CSV, Cypher): which properties the
 * nodes or relationships carry, in what order, and of which type.
 *
 * A property's type is declared by the model when DESIGN.md states it (KNOWN_KINDS: amounts and
 * confidence are floats, counts and years integers) and otherwise inferred from every value in the
 * graph: all integers → int, any other number → float, all booleans → boolean, else string. A
 * property that is a list in some elements and a scalar (or a map) in others, or holds maps, is
 * written as JSON text (`json`), since no target format can type it.
 */

import { isPoint, pointFromJson, type Point } from '../graph/point.ts';

export type ScalarKind = 'string' | 'int' | 'float' | 'boolean' | 'point' | 'date';

export interface PropertyColumn {
  name: string;
  kind: ScalarKind;
  /** Homogeneous list of `kind`. */
  list: boolean;
  /** Values are written as JSON text (mixed shapes or nested maps). */
  json: boolean;
}

/** Types DESIGN.md states; inference may only widen them (int → float → string). */
export const KNOWN_KINDS: Readonly<Record<string, { kind: ScalarKind; list: boolean }>> = {
  id: { kind: 'string', list: false },
  name: { kind: 'string', list: false },
  aliases: { kind: 'string', list: true },
  mentions: { kind: 'int', list: false },
  articles: { kind: 'string', list: true },
  evidence: { kind: 'string', list: true },
  amount: { kind: 'float', list: false },
  amountUsd: { kind: 'float', list: false },
  confidence: { kind: 'float', list: false },
  year: { kind: 'int', list: false },
  until: { kind: 'int', list: false },
  since: { kind: 'int', list: false },
  jobs: { kind: 'int', list: false },
  // time fields (src/time): ISO days, Cypher `date` in Neo4j
  validFrom: { kind: 'date', list: false },
  validTo: { kind: 'date', list: false },
  firstReported: { kind: 'date', list: false },
  lastReported: { kind: 'date', list: false },
  endReported: { kind: 'date', list: false },
  firstSeen: { kind: 'date', list: false },
  lastSeen: { kind: 'date', list: false },
};

/** Columns in this order first (the model's reading order), then the others alphabetically. */
export const PREFERRED_ORDER = [
  'id', 'name', 'title', 'aliases', 'iso2', 'mentions', 'articles', 'date', 'url', 'lang', 'source',
  'amount', 'currency', 'amountUsd', 'year', 'since', 'until', 'jobs', 'sector', 'role',
  'validFrom', 'validTo', 'firstReported', 'lastReported', 'endReported', 'supersededBy', 'conflicts', 'firstSeen', 'lastSeen',
  'confidence', 'evidence',
];
const RANK = new Map(PREFERRED_ORDER.map((name, i) => [name, i]));

export function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? Infinity;
  const rb = RANK.get(b) ?? Infinity;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

type Shape = { kind: ScalarKind | 'json'; list: boolean } | undefined;

function scalarKind(value: unknown): ScalarKind | 'json' | undefined {
  switch (typeof value) {
    case 'string': return 'string';
    case 'boolean': return 'boolean';
    case 'number': return Number.isFinite(value) ? (Number.isInteger(value) ? 'int' : 'float') : undefined;
    case 'bigint': return 'int';
    case 'object': return value === null ? undefined : asPoint(value) ? 'point' : 'json';
    default: return undefined;
  }
}

function widen(a: ScalarKind | 'json', b: ScalarKind | 'json'): ScalarKind | 'json' {
  if (a === b) return a;
  if (a === 'json' || b === 'json' || a === 'point' || b === 'point') return 'json';
  if ((a === 'int' && b === 'float') || (a === 'float' && b === 'int')) return 'float';
  return 'string';
}

function shapeOf(value: unknown): Shape {
  if (Array.isArray(value)) {
    let kind: ScalarKind | 'json' | undefined;
    for (const item of value) {
      const k = scalarKind(item);
      if (k === undefined) continue;
      kind = kind === undefined ? k : widen(kind, k);
    }
    return { kind: kind ?? 'string', list: true };
  }
  const kind = scalarKind(value);
  return kind === undefined ? undefined : { kind, list: false };
}

/** A value a typed format can write: not undefined, null, NaN or ±Infinity. */
export function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'number' && !Number.isFinite(value));
}

/**
 * The columns of a set of attribute records, skipping `skip` (e.g. `type`, which becomes the label).
 * Empty lists count as lists of the known kind, or of strings.
 */
export function propertyColumns(records: Iterable<Record<string, unknown>>, skip: ReadonlySet<string> = new Set()): PropertyColumn[] {
  const shapes = new Map<string, { kind: ScalarKind | 'json'; list: boolean; mixed: boolean; sawEmptyListOnly: boolean }>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (skip.has(name) || !hasValue(value)) continue;
      const shape = shapeOf(value);
      if (!shape) continue;
      const emptyList = Array.isArray(value) && value.length === 0;
      const seen = shapes.get(name);
      if (!seen) {
        shapes.set(name, { kind: shape.kind, list: shape.list, mixed: false, sawEmptyListOnly: emptyList });
        continue;
      }
      if (seen.list !== shape.list) seen.mixed = true;
      else if (emptyList) continue; // an empty list says nothing about the item type
      else if (seen.sawEmptyListOnly) {
        seen.kind = shape.kind;
        seen.sawEmptyListOnly = false;
      } else seen.kind = widen(seen.kind, shape.kind);
    }
  }
  const columns: PropertyColumn[] = [];
  for (const [name, seen] of shapes) {
    const known = KNOWN_KINDS[name];
    let kind = seen.kind;
    if (known && known.list === seen.list && !seen.mixed) {
      if (seen.sawEmptyListOnly) kind = known.kind;
      else if (kind === 'int' && known.kind === 'float') kind = 'float';
      else if (kind === 'string' && known.kind === 'date') kind = 'date';
    }
    if (seen.mixed || kind === 'json') columns.push({ name, kind: 'string', list: false, json: true });
    else columns.push({ name, kind, list: seen.list, json: false });
  }
  return columns.sort((a, b) => compareKeys(a.name, b.name));
}

const XML_SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces what XML 1.0 cannot hold (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) by U+FFFD. */
export function xmlSafe(text: string): string {
  // Fast path: most strings hold none of these (a surrogate pair, e.g. an emoji, takes the slow path).
  return XML_SUSPECT.test(text) ? text.replace(XML_INVALID, '\ufffd') : text;
}

/**
 * A scalar as text for a typed column: integers always in digits (String(1e21) is "1e+21", which
 * no integer parser reads), everything else as JavaScript prints it.
 */
export function scalarText(value: unknown, kind: ScalarKind): string {
  const point = kind === 'point' ? asPoint(value) : null;
  if (point) return pointMapText(point);
  if (kind === 'int' && typeof value === 'number' && Number.isInteger(value)) return BigInt(value).toString();
  return typeof value === 'string' ? value : String(value);
}

/** A point, or its JSON form (snapshots carry either). */
export function asPoint(value: unknown): Point | null {
  return isPoint(value) ? value : pointFromJson(value);
}

/** A point as neo4j-admin import reads it: `{latitude:45.764, longitude:4.8357}` (the CRS is in the header). */
export function pointMapText(p: Point): string {
  const n = (v: number): string => String(v).replace('e+', 'e');
  return p.geographic
    ? `{latitude:${n(p.y)}, longitude:${n(p.x)}${p.z === undefined ? '' : `, height:${n(p.z)}`}}`
    : `{x:${n(p.x)}, y:${n(p.y)}${p.z === undefined ? '' : `, z:${n(p.z)}`}}`;
}

/** The JSON text of a value, for `json` columns and for lists in formats that have no list type. */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    // bigints (the only value JSON.stringify refuses that a graph may hold) as their digits
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
}
