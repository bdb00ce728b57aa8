/**
 * Functions that need the graph or the engine's entity references: id, elementId, labels, type,
 * properties, keys, nodes, relationships, length, size, startNode, endNode, coalesce, exists.
 */
import { CypherError } from '../errors.ts';
import { isTemporal } from '../values.ts';
import { deletedEntity, nodeProperty, relProperty, type ExecContext } from '../runtime/context.ts';
import { NodeRef, PathRef, RelRef } from '../runtime/entities.ts';
import { isValueMap, typeError, typeName, type Row, type Value, type ValueMap } from '../runtime/value.ts';
import type { StaticType } from '../semantic/static-types.ts';

export type Fn = (row: Row, ctx: ExecContext) => Value;

const argError = (fn: string, v: Value): CypherError =>
  typeError(`Type mismatch: ${fn}() cannot take ${typeName(v)}`, 'InvalidArgumentValue');

/** Stable small integer ids for graphology keys (Neo4j's id()). */
const ids = new Map<string, bigint>();
export function entityId(prefix: 'n' | 'r', key: string): bigint {
  const k = prefix + key;
  let id = ids.get(k);
  if (id === undefined) {
    id = BigInt(ids.size);
    ids.set(k, id);
  }
  return id;
}

export function nodeLabels(ctx: ExecContext, key: string): string[] {
  if (!ctx.graph.hasNode(key)) throw deletedEntity('node', key);
  try {
    return ctx.adapter.nodeLabels(ctx.graph, key).slice();
  } catch {
    throw deletedEntity('node', key);
  }
}

export function entityProperties(ctx: ExecContext, v: NodeRef | RelRef): ValueMap {
  const out: ValueMap = {};
  if (v instanceof NodeRef) {
    if (!ctx.graph.hasNode(v.key)) throw deletedEntity('node', v.key);
    for (const k of ctx.adapter.nodePropertyKeys(ctx.graph, v.key)) out[k] = nodeProperty(ctx, v.key, k);
  } else {
    if (!ctx.graph.hasEdge(v.key)) throw deletedEntity('relationship', v.key);
    for (const k of ctx.adapter.relPropertyKeys(ctx.graph, v.key)) out[k] = relProperty(ctx, v.key, k);
  }
  return out;
}

/**
 * The argument types Neo4j 5 declares for these functions (one argument each; coalesce and exists
 * aside). An argument whose static type is known and not listed is a compile-time SyntaxError
 * (InvalidArgumentType), e.g. labels() of a path or length() of a node; an argument of unknown type is
 * checked at run time (TypeError InvalidArgumentValue).
 */
const DECLARED_ARGUMENT: Readonly<Record<string, readonly StaticType[]>> = {
  id: ['Node', 'Relationship'], elementid: ['Node', 'Relationship'],
  labels: ['Node'], type: ['Relationship'], startnode: ['Relationship'], endnode: ['Relationship'],
  properties: ['Node', 'Relationship', 'Map'], keys: ['Node', 'Relationship', 'Map'],
  nodes: ['Path'], relationships: ['Path'], rels: ['Path'], length: ['Path'], size: ['String', 'List'],
};

/** `Type mismatch: expected Node but was Path` when `name` cannot take an argument of static type `t`. */
export function graphArgumentMismatch(name: string, t: StaticType): string | undefined {
  const declared = DECLARED_ARGUMENT[name];
  if (!declared || t === 'Any' || t === 'Null' || declared.includes(t)) return undefined;
  return `Type mismatch: expected ${declared.join(' or ')} but was ${t}`;
}

/** Returns a compiled call, or undefined when the name is not one of these functions. */
export function graphFunction(name: string, args: Fn[]): Fn | undefined {
  const a0 = args[0];
  switch (name) {
    case 'id':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (v instanceof NodeRef) return entityId('n', v.key);
        if (v instanceof RelRef) return entityId('r', v.key);
        throw argError('id', v);
      };
    case 'elementid':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (v instanceof NodeRef || v instanceof RelRef) return v.key;
        throw argError('elementId', v);
      };
    case 'labels':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (v instanceof NodeRef) return nodeLabels(ctx, v.key);
        throw argError('labels', v);
      };
    case 'type':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (v instanceof RelRef) return v.type;
        throw argError('type', v);
      };
    case 'properties':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (v instanceof NodeRef || v instanceof RelRef) return entityProperties(ctx, v);
        if (isValueMap(v)) return v;
        throw argError('properties', v);
      };
    case 'keys':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (v instanceof NodeRef) return ctx.adapter.nodePropertyKeys(ctx.graph, v.key);
        if (v instanceof RelRef) return ctx.adapter.relPropertyKeys(ctx.graph, v.key);
        if (isValueMap(v)) return Object.keys(v);
        throw argError('keys', v);
      };
    case 'nodes':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (v instanceof PathRef) return v.nodes.slice();
        throw argError('nodes', v);
      };
    case 'relationships': case 'rels':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (v instanceof PathRef) return v.rels.slice();
        throw argError('relationships', v);
      };
    case 'length':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (v instanceof PathRef) return BigInt(v.rels.length);
        throw argError('length', v);
      };
    case 'size':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (typeof v === 'string') return BigInt([...v].length);
        if (Array.isArray(v)) return BigInt(v.length);
        throw argError('size', v);
      };
    case 'startnode':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (v instanceof RelRef) return new NodeRef(v.start);
        throw argError('startNode', v);
      };
    case 'endnode':
      return (row, ctx) => {
        const v = a0(row, ctx);
        if (v === null) return null;
        if (v instanceof RelRef) return new NodeRef(v.end);
        throw argError('endNode', v);
      };
    case 'coalesce':
      return (row, ctx) => {
        for (const f of args) {
          const v = f(row, ctx);
          if (v !== null) return v;
        }
        return null;
      };
    default:
      return undefined;
  }
}

export function isTemporalValue(v: Value): boolean { return isTemporal(v); }
