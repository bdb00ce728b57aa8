/**
 * Test procedures declared by scenarios:
 *
 *   And there exists a procedure test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?):
 *     | name     | id | city     |
 *     | 'Stefan' | 1  | 'Berlin' |
 *
 * The table lists the input columns then the output columns; a call yields the output part of each
 * row whose input part equals the arguments (numbers compare by numeric value, as Cypher's `=`).
 */
import { canonicalKey } from './canonical.ts';
import { fromCypher, toCypher } from './cypher-values.ts';
import type { TckProcedure } from './engine.ts';
import { parseTckValue } from './tck-value.ts';
import type { CypherValue } from '../../src/cypher/values.ts';

const SIGNATURE = /^([\w.]+)\s*\(([^)]*)\)\s*::\s*\(([^)]*)\)\s*$/;

function parseFields(text: string, signature: string): Array<{ name: string; type: string }> {
  if (text.trim() === '') return [];
  return text.split(',').map((part) => {
    const m = /^\s*(\w+)\s*::\s*([\w?]+)\s*$/.exec(part);
    if (!m) throw new Error(`cannot read procedure field '${part.trim()}' in ${signature}`);
    return { name: m[1], type: m[2] };
  });
}

function argumentKey(v: CypherValue): string {
  if (typeof v === 'bigint') return `n${Number(v)}`;
  if (typeof v === 'number') return `n${v}`;
  return canonicalKey(fromCypher(v));
}

export function parseProcedure(signature: string, table: string[][] | undefined): TckProcedure {
  const m = SIGNATURE.exec(signature.trim());
  if (!m) throw new Error(`cannot read procedure signature: ${signature}`);
  const inputs = parseFields(m[2], signature);
  const outputs = parseFields(m[3], signature);
  const header = table?.[0] ?? [];
  const columns = [...inputs, ...outputs].map((f) => f.name);
  if (table && header.join('\u0000') !== columns.join('\u0000')) {
    throw new Error(`procedure table columns | ${header.join(' | ')} | do not match ${signature}`);
  }
  const rows = (table ?? []).slice(1).map((row) => row.map((cell) => toCypher(parseTckValue(cell))));
  return {
    name: m[1],
    inputs,
    outputs,
    call(args: CypherValue[]): CypherValue[][] {
      const keys = args.map(argumentKey);
      return rows
        .filter((row) => keys.every((k, i) => argumentKey(row[i]) === k))
        .map((row) => row.slice(inputs.length));
    },
  };
}
