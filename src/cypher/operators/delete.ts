/**
 * Delete: DELETE / DETACH DELETE of nodes, relationships and paths. Relationships go first, then nodes,
 * so `MATCH (n)-[r]-() DELETE n, r` works; a node that still has relationships without DETACH fails.
 */
import type { ExecContext, Operator } from '../runtime/context.ts';
import { NodeRef, PathRef, RelRef } from '../runtime/entities.ts';
import { typeError, typeName, type Row } from '../runtime/value.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import { deleteNode, deleteRel } from '../runtime/writes.ts';

export class Delete implements Operator {
  readonly name = 'Delete';
  readonly children: Operator[];
  constructor(readonly source: Operator, readonly targets: Fn[], readonly detach: boolean) { this.children = [source]; }
  detail(): string { return this.detach ? 'detach' : ''; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const input: Row[] = [];
    this.source.execute(ctx, arg, (row) => { input.push(row); });
    const nodes = new Map<string, NodeRef>();
    const rels = new Map<string, RelRef>();
    for (const row of input) {
      for (const f of this.targets) {
        const v = f(row, ctx);
        if (v === null) continue;
        if (v instanceof NodeRef) nodes.set(v.key, v);
        else if (v instanceof RelRef) rels.set(v.key, v);
        else if (v instanceof PathRef) {
          for (const r of v.rels) rels.set(r.key, r);
          for (const n of v.nodes) nodes.set(n.key, n);
        } else throw typeError(`Type mismatch: expected Node, Relationship or Path but was ${typeName(v)}`, 'InvalidArgumentType');
      }
    }
    for (const r of rels.values()) deleteRel(ctx, r);
    for (const n of nodes.values()) deleteNode(ctx, n, this.detach);
    for (const row of input) emit(row);
  }
}
