/** Plain-text readings of diffs and log entries, for the CLI (the API returns the entries as JSON). */
import type { ElementChange, GraphDiff, LogEntry, OperationEntry } from './types.ts';
import type { LogState } from './log-state.ts';

const label = (c: ElementChange): string => {
  const img = (c.after ?? c.before)!;
  const a = img.attributes;
  if (img.source !== undefined) return `${String(a.type)} ${img.source} → ${img.target}${c.key.split('|').length > 3 ? ` [${c.key.split('|').slice(3).join('|')}]` : ''}`;
  return a.name !== undefined ? `${c.key} "${String(a.name)}" (${String(a.type)})` : `${c.key}`;
};

function fieldChanges(c: ElementChange): string {
  const b = c.before!.attributes, a = c.after!.attributes;
  const parts: string[] = [];
  for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const x = b[k], y = a[k];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    if (Array.isArray(x) || Array.isArray(y)) {
      const xs = (Array.isArray(x) ? x : []).map(String), ys = (Array.isArray(y) ? y : []).map(String);
      const added = ys.filter((v) => !xs.includes(v)), removed = xs.filter((v) => !ys.includes(v));
      if (k === 'articles' || k === 'evidence') { parts.push(`${k} ${xs.length} → ${ys.length}`); continue; }
      parts.push(`${k}${added.length ? ` +${added.join(', ')}` : ''}${removed.length ? ` -${removed.join(', ')}` : ''}`);
    } else {
      parts.push(`${k} ${x === undefined ? '∅' : JSON.stringify(x)} → ${y === undefined ? '∅' : JSON.stringify(y)}`);
    }
  }
  return parts.join('; ');
}

/** One line per changed element: `+` added, `-` removed, `~` changed (with what changed). */
export function describeDiff(diff: GraphDiff): string[] {
  const lines: string[] = [];
  for (const [kind, list] of [['node', diff.nodes], ['edge', diff.edges]] as const) {
    for (const c of list) {
      if (!c.before) lines.push(`  + ${kind} ${label(c)}`);
      else if (!c.after) lines.push(`  - ${kind} ${label(c)}`);
      else lines.push(`  ~ ${kind} ${label(c)}: ${fieldChanges(c)}`);
    }
  }
  return lines;
}

export function describeOperation(op: OperationEntry): string {
  switch (op.op) {
    case 'merge': return `merge ${op.other} into ${op.target}`;
    case 'split': return `split ${op.alias} off ${op.target}${op.created ? ` as ${op.created}` : ''}`;
    case 'rename': return `rename ${op.target} to "${op.name}"`;
    case 'retype': return `retype ${op.target} as ${op.type}`;
    case 'reject': return `reject ${op.target}`;
    case 'accept': return `accept ${op.target}${op.other ? ` as distinct from ${op.other}` : ''}`;
    case 'undo': return `undo ${op.undoes}${op.method === 'inverse' ? ' (by the inverse operation: the graph had changed since)' : ''}`;
  }
}

/** The log as a table of operations: id, when, who, what, and its fate (undone; rejected things stated again). */
export function describeLog(state: LogState): string[] {
  const undoneBy = new Map<string, string>();
  for (const o of state.ops) if (o.op === 'undo' && o.undoes) undoneBy.set(o.undoes, o.id);
  return state.ops.map((o) => {
    const fate: string[] = [];
    if (undoneBy.has(o.id)) fate.push(`undone by ${undoneBy.get(o.id)}`);
    if (o.op === 'reject') {
      const n = new Set(state.restated.filter((r) => r.rule === o.id).map((r) => r.article)).size;
      if (n) fate.push(`rejected, ${n} new mention${n > 1 ? 's' : ''}`);
    }
    return `${o.id.padStart(4)}  ${o.at.slice(0, 19).replace('T', ' ')}  ${o.by}  ${describeOperation(o)}${fate.length ? `  [${fate.join('; ')}]` : ''}${o.note ? `  — ${o.note}` : ''}`;
  });
}

export const isOperation = (e: LogEntry): e is OperationEntry => e.kind === 'op';
