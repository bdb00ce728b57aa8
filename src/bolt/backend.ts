/**
 * What the Bolt server executes queries against. `EngineBackend` adapts the embedded Cypher engine:
 * auto-commit queries and explicit transactions, with rollback by restoring the graph as it was before
 * the transaction's first write, and one writer at a time (a write lock held from a transaction's
 * first write until it ends).
 */
import type { CypherValue } from '../cypher/values.ts';
import { CypherError } from '../cypher/errors.ts';
import { BoltFailure } from './failure.ts';
import { SystemCatalog } from './system-queries.ts';
import { uniquenessViolation } from './unique-constraints.ts';
import { UniqueIndex, hasNodeEvents } from './unique-index.ts';
import { WriteLock } from './write-lock.ts';
import { BOLT_DEFAULTS } from './defaults.ts';
import { Rekeyer, canRekey } from './rekey.ts';
import { UndoJournal, canJournal } from './undo-journal.ts';

export interface ExecuteOptions {
  params?: Record<string, unknown>;
  readOnly?: boolean;
  timeoutMs?: number;
  maxRows?: number;
  /** Memory budget of the query (MB). */
  maxMemoryMb?: number;
}

/** The raw-value side of the Cypher engine (src/cypher/index.ts), as the Bolt server needs it. */
export interface EngineLike {
  execute(query: string, options?: ExecuteOptions): RawResult | Promise<RawResult>;
}

export interface RawResult {
  columns: string[];
  rows: CypherValue[][];
  stats?: Record<string, number | undefined>;
  /** EXPLAIN: the engine's plan as text. */
  plan?: string;
}

/** The graphology graph behind the engine: rollback restores an export of it. */
export interface GraphLike {
  export(): unknown;
  clear(): void;
  import(data: never): unknown;
  /** For uniqueness constraints: nodes and their attributes (label = `type`, or `labels`). */
  forEachNode?(cb: (key: string, attributes: Record<string, unknown>) => void): void;
}

export type QueryType = 'r' | 'w' | 'rw' | 's';

export interface BoltResult extends RawResult {
  type: QueryType;
}


export { BoltFailure };

export interface Transaction {
  readonly readOnly: boolean;
  /** Set once the transaction has written: how to undo it (a journal of its changes) … */
  journal?: UndoJournal;
  /** … or, for a graph the journal cannot wrap, the graph as it was before. */
  before?: unknown;
  holdsLock: boolean;
  /** A statement of this transaction changed the graph. */
  wrote?: boolean;
  rekey?: Rekeyer;
}

export interface BoltBackend {
  run(query: string, params: Record<string, CypherValue>, opts: { readOnly: boolean; timeoutMs?: number; tx?: Transaction }): Promise<BoltResult>;
  begin(readOnly: boolean): Transaction;
  commit(tx: Transaction): Promise<void>;
  rollback(tx: Transaction): Promise<void>;
}

/** Quick test for write clauses outside string literals and comments; a miss only costs a retry. */
const WRITE_RE = /\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH|DROP|LOAD\s+CSV|FOREACH)\b/i;
function looksLikeWrite(query: string): boolean {
  const stripped = query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
  return WRITE_RE.test(stripped);
}

const WRITE_STATS = ['nodesCreated', 'nodesDeleted', 'relationshipsCreated', 'relationshipsDeleted', 'propertiesSet', 'labelsAdded', 'labelsRemoved'];

export function queryType(r: RawResult): QueryType {
  const wrote = r.stats && WRITE_STATS.some((k) => (r.stats![k] ?? 0) > 0);
  if (!wrote) return 'r';
  return r.columns.length ? 'rw' : 'w';
}

export interface EngineBackendOptions {
  engine: EngineLike;
  graph?: GraphLike;
  /** How long a write waits for another transaction's lock (default 30 s). */
  lockTimeoutMs?: number;
  /** The lock shared with the other writers of the same graph (e.g. the HTTP API); default: its own. */
  writeLock?: WriteLock;
  catalog?: SystemCatalog;
  /** Called after a write is committed (the memory store marks itself dirty so it gets saved). */
  onWrite?: () => void;
  log?: (line: string) => void;
  /** Memory budget of each query (MB; default none). */
  maxMemoryMb?: number;
}

export class EngineBackend implements BoltBackend {
  private readonly lock: WriteLock;
  readonly catalog: SystemCatalog;
  private unique?: UniqueIndex;
  constructor(private readonly opts: EngineBackendOptions) {
    this.catalog = opts.catalog ?? new SystemCatalog();
    this.lock = opts.writeLock ?? new WriteLock();
  }

  begin(readOnly: boolean): Transaction {
    return { readOnly, holdsLock: false };
  }

  async run(query: string, params: Record<string, CypherValue>, o: { readOnly: boolean; timeoutMs?: number; tx?: Transaction }): Promise<BoltResult> {
    const system = this.catalog.handle(query, params);
    if (system) return system;
    const base: ExecuteOptions = { params, timeoutMs: o.timeoutMs, ...(this.opts.maxMemoryMb !== undefined ? { maxMemoryMb: this.opts.maxMemoryMb } : {}) };
    if (o.readOnly || !looksLikeWrite(query)) {
      try {
        const r = await this.opts.engine.execute(query, { ...base, readOnly: true });
        return { ...r, type: queryType(r) };
      } catch (err) {
        if (o.readOnly || !(err instanceof CypherError && err.kind === 'Forbidden')) throw err;
      }
    }
    return this.write(query, base, o.tx);
  }

  private async write(query: string, base: ExecuteOptions, tx: Transaction | undefined): Promise<BoltResult> {
    const timeout = this.opts.lockTimeoutMs ?? BOLT_DEFAULTS.lockTimeoutMs;
    if (tx) {
      await this.refuseBatchedTransactions(query, base);
      if (!tx.holdsLock) { await this.lock.acquire(timeout); tx.holdsLock = true; }
      if (!tx.journal && tx.before === undefined && this.opts.graph) {
        this.remember(tx);
        tx.rekey = this.rekeyer();
        tx.rekey?.start();
      }
      const r = await this.opts.engine.execute(query, { ...base, readOnly: false });
      this.checkConstraints(r);
      const type = queryType(r);
      if (type !== 'r') tx.wrote = true;
      return { ...r, type };
    }
    // auto-commit: the engine undoes a failed statement itself; a constraint violation is undone here
    await this.lock.acquire(timeout);
    const implicit: Transaction = { readOnly: false, holdsLock: false };
    const rekey = this.rekeyer();
    try {
      if (this.catalog.uniqueRules().length) this.remember(implicit);
      rekey?.start();
      const r = await this.opts.engine.execute(query, { ...base, readOnly: false });
      this.checkConstraints(r);
      rekey?.apply();
      const type = queryType(r);
      if (type !== 'r') this.opts.onWrite?.();
      return { ...r, type };
    } catch (err) {
      rekey?.stop();
      this.restore(implicit);
      throw err;
    } finally {
      implicit.journal?.commit();
      this.lock.release();
    }
  }

  /** As Neo4j: `CALL { … } IN TRANSACTIONS` commits batches of its own, so not inside an explicit transaction. */
  private async refuseBatchedTransactions(query: string, base: ExecuteOptions): Promise<void> {
    if (!/\bIN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i.test(query)) return; // cheap pre-check
    const explained = await this.opts.engine.execute(`EXPLAIN ${query}`, { params: base.params });
    if (explained.plan?.includes('TransactionalApply')) {
      throw new BoltFailure('Neo.DatabaseError.Transaction.TransactionStartFailed',
        "A query with 'CALL { ... } IN TRANSACTIONS' can only be executed in an implicit transaction, but tried to execute in an explicit transaction.");
    }
  }

  /** Uniqueness constraints recorded by DDL, checked after a statement that created or changed nodes. */
  private checkConstraints(r: RawResult): void {
    const rules = this.catalog.uniqueRules();
    const graph = this.opts.graph;
    if (!rules.length || !graph?.forEachNode) return;
    const s = r.stats ?? {};
    if (!s.nodesCreated && !s.propertiesSet && !s.labelsAdded) return;
    // an index kept by graph events costs what the statement changed; a scan costs the graph
    if (!this.unique && hasNodeEvents(graph)) this.unique = new UniqueIndex(graph);
    const violation = this.unique ? this.unique.violation(rules) : uniquenessViolation(graph as Required<Pick<GraphLike, 'forEachNode'>>, rules);
    if (violation) throw violation;
  }

  /** Starts keeping what is needed to roll `tx` back. */
  private remember(tx: Transaction): void {
    const g = this.opts.graph;
    if (!g) return;
    if (canJournal(g)) { tx.journal = new UndoJournal(g); tx.journal.start(); }
    else tx.before = g.export();
  }

  private restore(tx: Transaction): void {
    if (tx.journal) {
      if (tx.journal.tainted) this.opts.log?.('bolt: rollback may be incomplete: the transaction used a graph operation the journal does not record');
      tx.journal.rollback();
    } else if (tx.before !== undefined && this.opts.graph) {
      this.opts.graph.clear();
      this.opts.graph.import(tx.before as never);
    }
    tx.journal = undefined;
    tx.before = undefined;
  }

  private rekeyer(): Rekeyer | undefined {
    const g = this.opts.graph;
    return canRekey(g) ? new Rekeyer(g) : undefined;
  }

  async commit(tx: Transaction): Promise<void> {
    tx.journal?.commit();
    tx.journal = undefined;
    tx.rekey?.apply();
    const wrote = tx.wrote;
    this.end(tx);
    if (wrote) this.opts.onWrite?.();
  }

  async rollback(tx: Transaction): Promise<void> {
    tx.rekey?.stop();
    this.restore(tx);
    this.end(tx);
  }

  private end(tx: Transaction): void {
    tx.rekey?.stop();
    tx.rekey = undefined;
    tx.journal?.commit();
    tx.journal = undefined;
    tx.before = undefined;
    tx.wrote = false;
    if (tx.holdsLock) { tx.holdsLock = false; this.lock.release(); }
  }
}
