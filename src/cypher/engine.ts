/**
 * CypherEngine: parse → semantic checks → plan → execute, over a graphology graph.
 * Plans are cached by query text. A failing query is rolled back through the write log, so the graph is
 * left unchanged; compile errors are raised before any row is produced or any write made.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { QueryOptions, QueryResult } from '../graph/result.ts';
import { CypherError } from './errors.ts';
import { parse } from './parser.ts';
import { planQuery, type Plan } from './planner/plan-query.ts';
import { explainPlan } from './planner/explain.ts';
import { domainAdapter, type GraphAdapter } from './storage/adapter.ts';
import { GraphIndexes } from './storage/indexes.ts';
import { detachColumnarStores } from './columnar/store.ts';
import type { ExecContext } from './runtime/context.ts';
import { enterGuard, makeGuard, restoreGuard, type QueryGuard } from './runtime/guard.ts';
import { WriteLog, type WriteStats } from './runtime/write-log.ts';
import { ProcedureRegistry, type ProcedureField } from './runtime/procedures.ts';
import { materialize } from './runtime/materialize.ts';
import type { Row, Value } from './runtime/value.ts';
import type { CypherValue } from './values.ts';
import { fromJsValue, toJsonValue } from './json.ts';
import { Project } from './operators/project.ts';
import type { Fn } from './expressions/graph-functions.ts';

export interface EngineOptions {
  adapter?: GraphAdapter;
  /**
   * `neo4j` (default): Cypher 9 pattern expressions are also values, lists of paths, as in Neo4j 4
   * (`size((a)-->())`, `[p IN (a)-->() | …]`). `opencypher`: only predicates, as the openCypher TCK and
   * Neo4j 5 require (`npm run tck` runs in this dialect).
   */
  dialect?: 'neo4j' | 'opencypher';
  /**
   * Columnar read paths (columnar/: CSR adjacency, numeric columns, vectorised aggregation, bidirectional
   * shortest path) for the queries they fit; default true. False runs every query row at a time.
   */
  columnar?: boolean;
}

export interface ExecuteResult { columns: string[]; rows: CypherValue[][]; stats: WriteStats; plan?: string }

/** A procedure given by the host: plain engine values in and out (the TCK's test procedures). */
export interface HostProcedure {
  name: string;
  inputs: ProcedureField[];
  outputs: ProcedureField[];
  call(args: CypherValue[]): CypherValue[][];
}

/**
 * A read-only plan whose root is a projection of exactly the result columns: the engine evaluates the
 * projection itself straight into output arrays (no intermediate row object per result row). Reading
 * plans never change the graph, so materialising while rows are produced sees the same graph as after.
 */
interface DirectOutput { source: Plan['root']; fns: Fn[] }
interface CachedPlan { plan: Plan; order: number; explain: boolean; direct: DirectOutput | null; stable: boolean }

/** Whether an operator tree calls a procedure (a host procedure may change the graph). */
function callsProcedure(op: Plan['root']): boolean {
  if (op.name === 'ProcedureCall') return true;
  for (const c of op.children) if (callsProcedure(c)) return true;
  return false;
}

function directOutput(plan: Plan): DirectOutput | null {
  const root = plan.root;
  if (plan.writes || !(root instanceof Project) || root.keep) return null;
  const items = root.items;
  const columns = plan.columns;
  if (items.length !== columns.length) return null;
  for (let i = 0; i < items.length; i++) if (items[i][0] !== columns[i]) return null;
  return { source: root.source, fns: items.map(([, f]) => f) };
}

const PLAN_CACHE_SIZE = 500;

/** Shared by read-only plans: they never write, so its statistics stay zero. */
const READ_LOG = new WriteLog();
Object.freeze(READ_LOG.stats);

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** Limits JavaScript itself hits (stack depth, string and array sizes) as the engine's own errors. */
function hostLimitError(e: unknown): unknown {
  if (!(e instanceof RangeError)) return e;
  if (isStackOverflow(e)) return new CypherError('ArgumentError', 'The query built values nested too deeply', 'runtime', 'NestingTooDeep');
  if (/Invalid (string|array|typed array) length|Array buffer allocation failed/i.test(e.message)) {
    return new CypherError('MemoryLimit', `The query built a value too large to hold (${e.message})`, 'runtime', 'MemoryLimit');
  }
  return e;
}

export class CypherEngine {
  readonly adapter: GraphAdapter;
  private readonly patternValues: boolean;
  private readonly indexes: GraphIndexes;
  private readonly procedures = new ProcedureRegistry();
  private readonly cache = new Map<string, CachedPlan>();
  private readonly columnar: boolean;
  private nodeCounter = 0;
  private relCounter = 0;

  private readonly newNodeKey = (): string => {
    let k: string;
    do k = `_n${this.nodeCounter++}`; while (this.graph.hasNode(k));
    return k;
  };

  private readonly newRelKey = (): string => {
    let k: string;
    do k = `_r${this.relCounter++}`; while (this.graph.hasEdge(k));
    return k;
  };

  private readonly dropCreated = (kind: 'n' | 'r', key: string): void => {
    if (kind === 'n') { if (this.graph.hasNode(key)) this.adapter.dropNode(this.graph, key); }
    else if (this.graph.hasEdge(key)) this.adapter.dropRel(this.graph, key);
  };

  constructor(readonly graph: MultiDirectedGraph, options: EngineOptions = {}) {
    this.adapter = options.adapter ?? domainAdapter;
    this.patternValues = (options.dialect ?? 'neo4j') === 'neo4j';
    this.indexes = new GraphIndexes(graph, this.adapter);
    this.columnar = options.columnar ?? true;
  }

  registerProcedure(p: HostProcedure): void {
    this.procedures.register({
      name: p.name, inputs: p.inputs, outputs: p.outputs,
      call: (ctx, args) => p.call(args.map((a) => materialize(a, ctx))) as Value[][],
    });
    this.cache.clear();
  }

  private plan(query: string): CachedPlan {
    const order = this.graph.order;
    const hit = this.cache.get(query);
    if (hit && hit.order * 2 + 16 > order && order * 2 + 16 > hit.order) return hit;
    const ast = parse(query);
    const plan = planQuery(ast, {
      stats: {
        labelCount: (l) => this.indexes.labelCount(l),
        nodeCount: () => this.graph.order,
        avgDegree: (label, direction) => this.avgDegree(label, direction),
      },
      procedures: this.procedures,
      patternValues: this.patternValues,
    });
    const entry = { plan, order, explain: ast.explain, direct: directOutput(plan), stable: !plan.writes && !callsProcedure(plan.root) };
    if (this.cache.size >= PLAN_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(query, entry);
    return entry;
  }

  /** Average degree of (a sample of) the nodes with a label, for the planner's estimates. */
  private avgDegree(label: string | null, direction: 'out' | 'in' | 'both'): number {
    const g = this.graph;
    if (label === null) {
      const n = Math.max(1, g.order);
      return direction === 'both' ? (2 * g.size) / n : g.size / n;
    }
    let count = 0;
    let sum = 0;
    for (const key of this.indexes.nodesWithLabel(label)) {
      sum += direction === 'out' ? g.outDegree(key) : direction === 'in' ? g.inDegree(key) : g.degree(key);
      if (++count >= 200) break;
    }
    return count === 0 ? 0 : sum / count;
  }

  execute(query: string, options: QueryOptions = {}): ExecuteResult {
    const guard = makeGuard(options.timeoutMs, options.maxMemoryMb);
    const prev = enterGuard(guard);
    try {
      return this.executeGuarded(query, options, guard);
    } catch (e) {
      throw hostLimitError(e);
    } finally {
      restoreGuard(prev);
    }
  }

  private executeGuarded(query: string, options: QueryOptions, guard: QueryGuard): ExecuteResult {
    let cached: CachedPlan;
    try {
      cached = this.plan(query);
    } catch (e) {
      if (isStackOverflow(e)) throw new CypherError('SyntaxError', 'The query is nested too deeply', 'compile', 'NestingTooDeep', { offset: 0, line: 1, column: 1 });
      throw e;
    }
    const { plan, explain, direct, stable } = cached;
    if (options.readOnly && plan.writes) {
      throw new CypherError('Forbidden', 'Writing is not allowed in read-only mode', 'compile', 'ReadOnly');
    }
    const needed = plan.params;
    if (needed) for (let i = 0; i < needed.length; i++) {
      const name = needed[i];
      if (!(options.params && name in options.params)) {
        throw new CypherError('ParameterMissing', `Expected parameter(s): ${name}`, 'compile', 'MissingParameter');
      }
    }
    if (explain) {
      return { columns: [], rows: [], stats: new WriteLog().stats, plan: explainPlan(plan.root) };
    }
    const params = (options.params ?? {}) as Record<string, Value>;
    const log = plan.writes ? new WriteLog(this.dropCreated) : READ_LOG;
    const ctx: ExecContext = {
      graph: this.graph, adapter: this.adapter, indexes: this.indexes, params, log,
      procedures: this.procedures,
      deadline: guard.deadline,
      ticks: 0,
      stable,
      columnar: this.columnar,
      newNodeKey: this.newNodeKey,
      newRelKey: this.newRelKey,
    };
    const maxRows = options.maxRows ?? Infinity;
    if (direct !== null) return this.executeDirect(plan, direct, ctx, maxRows);
    const rows: Row[] = [];
    try {
      plan.root.execute(ctx, {}, (row) => {
        rows.push(row);
        if (rows.length > maxRows) {
          throw new CypherError('RowLimit', `The query returned more than ${maxRows} rows`, 'runtime', 'RowLimit');
        }
      });
      if (ctx.deadline !== Infinity && Date.now() > ctx.deadline) throw new CypherError('Timeout', 'The query exceeded its time limit', 'runtime', 'Timeout');
      const columns = plan.columns;
      const out = rows.map((r) => columns.map((c) => materialize(r[c] ?? null, ctx)));
      return { columns: columns.slice(), rows: out, stats: log.stats };
    } catch (e) {
      log.rollback();
      throw e;
    }
  }

  private executeDirect(plan: Plan, direct: DirectOutput, ctx: ExecContext, maxRows: number): ExecuteResult {
    const fns = direct.fns;
    const n = fns.length;
    const out: CypherValue[][] = [];
    direct.source.execute(ctx, {}, (row) => {
      const r = new Array<CypherValue>(n);
      for (let i = 0; i < n; i++) r[i] = materialize(fns[i](row, ctx), ctx);
      out.push(r);
      if (out.length > maxRows) {
        throw new CypherError('RowLimit', `The query returned more than ${maxRows} rows`, 'runtime', 'RowLimit');
      }
    });
    if (ctx.deadline !== Infinity && Date.now() > ctx.deadline) throw new CypherError('Timeout', 'The query exceeded its time limit', 'runtime', 'Timeout');
    return { columns: plan.columns.slice(), rows: out, stats: READ_LOG.stats };
  }

  run(query: string, options: QueryOptions = {}): QueryResult {
    const params: Record<string, CypherValue> = {};
    for (const [k, v] of Object.entries(options.params ?? {})) params[k] = fromJsValue(v);
    const r = this.execute(query, { ...options, params });
    const stats: Record<string, number> = {};
    for (const [k, v] of Object.entries(r.stats)) if (v) stats[k] = v as number;
    const result: QueryResult = { columns: r.columns, rows: r.rows.map((row) => row.map(toJsonValue)) };
    if (Object.keys(stats).length) result.stats = stats;
    if (r.plan) result.plan = r.plan;
    return result;
  }

  explain(query: string, options: QueryOptions = {}): string {
    void options;
    const text = /^\s*explain\b/i.test(query) ? query : query;
    const { plan } = this.plan(text.replace(/^\s*explain\b/i, ''));
    return explainPlan(plan.root);
  }

  /** Stops listening to the graph's events (the engine must not be used afterwards). */
  dispose(): void { this.indexes.detach(); detachColumnarStores(this.graph); }
}
