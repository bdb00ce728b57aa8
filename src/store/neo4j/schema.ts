/**
 * Uniqueness constraints on `id` for every label, and an index on each relationship type's `key`
 * (what apply() merges relationships on), created when missing with the DDL of the server's version:
 * 5.x / 2025.x `FOR … REQUIRE`; 4.x `ON … ASSERT` (named, `IF NOT EXISTS` from 4.1); 3.5 the unnamed
 * `CREATE CONSTRAINT ON (n:L) ASSERT n.id IS UNIQUE`, listed with `db.constraints()` (no `SHOW` before
 * 4.2, no relationship property index before 4.3: MERGE on `key` then scans the start node's
 * relationships, which is correct, only slower). Older servers are refused with the version found.
 */
import type { Session } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph/model.ts';

export const NODE_LABELS: readonly string[] = [...ENTITY_TYPES, 'Article'];
export const MIN_VERSION = '3.5';

export function constraintName(label: string): string { return `newsgraph_${label.toLowerCase()}_id`; }
export function relIndexName(type: string): string { return `newsgraph_${type.toLowerCase()}_key`; }

/** What the server's DDL can say. */
export interface SchemaDialect {
  /** `SHOW CONSTRAINTS` (4.2+) or `CALL db.constraints()`. */
  show: boolean;
  /** Named constraints with `IF NOT EXISTS` (4.1+). */
  ifNotExists: boolean;
  /** `FOR … REQUIRE` (5+) or `ON … ASSERT`. */
  require: boolean;
  /** Relationship property indexes (4.3+). */
  relIndex: boolean;
}

/** [major, minor] of '5.26.0', '4.4.30', '3.5.6', '2025.01.0' (calendar versions are after 5). */
export function versionOf(version: string): [number, number] {
  const [a, b] = version.split('.').map((x) => Number.parseInt(x, 10));
  return [Number.isFinite(a) ? a! : 0, Number.isFinite(b) ? b! : 0];
}

/** The dialect of a server version, or null when it is older than MIN_VERSION. */
export function schemaDialect(version: string): SchemaDialect | null {
  const [major, minor] = versionOf(version);
  const at = (M: number, m: number): boolean => major > M || (major === M && minor >= m);
  if (!at(3, 5)) return null;
  return { show: at(4, 2), ifNotExists: at(4, 1), require: major >= 5, relIndex: at(4, 3) };
}

export function constraintDdl(label: string, d: SchemaDialect): string {
  const head = d.ifNotExists ? `CREATE CONSTRAINT ${constraintName(label)} IF NOT EXISTS` : 'CREATE CONSTRAINT';
  return d.require
    ? `${head} FOR (n:\`${label}\`) REQUIRE n.id IS UNIQUE`
    : `${head} ON (n:\`${label}\`) ASSERT n.id IS UNIQUE`;
}

export function relIndexDdl(type: string): string {
  return `CREATE INDEX ${relIndexName(type)} IF NOT EXISTS FOR ()-[r:\`${type}\`]-() ON (r.key)`;
}

export interface SchemaReport { created: string[]; existing: string[] }

/**
 * The label of a uniqueness constraint on `id` from `db.constraints()`'s description, e.g.
 * 3.5 `CONSTRAINT ON ( company:Company ) ASSERT company.id IS UNIQUE`, 4.x `… ASSERT (company.id) IS UNIQUE`.
 */
export function uniqueIdLabel(description: string): string | undefined {
  const m = /^CONSTRAINT ON \(\s*`?\w+`?:`?([^`)\s]+)`?\s*\) ASSERT \(?\s*`?\w+`?\.`?(\w+)`?\s*\)? IS UNIQUE$/i.exec(description.trim());
  return m && m[2] === 'id' ? m[1] : undefined;
}

/** Labels that already have a uniqueness constraint on `id`. */
export async function constrainedLabels(session: Session, d: SchemaDialect | null = schemaDialect('5')): Promise<Set<string>> {
  const out = new Set<string>();
  if (d && !d.show) {
    const r = await session.run('CALL db.constraints() YIELD description RETURN description');
    for (const rec of r.records) {
      const label = uniqueIdLabel(String(rec.get('description') ?? ''));
      if (label) out.add(label);
    }
    return out;
  }
  const r = await session.run('SHOW CONSTRAINTS');
  for (const rec of r.records) {
    const type = String(rec.get('type') ?? '');
    const labels = rec.get('labelsOrTypes') as string[] | null;
    const props = rec.get('properties') as string[] | null;
    if (/UNIQUE|NODE_KEY/i.test(type) && labels?.length === 1 && props?.length === 1 && props[0] === 'id') out.add(labels[0]!);
  }
  return out;
}

export async function ensureSchema(session: Session, d: SchemaDialect): Promise<SchemaReport> {
  const have = await constrainedLabels(session, d);
  const report: SchemaReport = { created: [], existing: [] };
  for (const label of NODE_LABELS) {
    if (have.has(label)) { report.existing.push(label); continue; }
    await session.run(constraintDdl(label, d));
    report.created.push(label);
  }
  if (d.relIndex) for (const type of RELATION_TYPES) await session.run(relIndexDdl(type));
  return report;
}
