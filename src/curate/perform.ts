/**
 * One curation request on a graph, against the log's state: resolves names to ids, runs the operation
 * and returns the log entry to append (with the diff it caused). Undo restores the before-images when
 * nothing has touched those elements since; when later ingests have, it applies the inverse operation
 * (merge ↔ split, rename and retype back), so the articles read meanwhile are kept.
 */
import type { MultiDirectedGraph as Graph } from 'graphology';
import type { CurationRequest, GraphDiff, OperationEntry, Provenance } from './types.ts';
import type { LogState } from './log-state.ts';
import { nextOpId, rejections } from './log-state.ts';
import { CurationError, describeTarget, findEntity, mergeEntities, renameEntity, rejectElement, retypeEntity, splitEntity } from './operations.ts';
import { diffIsCurrent, emptyDiff, restoreBefore } from './diff.ts';

export function performCuration(graph: Graph, state: LogState, request: CurationRequest, provenance: Provenance): OperationEntry {
  const id = nextOpId(state);
  const base = { kind: 'op' as const, id, ...provenance };
  switch (request.op) {
    case 'merge': {
      const target = findEntity(graph, request.target), other = findEntity(graph, request.other);
      return { ...base, op: 'merge', target, other, diff: mergeEntities(graph, target, other) };
    }
    case 'split': {
      const target = findEntity(graph, request.target);
      const former = formerOf(graph, state, target, request.alias);
      const { diff, created } = splitEntity(graph, target, request.alias, former ?? {});
      return { ...base, op: 'split', target, alias: request.alias, created, diff };
    }
    case 'rename': {
      const target = findEntity(graph, request.target);
      return { ...base, op: 'rename', target, name: request.name, diff: renameEntity(graph, target, request.name) };
    }
    case 'retype': {
      const target = findEntity(graph, request.target);
      return { ...base, op: 'retype', target, type: request.type, diff: retypeEntity(graph, target, request.type) };
    }
    case 'reject': {
      const target = describeTarget(graph, request.target) ? request.target : findEntity(graph, request.target);
      return { ...base, op: 'reject', target, diff: rejectElement(graph, target) };
    }
    case 'accept': {
      // a rejected thing may be accepted as rejected (its restatements then leave the review queue)
      const known = (t: string) => describeTarget(graph, t) !== undefined || rejections(state).has(t);
      const target = known(request.target) ? request.target : findEntity(graph, request.target);
      const other = request.other === undefined ? undefined : known(request.other) ? request.other : findEntity(graph, request.other);
      return { ...base, op: 'accept', target, ...(other ? { other } : {}), diff: emptyDiff() };
    }
    case 'undo': {
      const op = undoTarget(state, request.undoes);
      const { diff, method } = undo(graph, state, op);
      return { ...base, op: 'undo', undoes: op.id, method, diff };
    }
  }
}

/** When `alias` came into `target` by a merge: the merged entity's id and attributes, so a split gives it back. */
function formerOf(graph: Graph, state: LogState, target: string, alias: string): { id: string; former: Record<string, unknown> } | undefined {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const op of [...state.active].reverse()) {
    if (op.op !== 'merge' || op.target !== target) continue;
    const img = op.diff.nodes.find((c) => c.key === op.other)?.before;
    if (!img) continue;
    const names = [String(img.attributes.name ?? ''), ...((img.attributes.aliases as string[] | undefined) ?? [])];
    if (names.some((n) => fold(n) === fold(alias)) && !graph.hasNode(op.other)) return { id: op.other, former: img.attributes };
  }
  return undefined;
}

function undoTarget(state: LogState, wanted: string | undefined): OperationEntry {
  if (wanted === undefined) {
    const last = state.active[state.active.length - 1];
    if (!last) throw new CurationError('nothing to undo: the log has no operation in force');
    return last;
  }
  const op = state.ops.find((o) => o.id === wanted);
  if (!op) throw new CurationError(`no operation ${wanted} in the log (see 'newsgraph curate log')`);
  if (op.op === 'undo') throw new CurationError(`operation ${wanted} is an undo; to redo, repeat the operation it undid`);
  if (state.undone.has(op.id)) throw new CurationError(`operation ${wanted} is already undone`);
  // a later operation on the same elements was built on this one: it must go first
  const keys = touched(op.diff);
  const later = state.active.filter((o) => o !== op && state.active.indexOf(o) > state.active.indexOf(op) && [...touched(o.diff)].some((k) => keys.has(k)));
  if (later.length) throw new CurationError(`operation ${later.map((o) => o.id).join(', ')} changed the same entities after ${wanted}: undo ${later.length > 1 ? 'them' : 'it'} first`);
  return op;
}

function touched(diff: GraphDiff): Set<string> {
  return new Set([...diff.nodes.map((c) => `n:${c.key}`), ...diff.edges.map((c) => `e:${c.key}`)]);
}

function undo(graph: Graph, state: LogState, op: OperationEntry): { diff: GraphDiff; method: 'restore' | 'inverse' } {
  if (diffIsCurrent(graph, op.diff)) return { diff: restoreBefore(graph, op.diff), method: 'restore' };
  switch (op.op) {
    case 'merge': {
      const img = op.diff.nodes.find((c) => c.key === op.other)?.before;
      if (!img || !graph.hasNode(op.target)) break;
      const { diff } = splitEntity(graph, op.target, String(img.attributes.name), { id: op.other, former: img.attributes });
      return { diff, method: 'inverse' };
    }
    case 'split':
      if (op.created && graph.hasNode(op.created) && graph.hasNode(op.target)) return { diff: mergeEntities(graph, op.target, op.created), method: 'inverse' };
      break;
    case 'rename': {
      const before = op.diff.nodes[0]?.before;
      if (before && graph.hasNode(op.target)) {
        // the name given by the operation leaves the aliases too, unless it was one before
        const wasAlias = Array.isArray(before.attributes.aliases) && before.attributes.aliases.includes(op.name);
        const diff = renameEntity(graph, op.target, String(before.attributes.name), wasAlias ? undefined : op.name);
        return { diff, method: 'inverse' };
      }
      break;
    }
    case 'retype': {
      const before = op.diff.nodes[0]?.before;
      if (before && graph.hasNode(op.target)) return { diff: retypeEntity(graph, op.target, String(before.attributes.type)), method: 'inverse' };
      break;
    }
    default:
      // reject and accept: what they removed comes back as it was (a reject's elements cannot have changed since)
      return { diff: restoreBefore(graph, op.diff), method: 'restore' };
  }
  void state;
  throw new CurationError(`operation ${op.id} (${op.op}) cannot be undone: the entities it changed are gone`);
}
