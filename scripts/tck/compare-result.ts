/**
 * Compares a query result with a scenario's expected table. Columns must be the same names in the
 * same order; rows are a multiset unless the step says "in order"; values compare by value and type.
 * Returns null on a match, else a message whose first line says what is wrong.
 */
import { canonicalKey, formatTck, type CompareOptions } from './canonical.ts';
import { fromCypher } from './cypher-values.ts';
import type { TckValue } from './tck-value.ts';

export interface ExpectedRows {
  kind: 'rows';
  ordered: boolean;
  unorderedLists: boolean;
  columns: string[];
  rows: TckValue[][];
}
export type ResultExpectation = ExpectedRows | { kind: 'empty' };

export interface ActualResult { columns: string[]; rows: unknown[][] }

const MAX_LISTED = 8;

export function compareResult(expected: ResultExpectation, actual: ActualResult): string | null {
  const actualRows = actual.rows.map((row) => row.map(fromCypher));
  if (expected.kind === 'empty') {
    if (actualRows.length === 0) return null;
    return `expected an empty result, got ${actualRows.length} row(s)\n${listRows('  got', actual.columns, actualRows)}`;
  }
  if (!sameColumns(expected.columns, actual.columns)) {
    return `columns differ: expected ${fmtColumns(expected.columns)}, got ${fmtColumns(actual.columns)}`;
  }
  const bad = actualRows.findIndex((row) => row.length !== expected.columns.length);
  if (bad >= 0) return `row ${bad} has ${actualRows[bad].length} values for ${expected.columns.length} columns`;

  const options: CompareOptions = { unorderedLists: expected.unorderedLists };
  const rowKey = (row: TckValue[]): string => row.map((v) => canonicalKey(v, options)).join('\u0000');
  const expectedKeys = expected.rows.map(rowKey);
  const actualKeys = actualRows.map(rowKey);

  if (expected.ordered) {
    if (expectedKeys.length === actualKeys.length && expectedKeys.every((k, i) => k === actualKeys[i])) return null;
    const i = expectedKeys.findIndex((k, j) => k !== actualKeys[j]);
    const first = i < 0 ? Math.min(expectedKeys.length, actualKeys.length) : i;
    return [
      `rows differ (in order) from row ${first}: expected ${expected.rows.length} row(s), got ${actualRows.length}`,
      listRows('  expected', expected.columns, expected.rows),
      listRows('  got', actual.columns, actualRows),
    ].join('\n');
  }

  const pending = new Map<string, number>();
  for (const k of expectedKeys) pending.set(k, (pending.get(k) ?? 0) + 1);
  const unexpected: TckValue[][] = [];
  actualKeys.forEach((k, i) => {
    const n = pending.get(k) ?? 0;
    if (n > 0) pending.set(k, n - 1);
    else unexpected.push(actualRows[i]);
  });
  const missing: TckValue[][] = [];
  expectedKeys.forEach((k, i) => {
    const n = pending.get(k) ?? 0;
    if (n > 0) { missing.push(expected.rows[i]); pending.set(k, n - 1); }
  });
  if (missing.length === 0 && unexpected.length === 0) return null;
  return [
    `rows differ (any order): ${missing.length} expected row(s) missing, ${unexpected.length} unexpected; expected ${expected.rows.length}, got ${actualRows.length}`,
    missing.length ? listRows('  missing', expected.columns, missing) : '',
    unexpected.length ? listRows('  unexpected', actual.columns, unexpected) : '',
  ].filter(Boolean).join('\n');
}

function sameColumns(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

function fmtColumns(columns: string[]): string {
  return `| ${columns.join(' | ')} |`;
}

function listRows(title: string, columns: string[], rows: TckValue[][]): string {
  const shown = rows.slice(0, MAX_LISTED).map((r) => `    | ${r.map(formatTck).join(' | ')} |`);
  if (rows.length > MAX_LISTED) shown.push(`    … ${rows.length - MAX_LISTED} more`);
  return [`${title}: ${fmtColumns(columns)}`, ...shown].join('\n');
}
