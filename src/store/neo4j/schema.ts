/**
 * Uniqueness constraints on `id` for every label, and an index on each relationship type's `key`
 * (what apply() merges relationships on), created when missing with the DDL of the server's version:
 * 4.4 `ON … ASSERT`, 5.x / 2025.x `FOR … REQUIRE`.
 */
import type { Session } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph/model.ts';

export const NODE_LABELS: readonly string[] = [...ENTITY_TYPES, 'Article'];

export function constraintName(label: string): string { return `newsgraph_${label.toLowerCase()}_id`; }
export function relIndexName(type: string): string { return `newsgraph_${type.toLowerCase()}_key`; }

export function constraintDdl(label: string, major: number): string {
  const name = constraintName(label);
  return major >= 5
    ? `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:\`${label}\`) REQUIRE n.id IS UNIQUE`
    : `CREATE CONSTRAINT ${name} IF NOT EXISTS ON (n:\`${label}\`) ASSERT n.id IS UNIQUE`;
}

export function relIndexDdl(type: string): string {
  return `CREATE INDEX ${relIndexName(type)} IF NOT EXISTS FOR ()-[r:\`${type}\`]-() ON (r.key)`;
}

export interface SchemaReport { created: string[]; existing: string[] }

/** Labels that already have a uniqueness constraint on `id`. */
export async function constrainedLabels(session: Session): Promise<Set<string>> {
  const r = await session.run('SHOW CONSTRAINTS');
  const out = new Set<string>();
  for (const rec of r.records) {
    const type = String(rec.get('type') ?? '');
    const labels = rec.get('labelsOrTypes') as string[] | null;
    const props = rec.get('properties') as string[] | null;
    if (/UNIQUE|NODE_KEY/i.test(type) && labels?.length === 1 && props?.length === 1 && props[0] === 'id') out.add(labels[0]!);
  }
  return out;
}

export async function ensureSchema(session: Session, major: number): Promise<SchemaReport> {
  const have = await constrainedLabels(session);
  const report: SchemaReport = { created: [], existing: [] };
  for (const label of NODE_LABELS) {
    if (have.has(label)) { report.existing.push(label); continue; }
    await session.run(constraintDdl(label, major));
    report.created.push(label);
  }
  for (const type of RELATION_TYPES) await session.run(relIndexDdl(type));
  return report;
}
