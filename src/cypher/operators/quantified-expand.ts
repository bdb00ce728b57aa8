/**
 * QuantifiedExpand: a quantified path pattern `((a)-[r:T]->(b) WHERE …){min,max}` from a bound node.
 * One iteration is an ordinary plan (`iteration`) run with the group's first node bound to the current
 * node; iterations chain end to start, depth-first, with relationships unique along the whole path and
 * against the other relationships of the MATCH. Each variable named inside the group is bound to the
 * list of its values, one per iteration (Neo4j's group variables); hidden columns keep every
 * relationship and node along the way for path variables and uniqueness checks.
 */
import { tick, type ExecContext, type Operator } from '../runtime/context.ts';
import { NodeRef, RelRef } from '../runtime/entities.ts';
import { extendRow, copyRow, typeError, typeName, type Row, type Value } from '../runtime/value.ts';
import type { NodeCheck } from './node-check.ts';
import { relUsed } from './expand.ts';

/** The columns of one iteration's rows the operator reads. */
export interface IterationShape {
  /** The group's first and last node variables. */
  first: string;
  last: string;
  /** Its relationship variables in pattern order, and its node variables after the first. */
  rels: string[];
  nodes: string[];
  /** The variables named in the group: each becomes a list in the output row. */
  groupVars: string[];
}

interface Step { rels: RelRef[]; nodes: NodeRef[]; values: Value[]; end: NodeRef }

export class QuantifiedExpand implements Operator {
  readonly name = 'QuantifiedExpand';
  readonly children: Operator[];
  constructor(
    readonly source: Operator,
    readonly iteration: Operator,
    readonly shape: IterationShape,
    readonly from: string,
    readonly to: string,
    readonly toBound: boolean,
    readonly toCheck: NodeCheck | null,
    readonly min: number,
    readonly max: number,
    /** Hidden columns: every relationship along the matched span, and its nodes (first included). */
    readonly relsColumn: string,
    readonly nodesColumn: string | null,
    readonly uniqueWith: string[],
    /** true when the group is matched from its right end: lists are reversed on output. */
    readonly reversed = false,
  ) {
    this.children = [source, iteration];
  }

  detail(): string {
    const max = Number.isFinite(this.max) ? String(this.max) : '';
    return `(${this.from.trim()}) (…){${this.min},${max}} (${this.to.trim()})`;
  }

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const { shape, min, max } = this;
    this.source.execute(ctx, arg, (row) => {
      const start = row[this.from];
      if (start === null || start === undefined) return;
      if (!(start instanceof NodeRef)) throw typeError(`Type mismatch: expected Node but was ${typeName(start)}`, 'VariableTypeConflict');
      const target = this.toBound ? row[this.to] : undefined;
      if (this.toBound && !(target instanceof NodeRef)) return;
      const rels: RelRef[] = [];
      const nodes: NodeRef[] = [start];
      const lists: Value[][] = shape.groupVars.map(() => []);

      const finish = (end: NodeRef): void => {
        if (target instanceof NodeRef && target.key !== end.key) return;
        if (this.toCheck && !this.toCheck(end.key, row, ctx)) return;
        const out: Row = copyRow(row);
        const copy = <T>(xs: T[]): T[] => (this.reversed ? xs.slice().reverse() : xs.slice());
        shape.groupVars.forEach((v, i) => { out[v] = copy(lists[i]); });
        out[this.relsColumn] = copy(rels);
        if (this.nodesColumn) out[this.nodesColumn] = copy(nodes);
        if (!this.toBound) out[this.to] = end;
        emit(out);
      };

      const walk = (done: number, current: NodeRef): void => {
        tick(ctx);
        if (done >= min) finish(current);
        if (done >= max) return;
        // read the iteration's rows out first: its operators may reuse row objects
        const steps: Step[] = [];
        this.iteration.execute(ctx, extendRow(row, shape.first, current), (r) => {
          const end = r[shape.last];
          if (!(end instanceof NodeRef)) return;
          steps.push({
            rels: shape.rels.map((v) => r[v] as RelRef),
            nodes: shape.nodes.map((v) => r[v] as NodeRef),
            values: shape.groupVars.map((v) => r[v] ?? null),
            end,
          });
        });
        for (const s of steps) {
          if (s.rels.some((x) => rels.some((y) => y.key === x.key) || relUsed(row, this.uniqueWith, x.key))) continue;
          rels.push(...s.rels);
          nodes.push(...s.nodes);
          s.values.forEach((v, i) => lists[i].push(v));
          walk(done + 1, s.end);
          rels.length -= s.rels.length;
          nodes.length -= s.nodes.length;
          for (const l of lists) l.pop();
        }
      };
      walk(0, start);
    });
  }
}
