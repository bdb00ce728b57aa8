/**
 * Statistics and undo log of one query's writes. If the query fails, `rollback` replays the undo
 * actions in reverse so the graph is left as it was.
 */
import type { QueryStats } from '../../graph/result.ts';

export interface WriteStats extends QueryStats {
  nodesCreated: number; nodesDeleted: number;
  relationshipsCreated: number; relationshipsDeleted: number;
  propertiesSet: number; propertiesRemoved: number;
  labelsAdded: number; labelsRemoved: number;
}

function noop(): void {}

export class WriteLog {
  readonly stats: WriteStats = {
    nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0,
    propertiesSet: 0, propertiesRemoved: 0, labelsAdded: 0, labelsRemoved: 0,
  };
  /** Undo entries, oldest first: a function, or the key of a created node ('n') / relationship ('r'). */
  private undo: (() => void)[] = [];
  private created: { kind: 'n' | 'r'; keys: string[]; at: number }[] = [];
  /** Nodes / relationships deleted by this query (they may still be referenced by rows). */
  private dn: Set<string> | null = null;
  private dr: Set<string> | null = null;
  get deletedNodes(): Set<string> { return (this.dn ??= new Set()); }
  get deletedRels(): Set<string> { return (this.dr ??= new Set()); }

  record(action: () => void): void { this.undo.push(action); }

  /** Compact records for the common case of bulk creation (no closure per entity). */
  createdNode(key: string): void { this.pushCreated('n', key); }
  createdRel(key: string): void { this.pushCreated('r', key); }

  private pushCreated(kind: 'n' | 'r', key: string): void {
    const last = this.created[this.created.length - 1];
    if (last && last.kind === kind && last.at === this.undo.length) last.keys.push(key);
    else this.created.push({ kind, keys: [key], at: this.undo.length });
  }

  /** The graph operation that undoes a creation (given by the engine). */
  constructor(private readonly dropCreated: (kind: 'n' | 'r', key: string) => void = noop) {}

  rollback(): void {
    // interleave: a batch of creations recorded at undo length `at` is undone after entries ≥ at
    let c = this.created.length - 1;
    for (let i = this.undo.length; i >= 0; i--) {
      while (c >= 0 && this.created[c].at === i) {
        const batch = this.created[c--];
        for (let k = batch.keys.length - 1; k >= 0; k--) {
          try { this.dropCreated(batch.kind, batch.keys[k]); } catch { /* best effort */ }
        }
      }
      if (i > 0) {
        try { this.undo[i - 1](); } catch { /* best effort: keep undoing */ }
      }
    }
    this.undo = [];
    this.created = [];
  }

  get hasWrites(): boolean { return this.undo.length > 0 || this.created.length > 0; }
}
