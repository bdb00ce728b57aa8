/**
 * Reading a JSON snapshot back (`newsgraph import`): graphology's serialised form, checked before
 * anything is loaded. Errors name the file and what is wrong (`graph.json: nodes[3] ("company:x"):
 * attribute "aliases" is a map; …`); up to MAX_PROBLEMS are listed. The format marker
 * (`attributes.format`) is optional on import — any graphology export of a Newsgraph-shaped graph
 * loads — but when present it must be Newsgraph's.
 *
 * Rules: an object with a `nodes` array (and `edges` array, optional); node keys unique strings (numbers
 * are accepted and turned into strings); every node has an attribute `type` (its label), every edge
 * a `type` (its relationship type) and existing `source`/`target`; edge keys unique; edges directed
 * (Newsgraph graphs are directed multi-graphs); attribute values Neo4j-storable: strings, finite
 * numbers, booleans, or lists of them (null and undefined are dropped).
 */
import { pointFromJson } from '../graph/point.ts';
import type { Snapshot } from '../graph/model.ts';
import { SNAPSHOT_FORMAT } from './types.ts';

const MAX_PROBLEMS = 5;

export class SnapshotError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    const more = problems.length > MAX_PROBLEMS ? ` (and ${problems.length - MAX_PROBLEMS} more problems)` : '';
    super(`${file}: not a valid graph snapshot: ${problems.slice(0, MAX_PROBLEMS).join('; ')}${more}`);
    this.name = 'SnapshotError';
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a map' : typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The attribute problem, or undefined when the value is storable. */
function valueProblem(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `is ${value} (not a finite number)`;
  if (Array.isArray(value)) {
    const kinds = new Set<string>();
    for (const item of value) {
      if (item === null || item === undefined) continue;
      const problem = valueProblem(item);
      if (problem || Array.isArray(item)) return `is a list holding ${describe(item)}${problem && !Array.isArray(item) && typeof item !== 'object' ? ` that ${problem}` : ''}`;
      kinds.add(typeof item);
    }
    return kinds.size > 1 ? `is a list mixing ${[...kinds].sort().join(' and ')} (lists must be homogeneous)` : undefined;
  }
  return `is ${describe(value)}; values must be strings, numbers, booleans or lists of them`;
}

function cleanAttributes(attributes: unknown, where: string, problems: string[]): Record<string, unknown> {
  if (attributes === undefined) return {};
  if (!isRecord(attributes)) {
    problems.push(`${where}: "attributes" is ${describe(attributes)}, expected a map`);
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    // a point's JSON form ({latitude, longitude, srid} / {x, y, srid}) is a point again
    const point = pointFromJson(value);
    if (point) { out[name] = point; continue; }
    const problem = valueProblem(value);
    if (problem) problems.push(`${where}: attribute "${name}" ${problem}`);
    else out[name] = Array.isArray(value) ? value.filter((v) => v !== null && v !== undefined) : value;
  }
  return out;
}

function keyOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Parses and validates a snapshot; throws SnapshotError naming the file and the problems. */
export function parseSnapshot(json: string, file: string): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new SnapshotError(file, [`not valid JSON (${(error as Error).message})`]);
  }
  return validateSnapshot(data, file);
}

export function validateSnapshot(data: unknown, file: string): Snapshot {
  const problems: string[] = [];
  if (!isRecord(data)) throw new SnapshotError(file, [`the top level is ${describe(data)}, expected a map with "nodes" and "edges"`]);
  if (!Array.isArray(data.nodes)) throw new SnapshotError(file, [data.nodes === undefined ? 'no "nodes" list' : `"nodes" is ${describe(data.nodes)}, expected a list`]);
  if (data.edges !== undefined && !Array.isArray(data.edges)) throw new SnapshotError(file, [`"edges" is ${describe(data.edges)}, expected a list`]);

  const attributes = data.attributes === undefined ? {} : data.attributes;
  if (!isRecord(attributes)) throw new SnapshotError(file, [`"attributes" is ${describe(attributes)}, expected a map`]);
  if (attributes.format !== undefined && attributes.format !== SNAPSHOT_FORMAT) {
    problems.push(`"attributes.format" is ${JSON.stringify(attributes.format)}, expected "${SNAPSHOT_FORMAT}" (or none)`);
  }
  const options = data.options;
  if (options !== undefined) {
    if (!isRecord(options)) problems.push(`"options" is ${describe(options)}, expected a map`);
    else if (options.type !== undefined && options.type !== 'directed' && options.type !== 'mixed') {
      problems.push(`"options.type" is ${JSON.stringify(options.type)}: Newsgraph graphs are directed`);
    }
  }

  const nodes: Snapshot['nodes'] = [];
  const keys = new Set<string>();
  data.nodes.forEach((node: unknown, i: number) => {
    if (!isRecord(node)) return void problems.push(`nodes[${i}] is ${describe(node)}, expected {key, attributes}`);
    const key = keyOf(node.key);
    if (key === undefined) return void problems.push(`nodes[${i}] has no "key" (a string)`);
    const where = `nodes[${i}] (${JSON.stringify(key)})`;
    if (keys.has(key)) problems.push(`${where}: duplicate node key`);
    keys.add(key);
    const attrs = cleanAttributes(node.attributes, where, problems);
    if (typeof attrs.type !== 'string' || !attrs.type) problems.push(`${where}: no attribute "type" (the node's label, e.g. "Company")`);
    nodes.push({ key, attributes: attrs });
  });

  const edges: Snapshot['edges'] = [];
  const edgeKeys = new Set<string>();
  ((data.edges ?? []) as unknown[]).forEach((edge, i) => {
    if (!isRecord(edge)) return void problems.push(`edges[${i}] is ${describe(edge)}, expected {key, source, target, attributes}`);
    const key = edge.key === undefined ? undefined : keyOf(edge.key);
    const where = `edges[${i}]${key !== undefined ? ` (${JSON.stringify(key)})` : ''}`;
    if (edge.key !== undefined && key === undefined) problems.push(`${where}: "key" is ${describe(edge.key)}, expected a string`);
    if (key !== undefined) {
      if (edgeKeys.has(key)) problems.push(`${where}: duplicate edge key`);
      edgeKeys.add(key);
    }
    const source = keyOf(edge.source);
    const target = keyOf(edge.target);
    if (source === undefined) problems.push(`${where}: no "source"`);
    else if (!keys.has(source)) problems.push(`${where}: source ${JSON.stringify(source)} is not a node`);
    if (target === undefined) problems.push(`${where}: no "target"`);
    else if (!keys.has(target)) problems.push(`${where}: target ${JSON.stringify(target)} is not a node`);
    if (edge.undirected === true) problems.push(`${where}: undirected edge; Newsgraph graphs are directed`);
    const attrs = cleanAttributes(edge.attributes, where, problems);
    if (typeof attrs.type !== 'string' || !attrs.type) problems.push(`${where}: no attribute "type" (the relationship type, e.g. "INVESTS_IN")`);
    const out: Snapshot['edges'][number] = { source: source ?? '', target: target ?? '', attributes: attrs };
    if (key !== undefined) out.key = key;
    edges.push(out);
  });

  if (problems.length) throw new SnapshotError(file, problems);
  return {
    attributes: { ...attributes, format: SNAPSHOT_FORMAT },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}
