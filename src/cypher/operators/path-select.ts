/**
 * PathSelect: a MATCH whose path pattern has a selector (`ANY k`, `SHORTEST k`, `ALL SHORTEST`,
 * `SHORTEST k GROUPS`). For each input row the inner plan (pattern + the MATCH's WHERE: predicates filter
 * before the selection) gives the matching paths; they are partitioned by their pair of end nodes and
 * each partition keeps the selected paths, shortest first. With OPTIONAL, an input row without any path
 * comes out once with the pattern's variables null.
 */
import type { Fn } from '../expressions/graph-functions.ts';
import type { ExecContext, Operator } from '../runtime/context.ts';
import { PathRef } from '../runtime/entities.ts';
import { selectorCount } from './shortest-path.ts';
import { copyRow, type Row } from '../runtime/value.ts';

export type SelectorKind = 'any' | 'shortest' | 'allShortest' | 'shortestGroups';

export class PathSelect implements Operator {
  readonly name = 'PathSelect';
  readonly children: Operator[];
  constructor(
    readonly source: Operator, readonly inner: Operator, readonly path: string, readonly kind: SelectorKind,
    readonly k: Fn | null, readonly optional: string[] | null,
  ) { this.children = [source, inner]; }

  detail(): string {
    const k = this.k ? ' k' : '';
    return { any: `ANY${k}`, shortest: `SHORTEST${k || ' 1'}`, allShortest: 'ALL SHORTEST', shortestGroups: `SHORTEST${k} GROUPS` }[this.kind];
  }

  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    this.source.execute(ctx, arg, (row) => {
      const k = this.count(ctx, row);
      const groups = new Map<string, Row[]>();
      this.inner.execute(ctx, row, (r) => {
        const p = r[this.path];
        if (!(p instanceof PathRef)) return;
        const key = `${p.nodes[0].key}\u0000${p.nodes[p.nodes.length - 1].key}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = []));
        g.push(r);
      });
      let any = false;
      for (const g of groups.values()) {
        for (const r of this.select(g, k)) { any = true; emit(r); }
      }
      if (!any && this.optional) {
        const out: Row = copyRow(row);
        for (const v of this.optional) out[v] = null;
        emit(out);
      }
    });
  }

  private count(ctx: ExecContext, row: Row): number {
    if (!this.k) return 1;
    return selectorCount(this.k(row, ctx));
  }

  private select(rows: Row[], k: number): Row[] {
    if (this.kind === 'any') return rows.slice(0, k);
    const len = (r: Row): number => (r[this.path] as PathRef).rels.length;
    const sorted = rows.map((r, i) => ({ r, i, l: len(r) })).sort((a, b) => a.l - b.l || a.i - b.i);
    if (this.kind === 'shortest') return sorted.slice(0, k).map((x) => x.r);
    const lengths = [...new Set(sorted.map((x) => x.l))].slice(0, this.kind === 'allShortest' ? 1 : k);
    const keep = new Set(lengths);
    return sorted.filter((x) => keep.has(x.l)).map((x) => x.r);
  }
}
