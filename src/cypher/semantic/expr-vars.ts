/**
 * Free variables of an expression (those it reads from the row), minus the ones it binds itself
 * (comprehension and quantifier variables, reduce accumulators, pattern-comprehension variables).
 */
import type { Expr, PatternPart } from '../ast.ts';
import { AGGREGATE_NAMES } from '../expressions/aggregates.ts';

export function exprVars(e: Expr, out: Set<string> = new Set(), local: Set<string> = new Set()): Set<string> {
  const walk = (x: Expr | null, l: Set<string> = local): void => { if (x) exprVars(x, out, l); };
  const withLocal = (...names: string[]): Set<string> => { const s = new Set(local); for (const n of names) s.add(n); return s; };
  switch (e.kind) {
    case 'Literal': case 'Param': return out;
    case 'Var': if (!local.has(e.name)) out.add(e.name); return out;
    case 'Prop': walk(e.target); return out;
    case 'Index': walk(e.target); walk(e.index); return out;
    case 'Slice': walk(e.target); walk(e.from); walk(e.to); return out;
    case 'Binary': walk(e.left); walk(e.right); return out;
    case 'Chain': e.operands.forEach((o) => walk(o)); return out;
    case 'Not': case 'Neg': case 'Plus': case 'IsNull': walk(e.operand); return out;
    case 'HasLabels': walk(e.target); e.dynamic?.forEach((d) => walk(d.expr)); return out;
    case 'List': e.items.forEach((i) => walk(i)); return out;
    case 'Map': e.entries.forEach(([, v]) => walk(v)); return out;
    case 'Call': e.args.forEach((a) => walk(a)); return out;
    case 'Case': walk(e.test); e.whens.forEach(([a, b]) => { walk(a); walk(b); }); walk(e.otherwise); return out;
    case 'ListComp': { walk(e.source); const l = withLocal(e.variable); walk(e.where, l); walk(e.map, l); return out; }
    case 'Quantifier': { walk(e.source); const l = withLocal(e.variable); walk(e.where, l); return out; }
    case 'Reduce': { walk(e.init); walk(e.source); walk(e.expr, withLocal(e.acc, e.variable)); return out; }
    case 'PatternComp': {
      const names = patternNames(e.pattern);
      patternExprVars(e.pattern, out, local);
      const l = withLocal(...names);
      walk(e.where, l); walk(e.map, l);
      return out;
    }
    case 'PatternExpr': case 'ShortestPathExpr': patternExprVars(e.pattern, out, local); return out;
    case 'Exists': case 'CountSub':
      if (e.body.kind === 'patterns') {
        const names = e.body.patterns.flatMap(patternNames);
        for (const p of e.body.patterns) patternExprVars(p, out, local);
        walk(e.body.where, withLocal(...names));
      } else out.add('*subquery*');
      return out;
    case 'CollectSub': out.add('*subquery*'); return out;
    case 'MapProjection': walk(e.target); e.items.forEach((i) => { if (i.kind === 'entry') walk(i.value); if (i.kind === 'var' && !local.has(i.name)) out.add(i.name); }); return out;
  }
}

function patternNames(p: PatternPart): string[] {
  const out: string[] = [];
  if (p.path) out.push(p.path);
  for (const n of p.nodes) if (n.variable) out.push(n.variable);
  for (const r of p.rels) if (r.variable) out.push(r.variable);
  return out;
}

/** Variables a pattern used as an expression reads: its named nodes/rels (bound outside) and map values. */
function patternExprVars(p: PatternPart, out: Set<string>, local: Set<string>): void {
  for (const n of p.nodes) {
    if (n.variable && !local.has(n.variable)) out.add(n.variable);
    if (n.properties) exprVars(n.properties, out, local);
  }
  for (const r of p.rels) {
    if (r.variable && !local.has(r.variable)) out.add(r.variable);
    if (r.properties) exprVars(r.properties, out, local);
  }
}

/** Whether an expression contains an aggregating function call (outside nested subqueries). */
export function containsAggregate(e: Expr): boolean {
  let found = false;
  visit(e, (x) => {
    if (x.kind === 'Call' && AGGREGATE_NAMES.has(x.name.toLowerCase())) { found = true; return false; }
    return true;
  });
  return found;
}

/** Aggregate calls of an expression, outermost only. */
export function aggregateCalls(e: Expr): (Expr & { kind: 'Call' })[] {
  const out: (Expr & { kind: 'Call' })[] = [];
  visit(e, (x) => {
    if (x.kind === 'Call' && AGGREGATE_NAMES.has(x.name.toLowerCase())) { out.push(x); return false; }
    return true;
  });
  return out;
}

/** Pre-order walk over sub-expressions (not into subqueries); `f` returns false to skip children. */
export function visit(e: Expr, f: (x: Expr) => boolean): void {
  if (!f(e)) return;
  const v = (x: Expr | null): void => { if (x) visit(x, f); };
  switch (e.kind) {
    case 'Prop': v(e.target); break;
    case 'Index': v(e.target); v(e.index); break;
    case 'Slice': v(e.target); v(e.from); v(e.to); break;
    case 'Binary': v(e.left); v(e.right); break;
    case 'Chain': e.operands.forEach(v); break;
    case 'Not': case 'Neg': case 'Plus': case 'IsNull': v(e.operand); break;
    case 'HasLabels': v(e.target); e.dynamic?.forEach((d) => v(d.expr)); break;
    case 'List': e.items.forEach(v); break;
    case 'Map': e.entries.forEach(([, x]) => v(x)); break;
    case 'Call': e.args.forEach(v); break;
    case 'Case': v(e.test); e.whens.forEach(([a, b]) => { v(a); v(b); }); v(e.otherwise); break;
    case 'ListComp': v(e.source); v(e.where); v(e.map); break;
    case 'Quantifier': v(e.source); v(e.where); break;
    case 'Reduce': v(e.init); v(e.source); v(e.expr); break;
    case 'PatternComp': v(e.where); v(e.map); break;
    case 'MapProjection': v(e.target); e.items.forEach((i) => { if (i.kind === 'entry') v(i.value); }); break;
    default: break;
  }
}

/** Structural key of an expression (positions ignored), to match ORDER BY items with projections. */
export function exprKey(e: Expr): string {
  return JSON.stringify(e, (k, val) => (k === 'pos' ? undefined : typeof val === 'bigint' ? `${val}n` : val));
}
