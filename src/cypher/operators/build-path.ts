/** BuildPath: binds a path variable from the node and relationship columns of a matched pattern. */
import type { ExecContext, Operator } from '../runtime/context.ts';
import { NodeRef, PathRef, RelRef } from '../runtime/entities.ts';
import { extendRow, type Row } from '../runtime/value.ts';

/** One step of the path: a single relationship column, or a var-length list with its nodes column. */
export type PathStep = { rel: string; nodes: string | null };

export class BuildPath implements Operator {
  readonly name = 'Projection';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly variable: string, readonly firstNode: string, readonly steps: PathStep[], readonly nodeCols: string[]) {
    this.children = [source];
  }
  detail(): string { return `path ${this.variable}`; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    this.source.execute(ctx, arg, (row) => {
      const first = row[this.firstNode];
      if (!(first instanceof NodeRef)) { emit(extendRow(row, this.variable, null)); return; }
      const nodes: NodeRef[] = [first];
      const rels: RelRef[] = [];
      for (let i = 0; i < this.steps.length; i++) {
        const s = this.steps[i];
        const r = row[s.rel];
        if (r instanceof RelRef) {
          rels.push(r);
          nodes.push(row[this.nodeCols[i + 1]] as NodeRef);
        } else if (Array.isArray(r)) {
          const ns = s.nodes ? (row[s.nodes] as NodeRef[]) : [];
          for (const x of r) rels.push(x as RelRef);
          for (let j = 1; j < ns.length; j++) nodes.push(ns[j]);
          if (!s.nodes) nodes.push(row[this.nodeCols[i + 1]] as NodeRef);
        } else { emit(extendRow(row, this.variable, null)); return; }
      }
      emit(extendRow(row, this.variable, new PathRef(nodes, rels)));
    });
  }
}
