/**
 * Merge: for each input row, matches the pattern; when nothing matches, creates it. ON MATCH / ON CREATE
 * actions run on the matched / created rows. Rows are handled one by one, so a later row sees what an
 * earlier one created.
 */
import type { ExecContext, Operator } from '../runtime/context.ts';
import { copyRow, type Row } from '../runtime/value.ts';
import { createPart, type CreatePartSpec } from './create.ts';
import type { RowAction } from './set-properties.ts';

export class Merge implements Operator {
  readonly name = 'Merge';
  readonly children: Operator[];
  constructor(
    readonly source: Operator,
    readonly match: Operator,
    readonly create: CreatePartSpec,
    readonly onMatch: RowAction[],
    readonly onCreate: RowAction[],
  ) { this.children = [source, match]; }
  detail(): string { return ''; }
  execute(ctx: ExecContext, arg: Row, emit: (row: Row) => void): void {
    const input: Row[] = [];
    this.source.execute(ctx, arg, (row) => { input.push(row); });
    const output: Row[] = [];
    for (const row of input) {
      const matched: Row[] = [];
      this.match.execute(ctx, row, (r) => { matched.push(r); });
      if (matched.length > 0) {
        for (const r of matched) for (const a of this.onMatch) a(r, ctx);
        output.push(...matched);
      } else {
        const r = copyRow(row);
        createPart(ctx, this.create, r);
        for (const a of this.onCreate) a(r, ctx);
        output.push(r);
      }
    }
    for (const row of output) emit(row);
  }
}
