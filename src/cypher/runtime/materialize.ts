/** Executor values → engine values of values.ts (NodeValue, RelationshipValue, PathValue) for output. */
import { NodeValue, PathValue, RelationshipValue, isTemporal, type CypherMap, type CypherValue } from '../values.ts';
import type { ExecContext } from './context.ts';
import { isPoint } from '../../graph/point.ts';
import { NodeRef, PathRef, RelRef } from './entities.ts';
import { fromStorage } from '../storage/convert.ts';
import type { Value } from './value.ts';

export function materialize(v: Value, ctx: ExecContext): CypherValue {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => materialize(x, ctx));
  if (v instanceof NodeRef) return nodeValue(v.key, ctx);
  if (v instanceof RelRef) return relValue(v, ctx);
  if (v instanceof PathRef) return new PathValue(v.nodes.map((n) => nodeValue(n.key, ctx)), v.rels.map((r) => relValue(r, ctx)));
  if (isTemporal(v) || isPoint(v)) return v;
  const out: CypherMap = {};
  for (const k of Object.keys(v)) out[k] = materialize((v as Record<string, Value>)[k], ctx);
  return out;
}

function nodeValue(key: string, ctx: ExecContext): NodeValue {
  const { graph, adapter } = ctx;
  if (!graph.hasNode(key)) return new NodeValue(key, [], {});
  const props: CypherMap = {};
  for (const k of adapter.nodePropertyKeys(graph, key)) props[k] = fromStorage(adapter.nodeProperty(graph, key, k));
  return new NodeValue(key, adapter.nodeLabels(graph, key).slice(), props);
}

function relValue(r: RelRef, ctx: ExecContext): RelationshipValue {
  const { graph, adapter } = ctx;
  const props: CypherMap = {};
  if (graph.hasEdge(r.key)) {
    for (const k of adapter.relPropertyKeys(graph, r.key)) props[k] = fromStorage(adapter.relProperty(graph, r.key, k));
  }
  return new RelationshipValue(r.key, r.type, r.start, r.end, props);
}
