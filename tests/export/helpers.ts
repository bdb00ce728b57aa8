/** Shared by the export tests: the nasty fixture snapshot and a small RFC 4180 CSV parser. */
import { readFileSync } from 'node:fs';
import type { Snapshot } from '../../src/graph/model.ts';
import { parseSnapshot } from '../../src/export/index.ts';

export const NASTY_FILE = 'tests/fixtures/export/nasty-snapshot.json';

export function nastySnapshot(): Snapshot {
  return parseSnapshot(readFileSync(NASTY_FILE, 'utf8'), NASTY_FILE);
}

/**
 * RFC 4180: fields separated by commas, records by CRLF (or LF); quoted fields may hold both, `""` is a
 * quote. An empty unquoted field is null (neo4j-admin: no value), a quoted one `""` the empty string.
 */
export function parseCsv(text: string): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [];
  let row: Array<string | null> = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`stray quote in unquoted field at ${i}`);
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') {
      row.push(wasQuoted || field !== '' ? field : null);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(wasQuoted || field !== '' ? field : null);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
      field += c;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) { row.push(wasQuoted || field !== '' ? field : null); rows.push(row); }
  return rows;
}
