/** Query results for the terminal: an aligned table, CSV or JSON. */
import type { JsonValue, QueryResult } from '../graph/result.ts';

function cell(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v !== 'object') return String(v);
  if (!Array.isArray(v) && 'kind' in v) {
    if (v.kind === 'node') return `(${v.id}:${(v.labels as string[]).join(':')})`;
    if (v.kind === 'relationship') return `[${v.type} ${v.start}->${v.end}]`;
    if (v.kind === 'path') return `<path of ${(v.relationships as unknown[]).length}>`;
  }
  return JSON.stringify(v);
}

export function formatTable(result: QueryResult): string {
  const header = result.columns;
  const rows = result.rows.map((r) => r.map(cell).map((s) => s.replace(/\s+/g, ' ')));
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0))));
  const clip = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
  const line = (cells: string[]) => '│ ' + cells.map((c, i) => clip(c, widths[i]!)).join(' │ ') + ' │';
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
  const out = [rule('┌', '┬', '┐'), line(header), rule('├', '┼', '┤'), ...rows.map(line), rule('└', '┴', '┘')];
  out.push(`${rows.length} row${rows.length === 1 ? '' : 's'}`);
  const stats = Object.entries(result.stats ?? {}).filter(([, n]) => n);
  if (stats.length) out.push(stats.map(([k, n]) => `${k}: ${n}`).join(', '));
  return out.join('\n');
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(result: QueryResult): string {
  const lines = [result.columns.map(csvField).join(',')];
  for (const r of result.rows) lines.push(r.map((v) => csvField(typeof v === 'string' ? v : v === null ? '' : cell(v))).join(','));
  return lines.join('\n');
}
