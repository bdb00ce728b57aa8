/**
 * The planner's entry: a parsed query → a tree of operators (operators/) and its result columns.
 * Clauses are planned in order over a growing operator chain; the set of bound variables is the scope.
 */
import type { Clause, Query, SingleQuery } from '../ast.ts';
import { CypherError } from '../errors.ts';
import type { Operator } from '../runtime/context.ts';
import type { ProcedureRegistry } from '../runtime/procedures.ts';
import { compileExpr, compilePredicate, type CompileEnv } from '../expressions/compile.ts';
import { Apply } from '../operators/apply.ts';
import { TransactionalApply } from '../operators/transactional-apply.ts';
import { Foreach } from '../operators/foreach.ts';
import { Create } from '../operators/create.ts';
import { Argument } from '../operators/argument.ts';
import { Filter } from '../operators/filter.ts';
import { Optional } from '../operators/optional.ts';
import { ProcedureCall } from '../operators/procedure-call.ts';
import { Union } from '../operators/union.ts';
import { Unwind } from '../operators/unwind.ts';
import { Project } from '../operators/project.ts';
import { checkQuery } from '../semantic/check-query.ts';
import { markRowReuse } from './row-reuse.ts';
import { checkVariableTypes, clauseTypes, type VarType } from '../semantic/variable-types.ts';
import { staticType, type TypeEnv } from '../semantic/static-types.ts';
import { planMatch, type MatchContext, type Statistics } from './plan-match.ts';
import { planProjection } from './plan-projection.ts';
import { planSelectiveMatch } from './plan-selector.ts';
import { checkReturnedColumns, checkSubqueryBody, subqueryImports } from './plan-subquery.ts';
import { planCreate, planDelete, planMerge, planRemove, planSet } from './plan-writes.ts';

export interface PlannerDeps {
  stats: Statistics;
  procedures: ProcedureRegistry;
  /** Pattern expressions as values (lists of paths, Neo4j 4); false in the openCypher dialect. */
  patternValues?: boolean;
}

export interface Plan {
  root: Operator;
  columns: string[];
  writes: boolean;
  /** Parameters the query needs (checked before execution). */
  params?: string[];
}

const WRITE_CLAUSES = new Set(['Create', 'Merge', 'Set', 'Remove', 'Delete', 'Foreach']);

export function isWriteClause(c: Clause): boolean { return WRITE_CLAUSES.has(c.kind); }

/** `partOuter`: the outer variables each UNION part sees, when they differ (CALL subqueries). */
export function planQuery(
  q: Query, deps: PlannerDeps, outer: Set<string> = new Set(), anon = { n: 0 }, subquery = false, partOuter?: Set<string>[],
): Plan {
  if (!subquery) implicitParams.length = 0;
  const plan = planQueryParts(q, deps, outer, anon, subquery, partOuter);
  if (!subquery) {
    plan.params = [...new Set([...(q.params ?? []), ...implicitParams])];
    markRowReuse(plan.root);
  }
  return plan;
}

function planQueryParts(
  q: Query, deps: PlannerDeps, outer: Set<string>, anon: { n: number }, subquery: boolean, partOuter?: Set<string>[],
): Plan {
  checkQuery(q, subquery);
  checkVariableTypes(q, new Map([...outer].map((v) => [v, 'any' as const])));
  const plans = q.parts.map((p, i) => planSingle(p, deps, partOuter?.[i] ?? outer, anon, subquery));
  if (plans.length === 1) return plans[0];
  const columns = plans[0].columns;
  for (const p of plans) {
    if (p.columns.length !== columns.length || p.columns.some((c, i) => c !== columns[i])) {
      throw new CypherError('SyntaxError', 'All sub queries in an UNION must have the same column names', 'compile', 'DifferentColumnsInUnion', q.pos);
    }
  }
  const distinct = !q.unionAll.every((a) => a);
  return { root: new Union(plans.map((p) => p.root), columns, distinct), columns, writes: plans.some((p) => p.writes) };
}

function planSingle(sq: SingleQuery, deps: PlannerDeps, outer: Set<string>, anon: { n: number }, subquery = false): Plan {
  let bound = new Set(outer);
  let op: Operator = new Argument();
  let columns: string[] = [];
  let writes = false;
  let types: Map<string, VarType> = new Map([...outer].map((v) => [v, 'any' as const]));
  let statics: TypeEnv = new Map();
  const mc: MatchContext = { env: makeEnv(bound), stats: deps.stats, anon };

  function makeEnv(b: Set<string>): CompileEnv {
    const t: TypeEnv = new Map(types);
    for (const [k, v] of statics) t.set(k, v);
    return {
      bound: new Set(b),
      types: t,
      patternValues: deps.patternValues,
      planPatterns: (parts, where, pb) => {
        const inner = new Set(pb);
        return planMatch({ ...mc, env: makeEnv(inner) }, new Argument(), inner, parts, where);
      },
      planSubquery: (query, pb) => planQuery(query, deps, new Set(pb), anon, true),
    };
  }

  sq.clauses.forEach((clause, idx) => {
    const projecting = clause.kind === 'With' || clause.kind === 'Return';
    if (!projecting) {
      types = clauseTypes(clause, types);
    }
    const env = makeEnv(bound);
    mc.env = env;
    const last = idx === sq.clauses.length - 1;
    switch (clause.kind) {
      case 'Match': {
        if (clause.patterns.some((p) => p.selector)) {
          op = planSelectiveMatch(mc, op, bound, clause, env);
          break;
        }
        if (clause.optional) {
          const inner = new Set(bound);
          const innerOp = planMatch(mc, new Argument(), inner, clause.patterns, clause.where);
          const introduced = [...inner].filter((v) => !bound.has(v));
          op = new Optional(op, innerOp, introduced);
          bound = inner;
        } else {
          op = planMatch(mc, op, bound, clause.patterns, clause.where);
        }
        break;
      }
      case 'Unwind': {
        if (bound.has(clause.variable)) {
          throw new CypherError('SyntaxError', `Variable \`${clause.variable}\` already declared`, 'compile', 'VariableAlreadyBound', clause.pos);
        }
        op = new Unwind(op, compileExpr(clause.expr, env), clause.variable);
        bound.add(clause.variable);
        break;
      }
      case 'With': {
        const r = planProjection(op, clause, clause.where, env, false);
        op = r.op;
        bound = r.bound;
        break;
      }
      case 'Return': {
        const r = planProjection(op, clause, null, env, true);
        op = r.op;
        bound = r.bound;
        columns = r.columns;
        break;
      }
      case 'Create': op = planCreate(mc, op, bound, clause.patterns, env); writes = true; break;
      case 'Merge': op = planMerge(mc, op, bound, clause, env); writes = true; break;
      case 'Set': op = planSet(op, clause.items, env); writes = true; break;
      case 'Remove': op = planRemove(op, clause.items, env); writes = true; break;
      case 'Delete': op = planDelete(op, clause, env); writes = true; break;
      case 'Call': {
        if (clause.optional) {
          const inner = new Set(bound);
          const r = planCall(new Argument(), clause, env, deps, inner, false);
          const introduced = [...inner].filter((v) => !bound.has(v));
          op = new Optional(op, r.op, introduced);
          bound = inner;
          break;
        }
        const r = planCall(op, clause, env, deps, bound, sq.clauses.length === 1);
        op = r.op;
        if (r.columns) columns = r.columns;
        break;
      }
      case 'Foreach': {
        for (const c of clause.clauses) {
          if (!['Create', 'Merge', 'Set', 'Remove', 'Delete', 'Foreach'].includes(c.kind)) {
            throw new CypherError('SyntaxError', 'Only updating clauses may be used inside FOREACH', 'compile', 'InvalidClauseComposition', c.pos);
          }
        }
        if (bound.has(clause.variable)) {
          throw new CypherError('SyntaxError', `Variable \`${clause.variable}\` already declared`, 'compile', 'VariableAlreadyBound', clause.pos);
        }
        const innerQuery: Query = { kind: 'Query', parts: [{ clauses: clause.clauses, pos: clause.pos }], unionAll: [], explain: false, pos: clause.pos };
        const inner = planQuery(innerQuery, deps, new Set([...bound, clause.variable]), anon, true);
        op = new Foreach(op, compileExpr(clause.list, env), clause.variable, inner.root);
        writes = true;
        break;
      }
      case 'CallSubquery': {
        const imports = subqueryImports(clause, bound);
        const returning = checkSubqueryBody(clause);
        const inner = planQuery(clause.query, deps, new Set(imports.flatMap((s) => [...s])), anon, true, imports);
        const tx = clause.inTransactions;
        checkReturnedColumns(clause, tx?.status ? [...inner.columns, tx.status] : inner.columns, bound);
        if (tx) {
          const spec = { batch: tx.batch ? compileExpr(tx.batch, { ...env, bound: new Set() }) : null, onError: tx.onError, status: tx.status };
          op = new TransactionalApply(op, inner.root, !returning, inner.columns, spec);
          if (tx.status) bound.add(tx.status);
        } else {
          op = new Apply(op, inner.root, !returning, clause.optional && returning ? inner.columns : null);
        }
        for (const c of inner.columns) bound.add(c);
        writes ||= inner.writes;
        break;
      }
    }
    void last;
    if (projecting) {
      const before = env.types;
      types = clauseTypes(clause, types);
      const next: TypeEnv = new Map();
      for (const it of clause.items) {
        const st = staticType(it.expr, before);
        if (st !== 'Any') next.set(it.alias ?? it.text, st);
      }
      statics = next;
    }
  });
  const lastClause = sq.clauses[sq.clauses.length - 1];
  if (lastClause.kind !== 'Return' && !subquery && op instanceof Create) op.discard = true;
  if (lastClause.kind !== 'Return' && !subquery) {
    // an updating query without RETURN yields no rows
    if (!(lastClause.kind === 'Call' && sq.clauses.length === 1)) {
      op = new Project(new Filter(op, () => false, 'no RETURN'), [], false);
      // keep the writes: a Filter(false) after eager write operators still runs them
    }
  }
  return { root: op, columns, writes };
}

const implicitParams: string[] = [];

function planCall(
  source: Operator, clause: Clause & { kind: 'Call' }, env: CompileEnv, deps: PlannerDeps, bound: Set<string>, standalone: boolean,
): { op: Operator; columns: string[] | null } {
  const proc = deps.procedures.lookup(clause.procedure);
  if (!proc) throw new CypherError('ProcedureError', `There is no procedure with the name \`${clause.procedure}\` registered`, 'compile', 'ProcedureNotFound', clause.pos);
  let args = clause.args;
  if (args === null) {
    if (!standalone) {
      throw new CypherError('SyntaxError', `Procedure call inside a query does not support passing arguments implicitly (${clause.procedure})`, 'compile', 'InvalidArgumentPassingMode', clause.pos);
    }
    args = proc.inputs.map((i) => ({ kind: 'Param' as const, name: i.name, pos: clause.pos }));
    implicitParams.push(...proc.inputs.map((i) => i.name));
  }
  if (args.length !== proc.inputs.length) {
    throw new CypherError('SyntaxError', `Procedure ${proc.name} takes ${proc.inputs.length} arguments, got ${args.length}`, 'compile', 'InvalidNumberOfArguments', clause.pos);
  }
  for (const a of args) {
    if (containsAggregateCall(a)) throw new CypherError('SyntaxError', 'Aggregation is not allowed in procedure arguments', 'compile', 'InvalidAggregation', a.pos);
  }
  args.forEach((a, i) => {
    if (a.kind !== 'Literal' || a.value === null) return;
    const t = proc.inputs[i].type.replace(/\?$/, '').toUpperCase();
    const v = a.value;
    const ok = t === 'ANY' || (t === 'STRING' && typeof v === 'string') || (t === 'INTEGER' && typeof v === 'bigint')
      || ((t === 'FLOAT' || t === 'NUMBER') && (typeof v === 'number' || typeof v === 'bigint')) || (t === 'BOOLEAN' && typeof v === 'boolean')
      || !['STRING', 'INTEGER', 'FLOAT', 'NUMBER', 'BOOLEAN'].includes(t);
    if (!ok) throw new CypherError('SyntaxError', `Wrong argument type for ${proc.name}: expected ${t}`, 'compile', 'InvalidArgumentType', a.pos);
  });
  const argFns = args.map((a) => compileExpr(a, env));
  let yields: [number, string][];
  let columns: string[] | null = null;
  if (clause.yieldStar && !standalone) {
    throw new CypherError('SyntaxError', 'YIELD * can only be used in a standalone procedure call', 'compile', 'UnexpectedSyntax', clause.pos);
  }
  if (clause.yields === null || clause.yieldStar) {
    if (!standalone && clause.yields === null && proc.outputs.length > 0) {
      throw new CypherError('SyntaxError', 'Procedure call inside a query must use YIELD', 'compile', 'UndefinedVariable', clause.pos);
    }
    yields = proc.outputs.map((o, i) => [i, o.name]);
    if (standalone) columns = proc.outputs.map((o) => o.name);
  } else {
    yields = [];
    const seen = new Set<string>();
    for (const y of clause.yields) {
      const i = proc.outputs.findIndex((o) => o.name === y.name);
      if (i < 0) throw new CypherError('SyntaxError', `Unknown procedure output: \`${y.name}\``, 'compile', 'UndefinedVariable', y.pos);
      const name = y.alias ?? y.name;
      if (bound.has(name) || seen.has(name)) throw new CypherError('SyntaxError', `Variable \`${name}\` already declared`, 'compile', 'VariableAlreadyBound', y.pos);
      seen.add(name);
      yields.push([i, name]);
    }
    if (standalone) columns = yields.map(([, n]) => n);
  }
  for (const [, n] of yields) bound.add(n);
  let op: Operator = new ProcedureCall(source, proc, argFns, yields, standalone);
  if (clause.where) op = new Filter(op, compilePredicate(clause.where, { ...env, bound: new Set(bound) }), 'WHERE');
  return { op, columns };
}

function containsAggregateCall(e: import('../ast.ts').Expr): boolean {
  return e.kind === 'Call' && ['count', 'sum', 'avg', 'min', 'max', 'collect'].includes(e.name.toLowerCase());
}
