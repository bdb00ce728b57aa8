/**
 * The value model of the Cypher engine. Chosen so that 1 and 1.0 are different values and integers have
 * the full 64-bit range while the common path stays cheap:
 *
 *   null → null          Boolean → boolean       Integer → bigint (checked to stay in int64)
 *   Float → number       String → string         List → CypherValue[]
 *   Map → CypherMap (plain object)   Node → NodeValue   Relationship → RelationshipValue
 *   Path → PathValue     temporal → instances of the classes in ./temporal/
 *
 * Storage: graphology attributes hold JS values. On read, a JS number with an integral value is an
 * Integer and any other number a Float (extraction writes plain numbers: year 2031 reads as Integer);
 * a bigint is an Integer. The engine stores an integral Float as a StoredFloat so 1.0 stays a Float
 * within a session (JSON snapshots write it as a number).
 */

import type { Point } from '../graph/point.ts';

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

export interface CypherMap { [key: string]: CypherValue }

export class NodeValue {
  constructor(
    /** graphology node key (e.g. `company:amazon`). */
    readonly key: string,
    readonly labels: string[],
    readonly properties: CypherMap,
  ) {}
}

export class RelationshipValue {
  constructor(
    /** graphology edge key. */
    readonly key: string,
    readonly type: string,
    readonly start: string,
    readonly end: string,
    readonly properties: CypherMap,
  ) {}
}

export class PathValue {
  constructor(readonly nodes: NodeValue[], readonly relationships: RelationshipValue[]) {}
}

/** An integral Float as kept in graph storage, so `1.0` does not read back as Integer `1`. */
export class StoredFloat {
  constructor(readonly value: number) {}
  toJSON(): number { return this.value; }
}

/** Temporal values implement this (see ./temporal/). */
export interface TemporalValue {
  readonly temporalType: 'Date' | 'LocalTime' | 'Time' | 'LocalDateTime' | 'DateTime' | 'Duration';
  /** Cypher's string form, as `toString()` returns and the TCK writes it. */
  toString(): string;
}

export type CypherValue =
  | null | boolean | bigint | number | string
  | CypherValue[] | CypherMap
  | NodeValue | RelationshipValue | PathValue | TemporalValue | Point;

export function isTemporal(v: unknown): v is TemporalValue {
  return typeof v === 'object' && v !== null && 'temporalType' in v;
}

export function isMap(v: unknown): v is CypherMap {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
