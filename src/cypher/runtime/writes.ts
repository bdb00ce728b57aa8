/**
 * Graph writes of the executor: each one updates the graph through the adapter, counts statistics and
 * records its undo action in the query's WriteLog.
 */
import { CypherError } from '../errors.ts';
import { toStorage } from '../storage/convert.ts';
import { deletedEntity, type ExecContext } from './context.ts';
import { NodeRef, RelRef } from './entities.ts';
import { isValueMap, typeError, typeName, type Value, type ValueMap } from './value.ts';
import type { CypherValue } from '../values.ts';

function storable(v: Value): unknown {
  return toStorage(v as CypherValue);
}

export function createNode(ctx: ExecContext, labels: string[], props: ValueMap): NodeRef {
  const key = ctx.newNodeKey();
  const raw: Record<string, unknown> = {};
  let n = 0;
  for (const k in props) {
    const s = storable(props[k]);
    if (s !== undefined) { raw[k] = s; n++; }
  }
  const uniq = [...new Set(labels)];
  ctx.adapter.addNode(ctx.graph, key, uniq, raw);
  ctx.log.stats.nodesCreated++;
  ctx.log.stats.labelsAdded += uniq.length;
  ctx.log.stats.propertiesSet += n;
  ctx.log.createdNode(key);
  return new NodeRef(key);
}

export function createRel(ctx: ExecContext, type: string, start: NodeRef, end: NodeRef, props: ValueMap): RelRef {
  if (!ctx.graph.hasNode(start.key)) throw deletedEntity('node', start.key);
  if (!ctx.graph.hasNode(end.key)) throw deletedEntity('node', end.key);
  const raw: Record<string, unknown> = {};
  let n = 0;
  for (const k in props) {
    const s = storable(props[k]);
    if (s !== undefined) { raw[k] = s; n++; }
  }
  const key = ctx.adapter.addRel(ctx.graph, null, start.key, end.key, type, raw);
  ctx.log.stats.relationshipsCreated++;
  ctx.log.stats.propertiesSet += n;
  ctx.log.createdRel(key);
  return new RelRef(key, type, start.key, end.key);
}

export function setProperty(ctx: ExecContext, target: Value, name: string, value: Value): void {
  if (target === null) return;
  const s = storable(value);
  if (target instanceof NodeRef) {
    if (!ctx.graph.hasNode(target.key)) throw deletedEntity('node', target.key);
    const old = ctx.adapter.nodeProperty(ctx.graph, target.key, name);
    if (s === undefined && old === undefined) return;
    ctx.adapter.setNodeProperty(ctx.graph, target.key, name, s);
    count(ctx, old, s);
    ctx.log.record(() => { if (ctx.graph.hasNode(target.key)) ctx.adapter.setNodeProperty(ctx.graph, target.key, name, old); });
    return;
  }
  if (target instanceof RelRef) {
    if (!ctx.graph.hasEdge(target.key)) throw deletedEntity('relationship', target.key);
    const old = ctx.adapter.relProperty(ctx.graph, target.key, name);
    if (s === undefined && old === undefined) return;
    ctx.adapter.setRelProperty(ctx.graph, target.key, name, s);
    count(ctx, old, s);
    ctx.log.record(() => { if (ctx.graph.hasEdge(target.key)) ctx.adapter.setRelProperty(ctx.graph, target.key, name, old); });
    return;
  }
  throw typeError(`Type mismatch: expected Node or Relationship but was ${typeName(target)}`, 'InvalidArgumentType');
}

/** As Neo4j counts: every property write is a property set, a removal too; removals are also counted apart. */
function count(ctx: ExecContext, old: unknown, now: unknown): void {
  ctx.log.stats.propertiesSet++;
  if (now === undefined && old !== undefined) ctx.log.stats.propertiesRemoved++;
}

/** The properties a SET `=` / `+=` takes from its right side: a map, node or relationship. */
export function propertiesFrom(ctx: ExecContext, v: Value, entityProps: (e: NodeRef | RelRef) => ValueMap): ValueMap | null {
  if (v === null) return null;
  if (isValueMap(v)) return v;
  if (v instanceof NodeRef || v instanceof RelRef) return entityProps(v);
  throw typeError(`Type mismatch: expected a map but was ${typeName(v)}`, 'InvalidArgumentType');
}

export function propertyKeys(ctx: ExecContext, target: NodeRef | RelRef): string[] {
  return target instanceof NodeRef
    ? ctx.adapter.nodePropertyKeys(ctx.graph, target.key)
    : ctx.adapter.relPropertyKeys(ctx.graph, target.key);
}

export function setLabels(ctx: ExecContext, target: Value, labels: string[], add: boolean): void {
  if (target === null) return;
  if (!(target instanceof NodeRef)) throw typeError(`Type mismatch: expected Node but was ${typeName(target)}`, 'InvalidArgumentType');
  if (!ctx.graph.hasNode(target.key)) throw deletedEntity('node', target.key);
  const old = ctx.adapter.nodeLabels(ctx.graph, target.key).slice();
  let next = old.slice();
  let changed = 0;
  for (const l of labels) {
    if (add && !next.includes(l)) { next.push(l); changed++; }
    if (!add && next.includes(l)) { next = next.filter((x) => x !== l); changed++; }
  }
  if (changed === 0) return;
  ctx.adapter.setNodeLabels(ctx.graph, target.key, next);
  if (add) ctx.log.stats.labelsAdded += changed;
  else ctx.log.stats.labelsRemoved += changed;
  ctx.log.record(() => { if (ctx.graph.hasNode(target.key)) ctx.adapter.setNodeLabels(ctx.graph, target.key, old); });
}

export function deleteRel(ctx: ExecContext, rel: RelRef): void {
  const { graph, adapter } = ctx;
  if (!graph.hasEdge(rel.key)) return;
  const attrs = { ...graph.getEdgeAttributes(rel.key) };
  const type = adapter.relType(graph, rel.key, attrs);
  adapter.dropRel(graph, rel.key);
  ctx.log.stats.relationshipsDeleted++;
  ctx.log.deletedRels.add(rel.key);
  ctx.log.record(() => adapter.addRel(graph, rel.key, rel.start, rel.end, type, { ...attrs }));
}

/** Deletes a node; without detach, a node that still has relationships is an error. */
export function deleteNode(ctx: ExecContext, node: NodeRef, detach: boolean): void {
  const { graph, adapter } = ctx;
  if (!graph.hasNode(node.key)) return;
  if (graph.degree(node.key) > 0) {
    if (!detach) {
      throw new CypherError('ConstraintVerificationFailed', `Cannot delete node ${node.key}, because it still has relationships. To delete this node, you must first delete its relationships.`, 'runtime', 'DeleteConnectedNode');
    }
    const edges = graph.edges(node.key);
    for (const e of edges) {
      deleteRel(ctx, new RelRef(e, adapter.relType(graph, e), graph.source(e), graph.target(e)));
    }
  }
  const labels = adapter.nodeLabels(graph, node.key).slice();
  const attrs = { ...graph.getNodeAttributes(node.key) };
  adapter.dropNode(graph, node.key);
  ctx.log.stats.nodesDeleted++;
  ctx.log.deletedNodes.add(node.key);
  ctx.log.record(() => adapter.addNode(graph, node.key, labels, attrs));
}
