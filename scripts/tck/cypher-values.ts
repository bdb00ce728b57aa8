/**
 * Bridges between the engine's value model (src/cypher/values.ts) and the TCK notation:
 * actual results become TckValues to be compared and printed; parameter literals become CypherValues.
 */
import {
  NodeValue, PathValue, RelationshipValue, StoredFloat, isMap, isTemporal,
  type CypherMap, type CypherValue,
} from '../../src/cypher/values.ts';
import type { TckNode, TckRelationship, TckPathStep, TckValue } from './tck-value.ts';

/**
 * An engine result value as a TckValue. Integer = bigint, Float = number (so `1` and `1.0` differ);
 * temporal values become their string form, as the TCK writes them (`'1984-10-11'`).
 */
export function fromCypher(value: unknown): TckValue {
  if (value === null) return { kind: 'null' };
  switch (typeof value) {
    case 'boolean': return { kind: 'boolean', value };
    case 'bigint': return { kind: 'integer', value };
    case 'number': return { kind: 'float', value };
    case 'string': return { kind: 'string', value };
    case 'object': break;
    default: return { kind: 'unknown', description: `a JavaScript ${typeof value}` };
  }
  if (Array.isArray(value)) return { kind: 'list', items: value.map(fromCypher) };
  if (value instanceof StoredFloat) return { kind: 'float', value: value.value };
  if (value instanceof NodeValue) return nodeFrom(value);
  if (value instanceof RelationshipValue) return relationshipFrom(value);
  if (value instanceof PathValue) return pathFrom(value);
  if (isTemporal(value)) return { kind: 'string', value: value.toString() };
  if (isMap(value)) return { kind: 'map', entries: propertiesFrom(value) };
  const name = (value as object).constructor?.name ?? 'object';
  return { kind: 'unknown', description: `a JavaScript ${name}` };
}

function propertiesFrom(map: CypherMap): Record<string, TckValue> {
  const out: Record<string, TckValue> = {};
  for (const [k, v] of Object.entries(map)) out[k] = fromCypher(v);
  return out;
}

function nodeFrom(node: NodeValue): TckNode {
  return { kind: 'node', labels: [...node.labels], properties: propertiesFrom(node.properties) };
}

function relationshipFrom(rel: RelationshipValue): TckRelationship {
  return { kind: 'relationship', type: rel.type, properties: propertiesFrom(rel.properties) };
}

/** A path's direction per hop comes from whether the relationship starts at the node before it. */
function pathFrom(path: PathValue): TckValue {
  if (path.nodes.length !== path.relationships.length + 1) {
    return { kind: 'unknown', description: `a malformed path (${path.nodes.length} nodes, ${path.relationships.length} relationships)` };
  }
  const steps: TckPathStep[] = [];
  for (let i = 0; i < path.relationships.length; i++) {
    const rel = path.relationships[i];
    const from = path.nodes[i].key;
    const to = path.nodes[i + 1].key;
    const forward = rel.start === from && rel.end === to;
    const backward = rel.end === from && rel.start === to;
    if (!forward && !backward) {
      return { kind: 'unknown', description: `a path whose relationship ${i} does not join its nodes` };
    }
    steps.push({ relationship: relationshipFrom(rel), forward, node: nodeFrom(path.nodes[i + 1]) });
  }
  return { kind: 'path', start: nodeFrom(path.nodes[0]), steps };
}

/** A parameter written in TCK notation as the engine's value. Graph elements cannot be parameters. */
export function toCypher(value: TckValue): CypherValue {
  switch (value.kind) {
    case 'null': return null;
    case 'boolean': case 'integer': case 'float': case 'string': return value.value;
    case 'list': return value.items.map(toCypher);
    case 'map': {
      const out: CypherMap = {};
      for (const [k, v] of Object.entries(value.entries)) out[k] = toCypher(v);
      return out;
    }
    default: throw new Error(`a ${value.kind} cannot be given as a parameter`);
  }
}
