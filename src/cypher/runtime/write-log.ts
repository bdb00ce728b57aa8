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

/** A savepoint of the log (`mark`), to undo what was written after it (`rollbackTo`). */
export interface LogMark {
  undo: number; created: number; lastKeys: number; stats: WriteStats; deletedNodes: number; deletedRels: number;
}

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
    this.replay(0, 0, 0);
    this.undo = [];
    this.created = [];
  }

  mark(): LogMark {
    return {
      undo: this.undo.length, created: this.created.length, lastKeys: this.created[this.created.length - 1]?.keys.length ?? 0,
      stats: { ...this.stats }, deletedNodes: this.dn?.size ?? 0, deletedRels: this.dr?.size ?? 0,
    };
  }

  /** Undoes the writes made since `m` (statistics included), keeping the ones before. */
  rollbackTo(m: LogMark): void {
    this.replay(m.undo, m.created, m.lastKeys);
    this.undo.length = m.undo;
    this.created.length = m.created;
    if (m.created > 0) this.created[m.created - 1].keys.length = m.lastKeys;
    if (!Object.isFrozen(this.stats)) Object.assign(this.stats, m.stats); // the shared read-only log never changes
    const trim = (set: Set<string> | null, size: number): void => {
      if (!set || set.size <= size) return;
      let i = 0;
      for (const k of [...set]) if (i++ >= size) set.delete(k);
    };
    trim(this.dn, m.deletedNodes);
    trim(this.dr, m.deletedRels);
  }

  /**
   * Replays the undo entries from index `fromUndo` on, newest first; creations are interleaved (a batch
   * recorded at undo length `at` is undone after the entries ≥ at), from batch `fromCreated - 1`'s key
   * `fromKeys` on.
   */
  private replay(fromUndo: number, fromCreated: number, fromKeys: number): void {
    let c = this.created.length - 1;
    for (let i = this.undo.length; i >= fromUndo; i--) {
      while (c >= 0 && c >= fromCreated - 1 && this.created[c].at === i) {
        const batch = this.created[c];
        const first = c === fromCreated - 1 ? fromKeys : 0;
        c--;
        for (let k = batch.keys.length - 1; k >= first; k--) {
          try { this.dropCreated(batch.kind, batch.keys[k]); } catch { /* best effort */ }
        }
      }
      if (i > fromUndo) {
        try { this.undo[i - 1](); } catch { /* best effort: keep undoing */ }
      }
    }
  }

  get hasWrites(): boolean { return this.undo.length > 0 || this.created.length > 0; }
}
