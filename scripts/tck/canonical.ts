/**
 * Equality of TCK values, by value AND type, through canonical keys: two values are equal exactly
 * when their keys are equal. An Integer never equals a Float (`1` ≠ `1.0`), NaN equals NaN (the TCK
 * writes it as an expected value), labels are a set, map keys are unordered, lists are ordered
 * unless the scenario says "ignoring element order for lists" (then at every depth).
 * Also prints values back in TCK notation for failure messages.
 */
import type { TckNode, TckRelationship, TckValue } from './tck-value.ts';

export interface CompareOptions { unorderedLists?: boolean }

let unknownCount = 0;

export function canonicalKey(value: TckValue, options: CompareOptions = {}): string {
  const key = (v: TckValue): string => canonicalKey(v, options);
  switch (value.kind) {
    case 'null': return 'null';
    case 'boolean': return String(value.value);
    case 'integer': return `i${value.value}`;
    case 'float': return `f${floatKey(value.value)}`;
    case 'string': return `s${JSON.stringify(value.value)}`;
    case 'list': {
      const items = value.items.map(key);
      if (options.unorderedLists) items.sort();
      return `[${items.join(',')}]`;
    }
    case 'map': return mapKey(value.entries, options);
    case 'node': return nodeKey(value, options);
    case 'relationship': return relationshipKey(value, options);
    case 'path':
      return `<${nodeKey(value.start, options)}${value.steps.map((s) =>
        `${s.forward ? '-' : '<-'}${relationshipKey(s.relationship, options)}${s.forward ? '->' : '-'}${nodeKey(s.node, options)}`).join('')}>`;
    case 'unknown': return `?${value.description}#${++unknownCount}`; // equal to nothing, not even itself
  }
}

function floatKey(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === 0) return '0'; // -0.0 = 0.0, as in Cypher
  return String(n);
}

function mapKey(entries: Record<string, TckValue>, options: CompareOptions): string {
  const keys = Object.keys(entries).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalKey(entries[k], options)}`).join(',')}}`;
}

function nodeKey(node: TckNode, options: CompareOptions): string {
  return `(${[...node.labels].sort().map((l) => JSON.stringify(l)).join(':')}${mapKey(node.properties, options)})`;
}

function relationshipKey(rel: TckRelationship, options: CompareOptions): string {
  return `[${JSON.stringify(rel.type)}${mapKey(rel.properties, options)}]`;
}

export function tckEquals(a: TckValue, b: TckValue, options: CompareOptions = {}): boolean {
  return canonicalKey(a, options) === canonicalKey(b, options);
}

/** TCK notation, as a scenario would write the value (types visible: `1` vs `1.0`). */
export function formatTck(value: TckValue): string {
  switch (value.kind) {
    case 'null': return 'null';
    case 'boolean': return String(value.value);
    case 'integer': return String(value.value);
    case 'float': return formatFloat(value.value);
    case 'string': return `'${value.value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    case 'list': return `[${value.items.map(formatTck).join(', ')}]`;
    case 'map': return formatMap(value.entries) || '{}';
    case 'node': return formatNode(value);
    case 'relationship': return formatRelationship(value);
    case 'path':
      return `<${formatNode(value.start)}${value.steps.map((s) =>
        `${s.forward ? '-' : '<-'}${formatRelationship(s.relationship)}${s.forward ? '->' : '-'}${formatNode(s.node)}`).join('')}>`;
    case 'unknown': return `<<${value.description}>>`;
  }
}

function formatFloat(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Inf';
  if (n === -Infinity) return '-Inf';
  const s = String(n);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

function formatMap(entries: Record<string, TckValue>): string {
  const keys = Object.keys(entries);
  if (keys.length === 0) return '';
  return `{${keys.map((k) => `${/^[\p{L}_][\p{L}\p{N}_]*$/u.test(k) ? k : `\`${k}\``}: ${formatTck(entries[k])}`).join(', ')}}`;
}

function formatNode(node: TckNode): string {
  const props = formatMap(node.properties);
  return `(${node.labels.map((l) => `:${l}`).join('')}${props && node.labels.length ? ' ' : ''}${props})`;
}

function formatRelationship(rel: TckRelationship): string {
  const props = formatMap(rel.properties);
  return `[:${rel.type}${props ? ' ' : ''}${props}]`;
}
