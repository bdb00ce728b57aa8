/**
 * Expression compiler: AST expression → closure `(row, ctx) => value`. Closures are built once per
 * query, so evaluation does no dispatch on node kinds. Implements three-valued logic, property access,
 * indexing and slicing, comprehensions, quantifiers, CASE, map projection and pattern expressions
 * (through operators planned by the planner, reached via CompileEnv).
 */
import type { Expr, PatternPart, Query } from '../ast.ts';
import { CypherError } from '../errors.ts';
import { lookupFunction } from '../functions/registry.ts';
import { allocate, work } from '../runtime/guard.ts';
import { RE2JS } from 're2js';
import { isTemporal, type CypherValue } from '../values.ts';
import { isPoint } from '../../graph/point.ts';
import { nodeProperty, relRefProperty, type ExecContext, type Operator } from '../runtime/context.ts';
import { NodeRef, PathRef, RelRef } from '../runtime/entities.ts';
import { isValueMap, typeError, typeName, type Row, type Value, type ValueMap } from '../runtime/value.ts';
import { add, divide, modulo, multiply, negate, power, subtract } from './arithmetic.ts';
import { compare, equals } from './compare.ts';
import { entityProperties, graphArgumentMismatch, graphFunction, nodeLabels, type Fn } from './graph-functions.ts';
import { temporalOps } from './temporal-protocol.ts';
import { AGGREGATE_NAMES } from './aggregates.ts';
import { matchLabels } from './label-expr.ts';
import { argumentMismatch } from '../functions/signatures.ts';
import {
  checkArithmeticOperand, checkBooleanOperand, checkListOperand, checkMapArgument, checkPropertyTarget,
  elementType, staticType, type TypeEnv,
} from '../semantic/static-types.ts';

export type { Fn };

export interface CompileEnv {
  /** Aggregate calls already computed into row columns (projection with aggregation). */
  aggregates?: Map<Expr, string>;
  /** Variables in scope. */
  bound: Set<string>;
  /** What is statically known of variables' types (for compile-time type errors). */
  types?: TypeEnv;
  /** Pattern expressions outside predicates are lists of paths (Neo4j 4); false: refused (openCypher). */
  patternValues?: boolean;
  /** Plans pattern parts (+ WHERE) matched from an argument row. */
  planPatterns(parts: PatternPart[], where: Expr | null, bound: Set<string>): Operator;
  /** Plans a full subquery (EXISTS { MATCH … RETURN … }) run from an argument row. */
  planSubquery(query: Query, bound: Set<string>): { root: Operator; columns: string[] };
}

/** Variables a pattern introduces (named nodes, relationships and path). */
export function patternVariables(part: PatternPart): string[] {
  const out: string[] = [];
  if (part.path) out.push(part.path);
  for (const n of part.nodes) if (n.variable) out.push(n.variable);
  for (const r of part.rels) if (r.variable) out.push(r.variable);
  return out;
}

function withBound(env: CompileEnv, names: string[], known?: Map<string, ReturnType<typeof staticType>>): CompileEnv {
  const bound = new Set(env.bound);
  const types: TypeEnv = new Map(env.types ?? []);
  for (const n of names) { bound.add(n); types.set(n, known?.get(n) ?? 'Any'); }
  return { ...env, bound, types };
}

/** Truth value of a predicate result: true / false / null; anything else is a type error. */
export function truth(v: Value, what = 'a predicate'): boolean | null {
  if (v === null || typeof v === 'boolean') return v;
  throw typeError(`Type mismatch: expected Boolean for ${what} but was ${typeName(v)}`, 'InvalidArgumentType');
}

/** Compiles an expression used as a predicate (pattern expressions mean "exists"). */
export function compilePredicate(e: Expr, env: CompileEnv): Fn {
  checkBooleanOperand(e, env.types, 'a predicate');
  if (e.kind === 'PatternExpr') {
    checkPatternBound(e.pattern, env);
    const op = env.planPatterns([e.pattern], null, env.bound);
    return (row, ctx) => existsRows(op, ctx, row);
  }
  return compileExpr(e, env);
}

/**
 * A Cypher 9 pattern expression read as a value is the list of its paths (Neo4j 4 semantics). The
 * `opencypher` dialect refuses it outside predicates, as the openCypher TCK and Neo4j 5 do.
 */
function compilePatternPaths(p: PatternPart, env: CompileEnv): Fn {
  checkPatternBound(p, env);
  const part: PatternPart = p.path ? p : { ...p, path: '  path' };
  const pathVar = part.path as string;
  const op = env.planPatterns([part], null, env.bound);
  return (row, ctx) => {
    const out: Value[] = [];
    op.execute(ctx, row, (r) => { out.push(r[pathVar]); });
    return out;
  };
}

function patternValueRefused(what: string, e: Expr): CypherError {
  return new CypherError('SyntaxError', `${what} (openCypher dialect: use a pattern comprehension [p = (a)-->() | p], EXISTS { } or COUNT { } instead)`, 'compile', 'UnexpectedSyntax', e.pos);
}

function checkPatternBound(p: PatternPart, env: CompileEnv): void {
  for (const n of p.nodes) if (n.variable && !env.bound.has(n.variable)) throw undefinedVariable(n.variable, n);
  for (const r of p.rels) if (r.variable && !env.bound.has(r.variable)) throw undefinedVariable(r.variable, r);
}

function checkReadOnlySubquery(q: Query): void {
  for (const part of q.parts) {
    for (const c of part.clauses) {
      if (c.kind === 'Create' || c.kind === 'Merge' || c.kind === 'Set' || c.kind === 'Remove' || c.kind === 'Delete') {
        throw new CypherError('SyntaxError', 'An EXISTS / COUNT subquery cannot contain an updating clause', 'compile', 'InvalidClauseComposition', c.pos);
      }
    }
  }
}

class Found extends Error {}
const FOUND = new Found();

export function existsRows(op: Operator, ctx: ExecContext, row: Row): boolean {
  try {
    op.execute(ctx, row, () => { throw FOUND; });
  } catch (err) {
    if (err === FOUND) return true;
    throw err;
  }
  return false;
}

export function propertyOf(target: Value, key: string, ctx: ExecContext): Value {
  if (target === null) return null;
  if (target instanceof NodeRef) return nodeProperty(ctx, target.key, key);
  if (target instanceof RelRef) return relRefProperty(ctx, target, key);
  if (isValueMap(target)) {
    const v = target[key];
    return v === undefined ? null : v;
  }
  if (isPoint(target)) {
    const v = target.field(key);
    if (v === undefined) throw typeError(`A ${target.crs} point has no field '${key}'`, 'InvalidArgumentType');
    return key === 'srid' ? BigInt(target.srid) : v;
  }
  if (isTemporal(target)) {
    const ops = temporalOps();
    const v = ops?.field(target, key);
    if (v === undefined) throw typeError(`${target.temporalType} has no field '${key}'`, 'InvalidArgumentType');
    return v as Value;
  }
  throw typeError(`Type mismatch: expected a map, node or relationship but was ${typeName(target)} (property '${key}')`, 'PropertyAccessOnNonMap');
}

function toIndex(v: Value): number {
  if (typeof v !== 'bigint') throw typeError(`List index must be an Integer, got ${typeName(v)}`, 'InvalidArgumentType');
  return Number(v);
}

let backtrackingAllowed = true;

/**
 * Whether `=~` may fall back to JavaScript's backtracking engine for patterns RE2 cannot run
 * (backreferences, lookaround). A server turns it off on its main thread, where nothing could stop a
 * pattern that backtracks for hours; query workers keep it (they are terminated at the deadline).
 */
export function allowBacktrackingRegex(allowed: boolean): void {
  backtrackingAllowed = allowed;
  regexCache.clear();
}

/** A compiled `=~` pattern: whole-string match. */
interface Matcher { test(s: string): boolean }
const regexCache = new Map<string, Matcher>();
const REGEX_CACHE_SIZE = 1000;

/**
 * `=~` runs on RE2 (re2js: linear time, so no pattern can backtrack catastrophically). Patterns RE2 does
 * not support (backreferences, lookaround) fall back to JavaScript's engine; a query stuck in one of
 * those is still stopped by its time limit where it runs in a worker thread.
 */
function regex(pattern: string): Matcher {
  let re = regexCache.get(pattern);
  if (!re) {
    let src = pattern;
    let flags = 'su';
    let re2Flags = RE2JS.DOTALL;
    const m = /^\(\?([imsux]+)\)/.exec(src);
    if (m) {
      src = src.slice(m[0].length);
      if (m[1].includes('i')) { flags += 'i'; re2Flags |= RE2JS.CASE_INSENSITIVE; }
      if (m[1].includes('m')) { flags += 'm'; re2Flags |= RE2JS.MULTILINE; }
    }
    try {
      const p = RE2JS.compile(src, re2Flags);
      re = { test: (s) => p.matches(s) };
    } catch (e) {
      let js: RegExp;
      try {
        js = new RegExp(`^(?:${src})$`, flags);
      } catch {
        throw new CypherError('ArgumentError', `Invalid regular expression: ${pattern}`, 'runtime', 'InvalidArgumentValue');
      }
      if (!backtrackingAllowed) {
        throw new CypherError('ArgumentError', `The regular expression ${JSON.stringify(pattern)} needs backtracking (${(e as Error).message}), which only read-only queries may use here`, 'runtime', 'InvalidArgumentValue');
      }
      re = { test: (s) => js.test(s) };
    }
    if (regexCache.size >= REGEX_CACHE_SIZE) regexCache.delete(regexCache.keys().next().value as string);
    regexCache.set(pattern, re);
  }
  return re;
}

function inList(x: Value, list: Value): Value {
  if (list === null) return null;
  if (!Array.isArray(list)) throw typeError(`Type mismatch: expected a list for IN but was ${typeName(list)}`, 'InvalidArgumentType');
  let sawNull = false;
  for (const item of list) {
    const e = equals(x, item);
    if (e === true) return true;
    if (e === null) sawNull = true;
  }
  return sawNull ? null : false;
}

function comparisonFn(op: string): (a: Value, b: Value) => Value {
  switch (op) {
    case '=': return (a, b) => equals(a, b);
    case '<>': return (a, b) => { const e = equals(a, b); return e === null ? null : !e; };
    case '<': return (a, b) => { const c = compare(a, b); return c === null ? null : c < 0; };
    case '>': return (a, b) => { const c = compare(a, b); return c === null ? null : c > 0; };
    case '<=': return (a, b) => { const c = compare(a, b); return c === null ? null : c <= 0; };
    case '>=': return (a, b) => { const c = compare(a, b); return c === null ? null : c >= 0; };
    default: throw new Error(`not a comparison: ${op}`);
  }
}

function binaryFn(op: string): (a: Value, b: Value) => Value {
  switch (op) {
    case '+': return add;
    case '-': return subtract;
    case '*': return multiply;
    case '/': return divide;
    case '%': return modulo;
    case '^': return power;
    case 'STARTS WITH': return (a, b) => (typeof a === 'string' && typeof b === 'string' ? a.startsWith(b) : null);
    case 'ENDS WITH': return (a, b) => (typeof a === 'string' && typeof b === 'string' ? a.endsWith(b) : null);
    case 'CONTAINS': return (a, b) => (typeof a === 'string' && typeof b === 'string' ? a.includes(b) : null);
    case '=~': return (a, b) => (typeof a === 'string' && typeof b === 'string' ? regex(b).test(a) : null);
    case 'IN': return inList;
    default: return comparisonFn(op);
  }
}

export function undefinedVariable(name: string, e: { pos: Expr['pos'] }): CypherError {
  return new CypherError('SyntaxError', `Variable \`${name}\` not defined`, 'compile', 'UndefinedVariable', e.pos);
}

function unknownFunction(name: string, e: Expr): CypherError {
  return new CypherError('SyntaxError', `Unknown function '${name}'`, 'compile', 'UnknownFunction', e.pos);
}

export function compileExpr(e: Expr, env: CompileEnv): Fn {
  const aggSlot = env.aggregates?.get(e);
  if (aggSlot !== undefined) return (row) => row[aggSlot] ?? null;
  switch (e.kind) {
    case 'Literal': {
      const v = e.value as Value;
      return () => v;
    }
    case 'Param': {
      const name = e.name;
      return (_row, ctx) => {
        const v = ctx.params[name];
        if (v === undefined) throw new CypherError('ParameterMissing', `Expected parameter: $${name}`, 'runtime', 'MissingParameter');
        return v;
      };
    }
    case 'Var': {
      const name = e.name;
      if (!env.bound.has(name)) throw undefinedVariable(name, e);
      return (row) => {
        const v = row[name];
        return v === undefined ? null : v;
      };
    }
    case 'Prop': {
      checkPropertyTarget(e.target, env.types);
      const key = e.key;
      if (e.target.kind === 'Var') {
        const name = e.target.name;
        // The fast path reads the row directly, so it must make the scope check compileExpr('Var') makes.
        if (!env.bound.has(name)) throw undefinedVariable(name, e.target);
        return (row, ctx) => {
          const t = row[name];
          if (t instanceof NodeRef) return nodeProperty(ctx, t.key, key);
          return propertyOf(t === undefined ? null : t, key, ctx);
        };
      }
      const t = compileExpr(e.target, env);
      return (row, ctx) => propertyOf(t(row, ctx), key, ctx);
    }
    case 'Index': {
      const t = compileExpr(e.target, env);
      const ix = compileExpr(e.index, env);
      return (row, ctx) => {
        const target = t(row, ctx);
        const index = ix(row, ctx);
        if (target === null || index === null) return null;
        if (Array.isArray(target)) {
          let i = toIndex(index);
          if (i < 0) i += target.length;
          return i >= 0 && i < target.length ? target[i] : null;
        }
        if (isValueMap(target) || target instanceof NodeRef || target instanceof RelRef) {
          if (typeof index !== 'string') throw typeError(`Map key must be a String, got ${typeName(index)}`, 'MapElementAccessByNonString');
          return propertyOf(target, index, ctx);
        }
        throw typeError(`Type mismatch: cannot index ${typeName(target)}`, 'InvalidArgumentType');
      };
    }
    case 'Slice': {
      const t = compileExpr(e.target, env);
      const from = e.from ? compileExpr(e.from, env) : null;
      const to = e.to ? compileExpr(e.to, env) : null;
      return (row, ctx) => {
        const target = t(row, ctx);
        if (target === null) return null;
        const f = from ? from(row, ctx) : 0n;
        const u = to ? to(row, ctx) : null;
        if (f === null || (to && u === null)) return null;
        if (!Array.isArray(target)) throw typeError(`Type mismatch: cannot slice ${typeName(target)}`, 'InvalidArgumentType');
        const n = target.length;
        let a = toIndex(f);
        let b = u === null ? n : toIndex(u);
        if (a < 0) a = Math.max(0, n + a);
        if (b < 0) b = Math.max(0, n + b);
        return target.slice(Math.min(a, n), Math.min(b, n));
      };
    }
    case 'Binary': return compileBinary(e, env);
    case 'Chain': {
      const fns = e.operands.map((o) => compileExpr(o, env));
      const ops = e.ops.map(comparisonFn);
      return (row, ctx) => {
        let result: boolean | null = true;
        let left = fns[0](row, ctx);
        for (let i = 0; i < ops.length; i++) {
          const right = fns[i + 1](row, ctx);
          const r = ops[i](left, right) as boolean | null;
          if (r === false) return false;
          if (r === null) result = null;
          left = right;
        }
        return result;
      };
    }
    case 'Not': {
      checkBooleanOperand(e.operand, env.types, 'NOT');
      const f = compilePredicate(e.operand, env);
      return (row, ctx) => {
        const v = truth(f(row, ctx), 'NOT');
        return v === null ? null : !v;
      };
    }
    case 'Neg': {
      const f = compileExpr(e.operand, env);
      return (row, ctx) => negate(f(row, ctx));
    }
    case 'Plus': {
      const f = compileExpr(e.operand, env);
      return (row, ctx) => {
        const v = f(row, ctx);
        if (v === null || typeof v === 'bigint' || typeof v === 'number' || isTemporal(v)) return v;
        throw typeError(`Cannot apply unary '+' to ${typeName(v)}`);
      };
    }
    case 'IsNull': {
      const f = compileExpr(e.operand, env);
      return e.negated ? (row, ctx) => f(row, ctx) !== null : (row, ctx) => f(row, ctx) === null;
    }
    case 'HasLabels': {
      if (e.dynamic?.length) return dynamicHasLabels(e, env);
      const f = compileExpr(e.target, env);
      const labels = e.labels;
      const lx = e.labelExpr ?? null;
      if (lx) {
        return (row, ctx) => {
          const v = f(row, ctx);
          if (v === null) return null;
          if (v instanceof RelRef) return matchLabels(lx, [v.type]);
          if (!(v instanceof NodeRef)) throw typeError(`Type mismatch: expected Node but was ${typeName(v)}`);
          return matchLabels(lx, nodeLabels(ctx, v.key));
        };
      }
      return (row, ctx) => {
        const v = f(row, ctx);
        if (v === null) return null;
        if (v instanceof RelRef) return labels.every((l) => l === v.type);
        if (!(v instanceof NodeRef)) throw typeError(`Type mismatch: expected Node but was ${typeName(v)}`);
        const have = nodeLabels(ctx, v.key);
        for (const l of labels) if (!have.includes(l)) return false;
        return true;
      };
    }
    case 'List': {
      const items = e.items.map((i) => compileExpr(i, env));
      return (row, ctx) => items.map((f) => f(row, ctx));
    }
    case 'Map': {
      const entries = e.entries.map(([k, v]) => [k, compileExpr(v, env)] as const);
      return (row, ctx) => {
        const out: ValueMap = {};
        for (const [k, f] of entries) out[k] = f(row, ctx);
        return out;
      };
    }
    case 'Call': return compileCall(e, env);
    case 'Case': {
      const test = e.test ? compileExpr(e.test, env) : null;
      const whens = e.whens.map(([w, t]) => [test ? compileExpr(w, env) : compilePredicate(w, env), compileExpr(t, env)] as const);
      const otherwise = e.otherwise ? compileExpr(e.otherwise, env) : () => null;
      if (test) {
        return (row, ctx) => {
          const v = test(row, ctx);
          for (const [w, t] of whens) if (equals(v, w(row, ctx)) === true) return t(row, ctx);
          return otherwise(row, ctx);
        };
      }
      return (row, ctx) => {
        for (const [w, t] of whens) if (w(row, ctx) === true) return t(row, ctx);
        return otherwise(row, ctx);
      };
    }
    case 'ListComp': {
      const src = compileExpr(e.source, env);
      const inner = withBound(env, [e.variable], new Map([[e.variable, elementType(e.source, env.types)]]));
      const where = e.where ? compilePredicate(e.where, inner) : null;
      const map = e.map ? compileExpr(e.map, inner) : null;
      const v = e.variable;
      return (row, ctx) => {
        const list = src(row, ctx);
        if (list === null) return null;
        if (!Array.isArray(list)) throw typeError(`Type mismatch: expected a list but was ${typeName(list)}`);
        const scope: Row = Object.create(row);
        const out: Value[] = [];
        for (const item of list) {
          scope[v] = item;
          if (where && truth(where(scope, ctx), 'WHERE') !== true) { work(1); continue; }
          out.push(map ? map(scope, ctx) : item);
          allocate(1);
        }
        return out;
      };
    }
    case 'Quantifier': {
      const src = compileExpr(e.source, env);
      const inner = withBound(env, [e.variable], new Map([[e.variable, elementType(e.source, env.types)]]));
      const where = e.where ? compilePredicate(e.where, inner) : () => true;
      const v = e.variable;
      const q = e.quantifier;
      return (row, ctx) => {
        const list = src(row, ctx);
        if (list === null) return null;
        if (!Array.isArray(list)) throw typeError(`Type mismatch: expected a list but was ${typeName(list)}`);
        const scope: Row = Object.create(row);
        let trues = 0;
        let nulls = 0;
        for (const item of list) {
          scope[v] = item;
          work(1);
          const r = truth(where(scope, ctx), q);
          if (r === true) {
            trues++;
            if (q === 'any') return true;
            if (q === 'none') return false;
            if (q === 'single' && trues > 1) return false;
          } else if (r === null) nulls++;
          else if (q === 'all') return false;
        }
        switch (q) {
          case 'all': return nulls > 0 ? null : true;
          case 'any': return nulls > 0 ? null : false;
          case 'none': return nulls > 0 ? null : true;
          case 'single': return nulls > 0 ? (trues <= 1 ? null : false) : trues === 1;
        }
      };
    }
    case 'Reduce': {
      const init = compileExpr(e.init, env);
      const src = compileExpr(e.source, env);
      const inner = withBound(env, [e.acc, e.variable]);
      const body = compileExpr(e.expr, inner);
      const { acc, variable } = e;
      return (row, ctx) => {
        const list = src(row, ctx);
        if (list === null) return null;
        if (!Array.isArray(list)) throw typeError(`Type mismatch: expected a list but was ${typeName(list)}`);
        const scope: Row = Object.create(row);
        scope[acc] = init(row, ctx);
        for (const item of list) {
          scope[variable] = item;
          scope[acc] = body(scope, ctx);
          work(1);
        }
        return scope[acc];
      };
    }
    case 'PatternComp': {
      const op = env.planPatterns([e.pattern], e.where, env.bound);
      const inner = withBound(env, patternVariables(e.pattern));
      const map = compileExpr(e.map, inner);
      return (row, ctx) => {
        const out: Value[] = [];
        op.execute(ctx, row, (r) => { out.push(map(r, ctx)); allocate(1); });
        return out;
      };
    }
    case 'PatternExpr': {
      if (!env.patternValues) throw patternValueRefused('A pattern expression can only be used as a predicate', e);
      return compilePatternPaths(e.pattern, env);
    }
    case 'ShortestPathExpr': {
      const part: PatternPart = e.pattern.path ? e.pattern : { ...e.pattern, path: '  path' };
      const op = env.planPatterns([part], null, env.bound);
      const pathVar = part.path as string;
      const all = e.pattern.shortest === 'allShortestPaths';
      return (row, ctx) => {
        const out: Value[] = [];
        op.execute(ctx, row, (r) => { out.push(r[pathVar]); });
        return all ? out : out[0] ?? null;
      };
    }
    case 'Exists': {
      if (e.body.kind === 'query') checkReadOnlySubquery(e.body.query);
      const op = e.body.kind === 'patterns'
        ? env.planPatterns(e.body.patterns, e.body.where, env.bound)
        : env.planSubquery(e.body.query, env.bound).root;
      return (row, ctx) => existsRows(op, ctx, row);
    }
    case 'CountSub': {
      if (e.body.kind === 'query') checkReadOnlySubquery(e.body.query);
      const op = e.body.kind === 'patterns'
        ? env.planPatterns(e.body.patterns, e.body.where, env.bound)
        : env.planSubquery(e.body.query, env.bound).root;
      return (row, ctx) => {
        let n = 0n;
        op.execute(ctx, row, () => { n++; });
        return n;
      };
    }
    case 'CollectSub': {
      checkReadOnlySubquery(e.query);
      const plan = env.planSubquery(e.query, env.bound);
      if (plan.columns.length !== 1) {
        throw new CypherError('SyntaxError', 'A COLLECT subquery must return exactly one column', 'compile', 'InvalidClauseComposition', e.pos);
      }
      const col = plan.columns[0];
      return (row, ctx) => {
        const out: Value[] = [];
        plan.root.execute(ctx, row, (r) => { out.push(r[col] ?? null); });
        return out;
      };
    }
    case 'MapProjection': {
      const t = compileExpr(e.target, env);
      for (const it of e.items) if (it.kind === 'var' && !env.bound.has(it.name)) throw undefinedVariable(it.name, e);
      const items = e.items.map((it) => (it.kind === 'entry' ? { ...it, fn: compileExpr(it.value, env) } : { ...it, fn: null }));
      return (row, ctx) => {
        const target = t(row, ctx);
        if (target === null) return null;
        const out: ValueMap = {};
        for (const it of items) {
          switch (it.kind) {
            case 'all': {
              const props = target instanceof NodeRef || target instanceof RelRef ? entityProperties(ctx, target)
                : isValueMap(target) ? target : null;
              if (props === null) throw typeError(`Type mismatch: cannot project ${typeName(target)}`);
              Object.assign(out, props);
              break;
            }
            case 'prop': out[it.key] = propertyOf(target, it.key, ctx); break;
            case 'var': {
              const v = row[it.name];
              out[it.name] = v === undefined ? null : v;
              break;
            }
            case 'entry': out[it.key] = it.fn!(row, ctx); break;
          }
        }
        return out;
      };
    }
  }
}

function compileBinary(e: Expr & { kind: 'Binary' }, env: CompileEnv): Fn {
  const op = e.op;
  if (op === 'AND' || op === 'OR' || op === 'XOR') {
    checkBooleanOperand(e.left, env.types, op);
    checkBooleanOperand(e.right, env.types, op);
    const l = compilePredicate(e.left, env);
    const r = compilePredicate(e.right, env);
    if (op === 'AND') {
      return (row, ctx) => {
        const a = truth(l(row, ctx), 'AND');
        if (a === false) return false;
        const b = truth(r(row, ctx), 'AND');
        if (b === false) return false;
        return a === null || b === null ? null : true;
      };
    }
    if (op === 'OR') {
      return (row, ctx) => {
        const a = truth(l(row, ctx), 'OR');
        if (a === true) return true;
        const b = truth(r(row, ctx), 'OR');
        if (b === true) return true;
        return a === null || b === null ? null : false;
      };
    }
    return (row, ctx) => {
      const a = truth(l(row, ctx), 'XOR');
      const b = truth(r(row, ctx), 'XOR');
      return a === null || b === null ? null : a !== b;
    };
  }
  if (op === 'IN') checkListOperand(e.right, env.types);
  if (op === '+' || op === '-' || op === '*' || op === '/' || op === '%' || op === '^') {
    checkArithmeticOperand(e.left, env.types, op, e.right);
    checkArithmeticOperand(e.right, env.types, op, e.left);
  }
  const l = compileExpr(e.left, env);
  const r = compileExpr(e.right, env);
  const f = binaryFn(op);
  // fast paths for the common integer/string comparisons
  if (op === '=') {
    return (row, ctx) => {
      const a = l(row, ctx);
      const b = r(row, ctx);
      if (typeof a === 'string' && typeof b === 'string') return a === b;
      if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
      if (a instanceof NodeRef && b instanceof NodeRef) return a.key === b.key;
      return equals(a, b);
    };
  }
  if (op === '<>') {
    return (row, ctx) => {
      const a = l(row, ctx);
      const b = r(row, ctx);
      if (a instanceof NodeRef && b instanceof NodeRef) return a.key !== b.key;
      if (typeof a === 'string' && typeof b === 'string') return a !== b;
      const e = equals(a, b);
      return e === null ? null : !e;
    };
  }
  return (row, ctx) => f(l(row, ctx), r(row, ctx));
}

function compileCall(e: Expr & { kind: 'Call' }, env: CompileEnv): Fn {
  const name = e.name.toLowerCase();
  if (AGGREGATE_NAMES.has(name)) {
    throw new CypherError('SyntaxError', `Invalid use of aggregating function ${e.name}(...) in this context`, 'compile', 'InvalidAggregation', e.pos);
  }
  if (name === 'exists') {
    if (e.args.length !== 1) throw new CypherError('SyntaxError', 'exists() takes one argument', 'compile', 'InvalidNumberOfArguments', e.pos);
    const a = e.args[0];
    if (a.kind === 'PatternExpr') {
      const op = env.planPatterns([a.pattern], null, env.bound);
      return (row, ctx) => existsRows(op, ctx, row);
    }
    if (a.kind !== 'Prop' && a.kind !== 'Index') {
      throw new CypherError('SyntaxError', 'Argument to exists(...) is not a property or pattern', 'compile', 'InvalidArgumentExpression', a.pos);
    }
    const f = compileExpr(a, env);
    return (row, ctx) => (f(row, ctx) !== null);
  }
  if (name === 'properties' && e.args.length === 1) checkMapArgument(e.args[0], env.types, 'properties');
  if (name === 'type' && e.args.length === 1 && staticType(e.args[0], env.types) === 'Node') {
    throw new CypherError('SyntaxError', 'Type mismatch: type() expected Relationship but was Node', 'compile', 'InvalidArgumentType', e.args[0].pos);
  }
  if ((name === 'size' || name === 'length') && e.args.length === 1) {
    const a = e.args[0];
    if (a.kind === 'PatternExpr') {
      if (name === 'length') {
        throw new CypherError('SyntaxError', 'length() of a pattern is not supported: use size(pattern) or COUNT { pattern }', 'compile', 'InvalidArgumentType', a.pos);
      }
      if (!env.patternValues) throw patternValueRefused(`${e.name}() of a pattern predicate is not supported`, a);
      // size((a)-->()) counts the pattern's paths, as COUNT { (a)-->() } does.
      checkPatternBound(a.pattern, env);
      const op = env.planPatterns([a.pattern], null, env.bound);
      return (row, ctx) => {
        let n = 0n;
        op.execute(ctx, row, () => { n++; });
        return n;
      };
    }
    const t = staticType(a, env.types);
    if (name === 'size' && t === 'Path') throw new CypherError('SyntaxError', 'size() cannot take a Path (use length())', 'compile', 'InvalidArgumentType', a.pos);
  }
  const args = e.args.map((a) => compileExpr(a, env));
  const graphFn = graphFunction(name, args);
  if (graphFn) {
    const graphMismatch = e.args.length === 1 ? graphArgumentMismatch(name, staticType(e.args[0], env.types)) : undefined;
    if (graphMismatch) throw new CypherError('SyntaxError', graphMismatch, 'compile', 'InvalidArgumentType', e.args[0].pos);
    const arity = name === 'coalesce' ? [1, Infinity] : [1, 1];
    if (args.length < arity[0] || args.length > arity[1]) {
      throw new CypherError('SyntaxError', `Wrong number of arguments for ${e.name}()`, 'compile', 'InvalidNumberOfArguments', e.pos);
    }
    return graphFn;
  }
  const fn = lookupFunction(name);
  if (!fn) throw unknownFunction(e.name, e);
  const mismatch = argumentMismatch(name, e.args.map((a) => staticType(a, env.types)));
  if (mismatch) {
    throw new CypherError('SyntaxError', `Type mismatch: expected ${mismatch.expected} but was ${mismatch.actual}`, 'compile', 'InvalidArgumentType', e.args[mismatch.index].pos);
  }
  if (args.length < fn.minArgs || args.length > fn.maxArgs) {
    throw new CypherError('SyntaxError', `Wrong number of arguments for ${e.name}()`, 'compile', 'InvalidNumberOfArguments', e.pos);
  }
  const fnCall = fn.call;
  // lists a function builds (split, keys, tail, reverse, …) count against the memory budget
  const call = (a: CypherValue[]): Value => {
    const r = fnCall(a) as Value;
    if (Array.isArray(r)) allocate(r.length);
    return r;
  };
  switch (args.length) {
    case 0: return () => call([]);
    case 1: {
      const a0 = args[0];
      return (row, ctx) => call([a0(row, ctx) as CypherValue]);
    }
    default:
      return (row, ctx) => call(args.map((f) => f(row, ctx)) as CypherValue[]);
  }
}

/** `n:$(expr)` / `n:$any(expr)` (from a pattern): the static part, then each dynamic label list. */
function dynamicHasLabels(e: Expr & { kind: 'HasLabels' }, env: CompileEnv): Fn {
  const base = compileExpr({ ...e, dynamic: undefined }, env);
  const target = compileExpr(e.target, env);
  const dynamic = (e.dynamic ?? []).map((d) => ({ f: compileExpr(d.expr, env), any: d.any }));
  return (row, ctx) => {
    const b = base(row, ctx);
    if (b !== true) return b;
    const v = target(row, ctx);
    const have = v instanceof RelRef ? [v.type] : nodeLabels(ctx, (v as NodeRef).key);
    for (const d of dynamic) {
      const names = dynamicLabelNames(d.f(row, ctx));
      if (!(d.any ? names.some((l) => have.includes(l)) : names.every((l) => have.includes(l)))) return false;
    }
    return true;
  };
}

/** The labels (or types) a dynamic label expression gives: a STRING or a LIST<STRING>. */
export function dynamicLabelNames(v: Value): string[] {
  const names = Array.isArray(v) ? v : [v];
  for (const l of names) {
    if (typeof l !== 'string' || l === '') {
      throw typeError(`Type mismatch: a dynamic label or type must be a non-empty String, but was ${typeName(l)}`, 'InvalidArgumentType');
    }
  }
  return names as string[];
}
