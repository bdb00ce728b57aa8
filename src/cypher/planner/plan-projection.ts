/**
 * Planning of WITH and RETURN: projection, aggregation (grouping keys + aggregate slots), DISTINCT,
 * ORDER BY (which may see the variables before the projection unless DISTINCT or aggregation hides
 * them), SKIP, LIMIT, and WITH … WHERE.
 */
import type { Expr, Projection, ProjectionItem } from '../ast.ts';
import { CypherError } from '../errors.ts';
import type { Operator } from '../runtime/context.ts';
import { compileExpr, compilePredicate, type CompileEnv } from '../expressions/compile.ts';
import type { AggregateSpec } from '../operators/aggregate.ts';
import { planAggregate, pushTopK } from '../columnar/plan-columnar.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import { Distinct } from '../operators/distinct.ts';
import { Filter } from '../operators/filter.ts';
import { Project } from '../operators/project.ts';
import { Limit, Skip, countValue } from '../operators/skip-limit.ts';
import { Sort } from '../operators/sort.ts';
import { aggregateCalls, containsAggregate, exprKey, exprVars, visit } from '../semantic/expr-vars.ts';

export interface ProjectionResult { op: Operator; columns: string[]; bound: Set<string> }

function columnName(item: ProjectionItem): string { return item.alias ?? item.text; }

function checkConstant(e: Expr, env: CompileEnv, what: 'SKIP' | 'LIMIT'): void {
  const vars = exprVars(e);
  if (vars.size > 0) {
    throw new CypherError('SyntaxError', `It is not allowed to refer to variables in ${what}`, 'compile', 'NonConstantExpression', e.pos);
  }
  void env;
  if (e.kind === 'Literal' || (e.kind === 'Neg' && e.operand.kind === 'Literal')) {
    try {
      countValue(compileExpr(e, { ...env, bound: new Set() })({}, null as never), what);
    } catch (err) {
      if (err instanceof CypherError) throw new CypherError('SyntaxError', err.message, 'compile', err.detail, e.pos);
      throw err;
    }
  }
}

export function planProjection(
  source: Operator, proj: Projection, whereClause: Expr | null, env: CompileEnv, isReturn: boolean,
): ProjectionResult {
  let where = whereClause;
  const items: ProjectionItem[] = [];
  if (proj.star) {
    const visible = [...env.bound].filter((v) => !v.startsWith(' ')).sort();
    // RETURN * needs something to return; WITH * over an empty scope just passes the rows on
    if (isReturn && visible.length === 0 && proj.items.length === 0) {
      throw new CypherError('SyntaxError', 'RETURN * is not allowed when there are no variables in scope', 'compile', 'NoVariablesInScope');
    }
    for (const v of visible) {
      const pos = { offset: 0, line: 1, column: 1 };
      items.push({ expr: { kind: 'Var', name: v, pos }, alias: v, text: v, pos });
    }
  }
  items.push(...proj.items);
  if (items.some((it) => containsAggregate(it.expr))) {
    for (const s of proj.orderBy) checkAggregatingOrderBy(s.expr, items, new Set());
  }
  // column names: unique; WITH needs aliases for non-variables
  const seen = new Set<string>();
  for (const it of proj.items) {
    if (!isReturn && !it.alias && it.expr.kind !== 'Var') {
      throw new CypherError('SyntaxError', 'Expression in WITH must be aliased (use AS)', 'compile', 'NoExpressionAlias', it.pos);
    }
    const name = columnName(it);
    if (seen.has(name) || (proj.star && env.bound.has(name) && !name.startsWith(' '))) {
      throw new CypherError('SyntaxError', `Multiple result columns with the same name '${name}' are not supported`, 'compile', 'ColumnNameConflict', it.pos);
    }
    seen.add(name);
  }
  const columns = items.map(columnName);
  const aggregating = items.some((it) => containsAggregate(it.expr));
  let op = source;
  let sortEnv: CompileEnv;
  // ORDER BY … LIMIT over a columnar aggregation (plan-columnar.ts pushTopK)
  let aggOp: Operator | null = null;
  const orderColumns: (string | null)[] = [];
  const columnSource = new Map<string, string | null>();
  const outBound = new Set(columns);

  // ORDER BY items that repeat a projected expression refer to its column
  const byKey = new Map<string, string>();
  for (const it of items) byKey.set(exprKey(it.expr), columnName(it));
  const rewrite = (e: Expr): Expr => {
    const col = byKey.get(exprKey(e));
    if (col !== undefined) return { kind: 'Var', name: col, pos: e.pos };
    return mapExpr(e, rewrite);
  };

  if (aggregating) {
    const groups: [string, ReturnType<typeof compileExpr>][] = [];
    const specs: AggregateSpec[] = [];
    const groupExprs: Expr[] = [];
    const callExprs: Expr[] = [];
    const slots = new Map<Expr, string>();
    let k = 0;
    const groupKeys = new Set<string>();
    for (const it of items) {
      if (!containsAggregate(it.expr)) {
        groups.push([columnName(it), compileExpr(it.expr, env)]);
        groupExprs.push(it.expr);
        groupKeys.add(exprKey(it.expr));
      }
    }
    for (const it of items) {
      if (!containsAggregate(it.expr)) continue;
      for (const call of aggregateCalls(it.expr)) {
        const name = call.name.toLowerCase();
        for (const a of call.args) {
          if (containsAggregate(a)) {
            throw new CypherError('SyntaxError', 'Can\'t use aggregate functions inside of aggregate functions.', 'compile', 'NestedAggregation', a.pos);
          }
        }
        if (name === 'percentilecont' || name === 'percentiledisc') {
          if (call.args.length !== 2) throw new CypherError('SyntaxError', `${call.name}() takes two arguments`, 'compile', 'InvalidNumberOfArguments', call.pos);
        } else if (!call.star && call.args.length !== 1) {
          throw new CypherError('SyntaxError', `${call.name}() takes one argument`, 'compile', 'InvalidNumberOfArguments', call.pos);
        }
        if (call.args.some((a) => a.kind === 'Call' && a.name.toLowerCase() === 'rand')) {
          throw new CypherError('SyntaxError', 'Can\'t use non-deterministic (random) functions inside of aggregate functions.', 'compile', 'NonConstantExpression', call.pos);
        }
        const slot = `  agg${k++}`;
        slots.set(call, slot);
        callExprs.push(call);
        specs.push({
          slot, fn: name, distinct: call.distinct, star: call.star,
          arg: call.args[0] ? compileExpr(call.args[0], env) : null,
          extra: call.args[1] ? compileExpr(call.args[1], env) : null,
        });
      }
      // non-aggregated parts of an aggregating item must be grouping keys
      checkAggregationItem(it.expr, groupKeys, items);
    }
    op = planAggregate(op, groups, specs, groupExprs, callExprs); // columnar when the MATCH fits
    aggOp = op;
    for (const it of items) {
      columnSource.set(columnName(it), !containsAggregate(it.expr) ? 'group' : it.expr.kind === 'Call' ? slots.get(it.expr) ?? null : null);
    }
    const groupCols = new Set(groups.map(([n]) => n));
    // variables of grouping items stay accessible under their column names
    const aggEnv: CompileEnv = { ...env, bound: new Set([...groupCols, ...env.bound]), aggregates: slots };
    const finalItems: [string, ReturnType<typeof compileExpr>][] = items.map((it) => {
      const name = columnName(it);
      if (groupCols.has(name) && !containsAggregate(it.expr)) return [name, (row) => row[name] ?? null];
      return [name, compileExpr(substituteGroups(it.expr, items), aggEnv)];
    });
    op = new Project(op, finalItems, false);
    sortEnv = { ...env, bound: outBound, aggregates: undefined, types: new Map() };
    if (proj.distinct) op = new Distinct(op, columns);
    if (proj.orderBy.length) {
      op = new Sort(op, proj.orderBy.map((s) => {
        checkAggregatingOrderBy(s.expr, items, outBound);
        const e = rewrite(s.expr);
        for (const v of exprVars(e)) {
          if (!outBound.has(v)) {
            throw new CypherError('SyntaxError', `In a ${isReturn ? 'RETURN' : 'WITH'} with aggregation, ORDER BY can only use projected columns; '${v}' is not`, 'compile', 'UndefinedVariable', s.pos);
          }
        }
        if (containsAggregate(e)) {
          throw new CypherError('SyntaxError', 'Aggregation in ORDER BY must also be projected', 'compile', 'UndefinedVariable', s.pos);
        }
        orderColumns.push(e.kind === 'Var' ? e.name : null);
        return { fn: compileExpr(e, sortEnv), descending: s.descending, text: s.expr.kind };
      }));
    }
  } else if (proj.distinct) {
    if (where && [...exprVars(where)].some((v) => !outBound.has(v))) {
      if (containsAggregate(where)) throw new CypherError('SyntaxError', 'Invalid use of aggregating function in WHERE', 'compile', 'InvalidAggregation', where.pos);
      op = new Project(op, items.map((it) => [columnName(it), compileExpr(it.expr, env)]), true);
      const shadowed = new Map(env.types ?? []);
      for (const c of columns) shadowed.delete(c);
      op = new Filter(op, compilePredicate(where, { ...env, bound: new Set([...env.bound, ...outBound]), types: shadowed }), 'WHERE');
      where = null;
      op = new Project(op, columns.map((c) => [c, (row) => row[c] ?? null]), false);
    } else {
      op = new Project(op, items.map((it) => [columnName(it), compileExpr(it.expr, env)]), false);
    }
    op = new Distinct(op, columns);
    sortEnv = { ...env, bound: outBound, types: new Map() };
    if (proj.orderBy.length) {
      op = new Sort(op, proj.orderBy.map((s) => {
        const e = rewrite(s.expr);
        if (containsAggregate(e)) throw new CypherError('SyntaxError', 'Invalid use of aggregating function in ORDER BY', 'compile', 'InvalidAggregation', s.pos);
        for (const v of exprVars(e)) {
          if (!outBound.has(v)) {
            throw new CypherError('SyntaxError', `In a ${isReturn ? 'RETURN' : 'WITH'} DISTINCT, ORDER BY can only use projected columns; '${v}' is not`, 'compile', 'UndefinedVariable', s.pos);
          }
        }
        return { fn: compileExpr(e, sortEnv), descending: s.descending, text: 'expr' };
      }));
    }
  } else {
    const needsOld = proj.orderBy.length > 0 || where !== null;
    op = new Project(op, items.map((it) => [columnName(it), compileExpr(it.expr, env)]), needsOld);
    const shadowed = new Map(env.types ?? []);
    for (const c of columns) shadowed.delete(c);
    sortEnv = { ...env, bound: new Set([...env.bound, ...outBound]), types: shadowed };
    if (needsOld) {
      op = new Sort(op, proj.orderBy.map((s) => {
        if (containsAggregate(s.expr)) throw new CypherError('SyntaxError', 'Invalid use of aggregating function in ORDER BY', 'compile', 'InvalidAggregation', s.pos);
        return { fn: compileExpr(rewrite(s.expr), sortEnv), descending: s.descending, text: 'expr' };
      }));
    }
  }
  let skipFn: Fn | null = null;
  let limitFn: Fn | null = null;
  if (proj.skip) {
    checkConstant(proj.skip, env, 'SKIP');
    op = new Skip(op, skipFn = compileExpr(proj.skip, { ...env, bound: new Set() }));
  }
  if (proj.limit) {
    checkConstant(proj.limit, env, 'LIMIT');
    op = new Limit(op, limitFn = compileExpr(proj.limit, { ...env, bound: new Set() }));
  }
  if (aggOp && !proj.distinct) pushTopK(aggOp, orderColumns, proj.orderBy.map((o) => o.descending), columnSource, skipFn, limitFn);
  const keptOld = !aggregating && !proj.distinct && (proj.orderBy.length > 0 || where !== null);
  if (where && keptOld) {
    if (containsAggregate(where)) throw new CypherError('SyntaxError', 'Invalid use of aggregating function in WHERE', 'compile', 'InvalidAggregation', where.pos);
    op = new Filter(op, compilePredicate(where, { ...sortEnv, bound: new Set([...env.bound, ...outBound]), aggregates: undefined }), 'WHERE');
    where = null;
  }
  if (keptOld) {
    op = new Project(op, columns.map((c) => [c, (row) => row[c] ?? null]), false);
  }
  if (where) {
    if (containsAggregate(where)) throw new CypherError('SyntaxError', 'Invalid use of aggregating function in WHERE', 'compile', 'InvalidAggregation', where.pos);
    op = new Filter(op, compilePredicate(where, { ...env, bound: outBound, aggregates: undefined, types: new Map() }), 'WHERE');
  }
  return { op, columns, bound: outBound };
}

/** ORDER BY items with aggregation next to an aggregating projection: complex projected expressions are ambiguous. */
function checkAggregatingOrderBy(e: Expr, items: ProjectionItem[], columns: Set<string>): void {
  if (!containsAggregate(e)) return;
  const complex = new Set<string>();
  for (const it of items) {
    const x = it.expr;
    if (containsAggregate(x) || x.kind === 'Var' || (x.kind === 'Prop' && x.target.kind === 'Var')) continue;
    complex.add(exprKey(x));
  }
  if (complex.has(exprKey(e))) return;
  visit(e, (x) => {
    if (x !== e && complex.has(exprKey(x))) {
      throw new CypherError('SyntaxError', 'Aggregation expression in ORDER BY uses a projected complex expression', 'compile', 'AmbiguousAggregationExpression', x.pos);
    }
    return true;
  });
  void columns;
}

/** In an aggregating item, sub-expressions equal to a grouping item read its column. */
function substituteGroups(e: Expr, items: ProjectionItem[]): Expr {
  const groups = new Map<string, string>();
  for (const it of items) if (!containsAggregate(it.expr)) groups.set(exprKey(it.expr), columnName(it));
  const sub = (x: Expr): Expr => {
    if (x.kind === 'Call' && containsAggregate(x)) return x;
    const col = groups.get(exprKey(x));
    if (col !== undefined && x.kind !== 'Literal') return { kind: 'Var', name: col, pos: x.pos };
    return mapExpr(x, sub);
  };
  return sub(e);
}

function checkAggregationItem(e: Expr, groupKeys: Set<string>, items: ProjectionItem[]): void {
  void groupKeys;
  const simpleGroups = new Set<string>();
  const groupVars = new Set<string>();
  for (const it of items) {
    if (containsAggregate(it.expr)) continue;
    if (it.expr.kind === 'Var') { groupVars.add(it.expr.name); simpleGroups.add(exprKey(it.expr)); }
    if (it.expr.kind === 'Prop' && it.expr.target.kind === 'Var') simpleGroups.add(exprKey(it.expr));
  }
  const nul = (x: Expr): Expr => ({ kind: 'Literal', value: null, pos: x.pos });
  const strip = (x: Expr): Expr => {
    if (x.kind === 'Call' && aggregateCalls(x)[0] === x) return nul(x);
    if (simpleGroups.has(exprKey(x))) return nul(x);
    return mapExpr(x, strip);
  };
  for (const v of exprVars(strip(e))) {
    if (!groupVars.has(v)) {
      throw new CypherError('SyntaxError', `Aggregation column contains implicit grouping expressions ('${v}')`, 'compile', 'AmbiguousAggregationExpression', e.pos);
    }
  }
  // aggregates inside comprehensions / quantifiers are not allowed
  visit(e, (x) => {
    if (x.kind === 'ListComp' || x.kind === 'Quantifier' || x.kind === 'Reduce' || x.kind === 'PatternComp') {
      const inner: Expr[] = x.kind === 'ListComp' ? [x.where, x.map].filter((y): y is Expr => !!y)
        : x.kind === 'Quantifier' ? [x.where].filter((y): y is Expr => !!y)
          : x.kind === 'Reduce' ? [x.expr] : [x.map];
      if (inner.some(containsAggregate)) {
        throw new CypherError('SyntaxError', 'Aggregation is not allowed inside a list comprehension or quantifier', 'compile', 'InvalidAggregation', x.pos);
      }
    }
    return true;
  });
}

/** Rebuilds an expression with `f` applied to its direct children (shallow map). */
export function mapExpr(e: Expr, f: (x: Expr) => Expr): Expr {
  switch (e.kind) {
    case 'Prop': return { ...e, target: f(e.target) };
    case 'Index': return { ...e, target: f(e.target), index: f(e.index) };
    case 'Slice': return { ...e, target: f(e.target), from: e.from && f(e.from), to: e.to && f(e.to) };
    case 'Binary': return { ...e, left: f(e.left), right: f(e.right) };
    case 'Chain': return { ...e, operands: e.operands.map(f) };
    case 'Not': case 'Neg': case 'Plus': case 'IsNull': return { ...e, operand: f(e.operand) };
    case 'HasLabels': return { ...e, target: f(e.target), dynamic: e.dynamic?.map((d) => ({ ...d, expr: f(d.expr) })) };
    case 'List': return { ...e, items: e.items.map(f) };
    case 'Map': return { ...e, entries: e.entries.map(([k, v]) => [k, f(v)] as [string, Expr]) };
    case 'Call': return { ...e, args: e.args.map(f) };
    case 'Case': return { ...e, test: e.test && f(e.test), whens: e.whens.map(([a, b]) => [f(a), f(b)] as [Expr, Expr]), otherwise: e.otherwise && f(e.otherwise) };
    case 'ListComp': return { ...e, source: f(e.source), where: e.where && f(e.where), map: e.map && f(e.map) };
    case 'Quantifier': return { ...e, source: f(e.source), where: e.where && f(e.where) };
    case 'Reduce': return { ...e, init: f(e.init), source: f(e.source), expr: f(e.expr) };
    case 'MapProjection': return { ...e, target: f(e.target), items: e.items.map((i) => (i.kind === 'entry' ? { ...i, value: f(i.value) } : i)) };
    default: return e;
  }
}
