/** What the log's entries add up to: which operations stand (not undone), and the rules they set. */
import type { LogEntry, OperationEntry, RestatedEntry } from './types.ts';

export interface LogState {
  ops: OperationEntry[];
  /** Operations not undone, in log order (undo entries excluded). */
  active: OperationEntry[];
  undone: Set<string>;
  restated: RestatedEntry[];
}

export function logState(entries: readonly LogEntry[]): LogState {
  const ops = entries.filter((e): e is OperationEntry => e.kind === 'op');
  const undone = new Set(ops.filter((o) => o.op === 'undo').map((o) => (o as { undoes?: string }).undoes).filter((x): x is string => !!x));
  return {
    ops,
    active: ops.filter((o) => o.op !== 'undo' && !undone.has(o.id)),
    undone,
    restated: entries.filter((e): e is RestatedEntry => e.kind === 'restated'),
  };
}

/** The next operation id: its number in the log, made unique should two writers have raced. */
export function nextOpId(state: LogState): string {
  const taken = new Set(state.ops.map((o) => o.id));
  let id = String(state.ops.length + 1);
  for (let n = 0; taken.has(id); n++) id = `${state.ops.length + 1}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? n : ''}`;
  return id;
}

/** Merged-away entity id → the entity it lives on now (chains followed: merge A B, then merge C A). */
export function mergeMap(state: LogState): Map<string, string> {
  const map = new Map<string, string>();
  const splitOff = new Set<string>();
  for (const op of state.active) {
    if (op.op === 'merge') { map.set(op.other, op.target); splitOff.delete(op.other); }
    if (op.op === 'split' && op.created) { splitOff.add(op.created); map.delete(op.created); }
  }
  const follow = (id: string): string => {
    const seen = new Set<string>();
    let cur = id;
    while (map.has(cur) && !seen.has(cur)) { seen.add(cur); cur = map.get(cur)!; }
    return cur;
  };
  const out = new Map<string, string>();
  for (const k of map.keys()) out.set(k, follow(k));
  return out;
}

/** Rejected targets (entity ids and relation keys) → the reject operation. */
export function rejections(state: LogState): Map<string, OperationEntry> {
  const out = new Map<string, OperationEntry>();
  for (const op of state.active) if (op.op === 'reject') out.set(op.target, op);
  return out;
}

/** Accepted targets: entity ids, relation keys, and `A|B` for two entities confirmed distinct. */
export function acceptances(state: LogState): Set<string> {
  const out = new Set<string>();
  for (const op of state.active) {
    if (op.op !== 'accept') continue;
    out.add(op.other ? pairKey(op.target, op.other) : op.target);
  }
  return out;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
