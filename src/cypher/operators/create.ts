/**
 * Create: creates the nodes and relationships of CREATE patterns for every input row. Like every write
 * operator it first reads all its input (eager), so a clause never sees its own writes while matching.
 */
import { CypherError } from '../errors.ts';
import type { ExecContext, Operator } from '../runtime/context.ts';
import { NodeRef, PathRef, RelRef } from '../runtime/entities.ts';
import { copyRow, isValueMap, typeError, typeName, type Row, type ValueMap } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import { createNode, createRel } from '../runtime/writes.ts';

/** `dynLabels` / `dynType`: labels or type given at run time (`$(expr)`), added to / instead of the static ones. */
export interface CreateNodeSpec { variable: string; bound: boolean; labels: string[]; props: Fn | null; dynLabels?: (row: Row, ctx: ExecContext) => string[] }
export interface CreateRelSpec { variable: string; type: string; props: Fn | null; from: number; to: number; dynType?: (row: Row, ctx: ExecContext) => string }
export interface CreatePartSpec { nodes: CreateNodeSpec[]; rels: CreateRelSpec[]; path: string | null; merge?: boolean }

function evalProps(fn: Fn | null, row: Row, ctx: ExecContext, merge = false): ValueMap {
  if (!fn) return {};
  const v = fn(row, ctx);
  if (v === null) return {};
  if (!isValueMap(v)) throw typeError(`Properties must be a map, got ${typeName(v)}`);
  if (merge) {
    for (const k in v) {
      if (v[k] === null) {
        throw new CypherError('SemanticError', `Cannot merge the following node because of null property value for '${k}'`, 'runtime', 'MergeReadOwnWrites');
      }
    }
  }
  return v;
}

/** Creates one pattern part in `row` (mutated: new variables are set on it). */
export function createPart(ctx: ExecContext, part: CreatePartSpec, row: Row): void {
  const nodes: NodeRef[] = [];
  for (const n of part.nodes) {
    if (n.bound) {
      const v = row[n.variable];
      if (!(v instanceof NodeRef)) {
        if (v === null || v === undefined) {
          throw new CypherError('SemanticError', `Failed to create relationship, node '${n.variable}' is null`, 'runtime', 'CreateNodeNull');
        }
        throw typeError(`Type mismatch: expected Node but was ${typeName(v)}`, 'VariableTypeConflict');
      }
      nodes.push(v);
    } else {
      const labels = n.dynLabels ? [...new Set([...n.labels, ...n.dynLabels(row, ctx)])] : n.labels;
      const node = createNode(ctx, labels, evalProps(n.props, row, ctx, part.merge));
      row[n.variable] = node;
      nodes.push(node);
    }
  }
  const rels: RelRef[] = [];
  for (const r of part.rels) {
    const rel = createRel(ctx, r.dynType ? r.dynType(row, ctx) : r.type, nodes[r.from], nodes[r.to], evalProps(r.props, row, ctx, part.merge));
    row[r.variable] = rel;
    rels.push(rel);
  }
  if (part.path) row[part.path] = new PathRef(nodes, rels);
}

export class Create implements Operator {
  readonly name = 'Create';
  readonly children: Operator[];
  /** Set by the planner when nothing upstream can read what this creates: rows flow through without buffering. */
  streaming = false;
  /** Set by the planner when no later clause reads the rows (a query ending in CREATE). */
  discard = false;
  constructor(readonly source: Operator, readonly parts: CreatePartSpec[]) { this.children = [source]; }
  detail(): string {
    return this.parts.map((p) => p.nodes.filter((n) => !n.bound).map((n) => `(${n.variable.trim()}${n.labels.map((l) => ':' + l).join('')})`).join(', ')).join(', ');
  }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    if (this.streaming) {
      this.source.execute(ctx, arg, (r) => {
        const row = this.discard ? r : copyRow(r);
        for (const part of this.parts) createPart(ctx, part, row);
        if (!this.discard) emit(row);
      });
      return;
    }
    const input: Row[] = [];
    this.source.execute(ctx, arg, (row) => { input.push(row); });
    const output: Row[] = [];
    for (const r of input) {
      const row = copyRow(r);
      for (const part of this.parts) createPart(ctx, part, row);
      output.push(row);
    }
    for (const row of output) emit(row);
  }
}
