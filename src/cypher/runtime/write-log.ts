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

export class WriteLog {
  readonly stats: WriteStats = {
    nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0,
    propertiesSet: 0, propertiesRemoved: 0, labelsAdded: 0, labelsRemoved: 0,
  };
  private undo: (() => void)[] = [];
  /** Nodes / relationships deleted by this query (they may still be referenced by rows). */
  private dn: Set<string> | null = null;
  private dr: Set<string> | null = null;
  get deletedNodes(): Set<string> { return (this.dn ??= new Set()); }
  get deletedRels(): Set<string> { return (this.dr ??= new Set()); }

  record(action: () => void): void { this.undo.push(action); }

  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) {
      try { this.undo[i](); } catch { /* best effort: keep undoing */ }
    }
    this.undo = [];
  }

  get hasWrites(): boolean { return this.undo.length > 0; }
}
