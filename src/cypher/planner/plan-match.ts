/**
 * Planning of MATCH patterns: for each pattern part, pick the most selective start (a bound node, an
 * index seek on (label, property) equality, the smallest label, else all nodes), expand along the chain
 * in both directions, and apply each WHERE conjunct as soon as its variables are bound.
 */
import type { DynamicLabel, Expr, NodePattern, PatternPart, QuantifiedGroup, RelPattern } from '../ast.ts';
import { CypherError } from '../errors.ts';
import type { Operator } from '../runtime/context.ts';
import { compileExpr, compilePredicate, type CompileEnv } from '../expressions/compile.ts';
import type { Fn } from '../expressions/graph-functions.ts';
import { exprVars } from '../semantic/expr-vars.ts';
import { BoundNode } from '../operators/bound-node.ts';
import { BuildPath, type PathStep } from '../operators/build-path.ts';
import { Expand, type Direction } from '../operators/expand.ts';
import { Filter } from '../operators/filter.ts';
import { IndexSeek } from '../operators/index-seek.ts';
import { LabelScan } from '../operators/label-scan.ts';
import { makeNodeCheck, makeRelCheck } from '../operators/node-check.ts';
import { NodeScan } from '../operators/node-scan.ts';
import { ShortestPath, type PathFilters } from '../operators/shortest-path.ts';
import { fastShortestFor } from '../columnar/plan-columnar.ts';
import { QuantifiedExpand } from '../operators/quantified-expand.ts';
import { Argument } from '../operators/argument.ts';
import { VarLengthExpand } from '../operators/var-length-expand.ts';
import { NodeRef, RelRef } from '../runtime/entities.ts';
import type { ExecContext } from '../runtime/context.ts';
import type { Row, Value } from '../runtime/value.ts';
import { equals } from '../expressions/compare.ts';

export interface Statistics {
  labelCount(label: string): number;
  nodeCount(): number;
  /** Average number of relationships of a node with this label (any node when null) in a direction. */
  avgDegree(label: string | null, direction: Direction): number;
}

export interface MatchContext {
  env: CompileEnv;
  stats: Statistics;
  /** counter for hidden names of anonymous pattern elements */
  anon: { n: number };
}

interface Conjunct { expr: Expr; vars: Set<string>; used: boolean; text: string }

export function splitAnd(e: Expr | null, out: Expr[] = []): Expr[] {
  if (!e) return out;
  if (e.kind === 'Binary' && e.op === 'AND') {
    splitAnd(e.left, out);
    splitAnd(e.right, out);
  } else out.push(e);
  return out;
}

/** Gives hidden names to anonymous nodes and relationships (names starting with a space). */
function dynamicLabelCheck(variable: string, dynamic: DynamicLabel[], pos: Expr['pos']): Expr {
  return { kind: 'HasLabels', target: { kind: 'Var', name: variable, pos }, labels: [], dynamic, pos };
}

export function nameAnonymous(part: PatternPart, anon: { n: number }): PatternPart {
  return {
    ...part,
    nodes: part.nodes.map((n) => (n.variable ? n : { ...n, variable: `  n${anon.n++}` })),
    rels: part.rels.map((r) => (r.variable ? r : { ...r, variable: `  r${anon.n++}` })),
  };
}

function flip(d: Direction): Direction { return d === 'out' ? 'in' : d === 'in' ? 'out' : 'both'; }

function bounds(r: RelPattern): { min: number; max: number } {
  if (!r.varLength) return { min: 1, max: 1 };
  return { min: r.varLength.min ?? 1, max: r.varLength.max ?? Infinity };
}

/**
 * Plans `parts` (+ `where`) on top of `source`. `bound` holds the variables bound before; it is updated
 * with the variables the pattern binds. Returns the new operator.
 */
export function planMatch(
  mc: MatchContext, source: Operator, bound: Set<string>, rawParts: PatternPart[], where: Expr | null,
): Operator {
  const parts = rawParts.map((p) => nameAnonymous(simplifyQuantified(p), mc.anon));
  for (const p of parts) {
    if (p.selector && !p.shortest) throw new CypherError('SyntaxError', 'Path selectors (ANY, SHORTEST, ALL SHORTEST) can only be used in MATCH', 'compile', 'InvalidPathSelector', p.selector.pos);
  }
  // variables of all parts are visible to the WHERE and to property maps of the same MATCH
  const inline: Expr[] = [];
  for (const p of parts) {
    for (const n of p.nodes) if (n.where) inline.push(n.where);
    for (const r of p.rels) if (r.where) inline.push(r.where);
    // dynamic labels and types (`(n:$(expr))`, `-[r:$any(expr)]->`) are checked like inline predicates
    for (const n of p.nodes) if (n.dynamicLabels) inline.push(dynamicLabelCheck(n.variable!, n.dynamicLabels, n.pos));
    for (const r of p.rels) {
      if (!r.dynamicTypes) continue;
      if (r.varLength) throw new CypherError('SyntaxError', 'Dynamic relationship types are not supported on variable-length relationships', 'compile', 'InvalidRelationshipPattern', r.pos);
      inline.push(dynamicLabelCheck(r.variable!, r.dynamicTypes, r.pos));
    }
  }
  const conjuncts: Conjunct[] = [...inline.flatMap((e) => splitAnd(e)), ...splitAnd(where)]
    .map((expr) => ({ expr, vars: exprVars(expr), used: false, text: '' }));
  let op = source;
  const clauseRels: string[] = [];
  const patternScope = new Set(bound);
  for (const p of parts) {
    if (p.path) patternScope.add(p.path);
    for (const n of p.nodes) patternScope.add(n.variable!);
    for (const r of p.rels) patternScope.add(r.variable!);
    for (const r of p.rels) if (r.quantified) for (const v of groupVariables(r.quantified.part)) patternScope.add(v);
  }
  for (const p of parts) for (const r of p.rels) if (bound.has(r.variable!)) clauseRels.push(r.variable!);
  const envFor = (): CompileEnv => ({ ...mc.env, bound: patternScope });

  const applyConjuncts = (): void => {
    for (const c of conjuncts) {
      if (c.used) continue;
      let ok = true;
      for (const v of c.vars) if (!bound.has(v)) { ok = false; break; }
      if (!ok) continue;
      c.used = true;
      op = new Filter(op, compilePredicate(c.expr, envFor()), describe(c.expr), c.expr);
    }
  };
  applyConjuncts();

  // plan connected parts first: a part touching bound variables is cheaper
  const order = parts.slice();
  const planned = new Set<PatternPart>();
  while (planned.size < order.length) {
    let pick = order.find((p) => !planned.has(p) && p.nodes.some((n) => bound.has(n.variable!)));
    if (!pick) pick = order.find((p) => !planned.has(p))!;
    planned.add(pick);
    op = planPart(mc, op, bound, pick, conjuncts, clauseRels, envFor);
    applyConjuncts();
  }
  for (const c of conjuncts) {
    if (!c.used) op = new Filter(op, compilePredicate(c.expr, envFor()), describe(c.expr), c.expr);
  }
  return op;
}

function describe(e: Expr): string {
  switch (e.kind) {
    case 'Binary': return `${describe(e.left)} ${e.op} ${describe(e.right)}`;
    case 'Prop': return `${describe(e.target)}.${e.key}`;
    case 'Var': return e.name;
    case 'Param': return `$${e.name}`;
    case 'Literal': return typeof e.value === 'string' ? `'${e.value}'` : String(e.value);
    case 'HasLabels': return `${describe(e.target)}:${e.labels.join(':')}`;
    default: return e.kind;
  }
}

function nodeCheckFor(n: NodePattern, env: () => CompileEnv) {
  return makeNodeCheck(n.labels, n.properties ? compileExpr(n.properties, env()) : null, n.labelExpr ?? null);
}

function planPart(
  mc: MatchContext, source: Operator, bound: Set<string>, part: PatternPart, conjuncts: Conjunct[],
  clauseRels: string[], envFor: () => CompileEnv,
): Operator {
  if (part.shortest) return planShortest(mc, source, bound, part, conjuncts, clauseRels, envFor);
  let op = source;
  const nodes = part.nodes;
  // choose the start node: the one from which the estimated number of intermediate rows is smallest
  let best = 0;
  let bestCost = Infinity;
  let bestSeek: { label: string; property: string; value: Fn; fromMap: boolean } | null = null;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const v = n.variable!;
    if (bound.has(v)) {
      const cost = chainCost(mc.stats, part, i, 1, bound) * 0.5;
      if (cost < bestCost) { best = i; bestCost = cost; bestSeek = null; }
      continue;
    }
    const seek = findSeek(mc, n, bound, conjuncts, envFor);
    let start = mc.stats.nodeCount();
    for (const l of n.labels) start = Math.min(start, mc.stats.labelCount(l));
    if (seek) start = Math.min(start, 1);
    const cost = chainCost(mc.stats, part, i, start, bound);
    if (cost < bestCost) { best = i; bestCost = cost; bestSeek = seek; }
  }
  const start = nodes[best];
  const sv = start.variable!;
  if (bound.has(sv)) {
    op = new BoundNode(op, sv, nodeCheckFor(start, envFor));
  } else if (bestSeek) {
    // the seek already guarantees its label and property: check only the rest of the node pattern
    const props = start.properties;
    const rest: NodePattern = {
      ...start,
      labels: start.labels.filter((l) => l !== bestSeek!.label),
      properties: props && props.kind === 'Map' && bestSeek.fromMap
        ? (props.entries.length > 1 ? { ...props, entries: props.entries.filter(([k]) => k !== bestSeek!.property) } : null)
        : props,
    };
    op = new IndexSeek(op, sv, bestSeek.label, bestSeek.property, bestSeek.value, nodeCheckFor(rest, envFor));
  } else if (start.labels.length > 0) {
    let label = start.labels[0];
    for (const l of start.labels) if (mc.stats.labelCount(l) < mc.stats.labelCount(label)) label = l;
    op = new LabelScan(op, sv, label, nodeCheckFor(start, envFor));
  } else {
    op = new NodeScan(op, sv, nodeCheckFor(start, envFor));
  }
  bound.add(sv);
  const nodesCols: (string | null)[] = part.rels.map(() => null);
  const expandStep = (j: number, forward: boolean): void => {
    const r = part.rels[j];
    const from = forward ? nodes[j] : nodes[j + 1];
    const to = forward ? nodes[j + 1] : nodes[j];
    const dir = forward ? r.direction : flip(r.direction);
    const toVar = to.variable!;
    const toBound = bound.has(toVar);
    const relVar = r.variable!;
    const relAlreadyBound = bound.has(relVar);
    const col = relAlreadyBound ? `  chk${mc.anon.n++}` : relVar;
    const toCheck = nodeCheckFor(to, envFor);
    const relCheck = makeRelCheck(r.properties ? compileExpr(r.properties, envFor()) : null);
    if (r.quantified) {
      const nodesCol = part.path ? `  nodes${mc.anon.n++}` : null;
      nodesCols[j] = nodesCol;
      op = planQuantified(mc, op, bound, r.quantified, from.variable!, toVar, toBound, toCheck, col, nodesCol, clauseRels.filter((x) => x !== relVar), !forward);
    } else if (r.varLength) {
      const { min, max } = bounds(r);
      const nodesCol = part.path ? `  nodes${mc.anon.n++}` : null;
      nodesCols[j] = nodesCol;
      op = new VarLengthExpand(op, from.variable!, col, toVar, r.types, dir, min, max, toBound, toCheck, relCheck, clauseRels.filter((x) => x !== relVar), !forward, nodesCol);
    } else {
      const expand = new Expand(op, from.variable!, col, toVar, r.types, dir, toBound, toCheck, relCheck, clauseRels.filter((x) => x !== relVar));
      expand.keyOnly = relVar.startsWith(' ') && !relAlreadyBound && !part.path;
      op = expand;
    }
    if (toBound && toCheck) op = new BoundNode(op, toVar, toCheck);
    if (relAlreadyBound) {
      if (!clauseRels.includes(relVar)) clauseRels.push(relVar);
      const a = col;
      op = new Filter(op, (row) => {
        const x = row[a];
        const y = row[relVar];
        if (y instanceof RelRef || Array.isArray(y)) return equals(x, y);
        return false;
      }, `${relVar} = bound`);
    } else {
      clauseRels.push(relVar);
    }
    bound.add(toVar);
    bound.add(relVar);
  };
  for (let j = best; j < part.rels.length; j++) expandStep(j, true);
  for (let j = best - 1; j >= 0; j--) expandStep(j, false);
  if (part.path) {
    const steps: PathStep[] = part.rels.map((r, j) => ({ rel: r.variable!, nodes: nodesCols[j] }));
    op = new BuildPath(op, part.path, nodes[0].variable!, steps, nodes.map((n) => n.variable!));
    bound.add(part.path);
  }
  return op;
}

function selectivity(stats: Statistics, n: NodePattern, bound: Set<string>): number {
  if (n.variable && bound.has(n.variable)) return 1 / Math.max(1, stats.nodeCount());
  let s = 1;
  const total = Math.max(1, stats.nodeCount());
  for (const l of n.labels) s = Math.min(s, stats.labelCount(l) / total);
  if (n.properties) s *= 0.1;
  return s;
}

function mainLabel(stats: Statistics, n: NodePattern): string | null {
  let best: string | null = null;
  for (const l of n.labels) if (best === null || stats.labelCount(l) < stats.labelCount(best)) best = l;
  return best;
}

/** Relationships one element of a chain spans (bounded at 3 repetitions for the estimate). */
function hopsOf(r: RelPattern): number {
  if (r.quantified) return Math.min(r.quantified.max ?? 3, 3) * r.quantified.part.rels.length;
  return r.varLength ? Math.min(r.varLength.max ?? 3, 3) : 1;
}

/** Estimated rows produced while expanding the whole chain from node `i` with `start` rows. */
function chainCost(stats: Statistics, part: PatternPart, i: number, start: number, bound: Set<string>): number {
  let total = start;
  let rows = start;
  for (let j = i; j < part.rels.length; j++) {
    const r = part.rels[j];
    const hops = hopsOf(r);
    rows *= Math.pow(Math.max(stats.avgDegree(mainLabel(stats, part.nodes[j]), r.direction), 0.01), hops);
    total += rows;
    rows *= selectivity(stats, part.nodes[j + 1], bound) * (r.types.length ? 1 : 1);
  }
  let left = start;
  for (let j = i - 1; j >= 0; j--) {
    const r = part.rels[j];
    const hops = hopsOf(r);
    left *= Math.pow(Math.max(stats.avgDegree(mainLabel(stats, part.nodes[j + 1]), flip(r.direction)), 0.01), hops);
    total += left * Math.max(1, rows);
    left *= selectivity(stats, part.nodes[j], bound);
  }
  return total;
}

/** An index seek for a node pattern: a label plus a property equality from its map or from WHERE. */
function findSeek(
  mc: MatchContext, n: NodePattern, bound: Set<string>, conjuncts: Conjunct[], envFor: () => CompileEnv,
): { label: string; property: string; value: Fn; fromMap: boolean } | null {
  if (n.labels.length === 0) return null;
  const label = n.labels[0];
  const isConstant = (e: Expr): boolean => {
    const vars = exprVars(e);
    for (const v of vars) if (!bound.has(v)) return false;
    return e.kind === 'Literal' || e.kind === 'Param' || e.kind === 'Var' || e.kind === 'Prop' || e.kind === 'List' || e.kind === 'Binary' || e.kind === 'Call';
  };
  if (n.properties && n.properties.kind === 'Map') {
    for (const [key, value] of n.properties.entries) {
      if (isConstant(value)) return { label, property: key, value: compileExpr(value, { ...mc.env, bound: new Set(bound) }), fromMap: true };
    }
  }
  for (const c of conjuncts) {
    const e = c.expr;
    if (e.kind !== 'Binary' || e.op !== '=') continue;
    for (const [a, b] of [[e.left, e.right], [e.right, e.left]] as const) {
      if (a.kind === 'Prop' && a.target.kind === 'Var' && a.target.name === n.variable && isConstant(b)) {
        void envFor;
        return { label, property: a.key, value: compileExpr(b, { ...mc.env, bound: new Set(bound) }), fromMap: false };
      }
    }
  }
  return null;
}

function planShortest(
  mc: MatchContext, source: Operator, bound: Set<string>, part: PatternPart, conjuncts: Conjunct[],
  clauseRels: string[], envFor: () => CompileEnv,
): Operator {
  if (part.rels.length !== 1) {
    throw new CypherError('SyntaxError', 'shortestPath requires a pattern with a single relationship', 'compile', 'InvalidArgumentType', part.pos);
  }
  let op = source;
  for (const n of [part.nodes[0], part.nodes[1]]) {
    const v = n.variable!;
    if (bound.has(v)) op = new BoundNode(op, v, nodeCheckFor(n, envFor));
    else if (n.labels.length > 0) op = new LabelScan(op, v, n.labels[0], nodeCheckFor(n, envFor));
    else op = new NodeScan(op, v, nodeCheckFor(n, envFor));
    bound.add(v);
  }
  // predicates on the endpoints alone: before the search
  for (const c of conjuncts) {
    if (c.used || ![...c.vars].every((v) => bound.has(v))) continue;
    c.used = true;
    op = new Filter(op, compilePredicate(c.expr, envFor()), describe(c.expr));
  }
  const r = part.rels[0];
  const { min, max } = r.varLength ? { min: r.varLength.min ?? 1, max: r.varLength.max ?? Infinity } : { min: 1, max: 1 };
  const pathVar = part.path ?? `  path${mc.anon.n++}`;
  const relVar = r.variable!;
  const sp = new ShortestPath(
    op, part.nodes[0].variable!, part.nodes[1].variable!, r.types, r.direction, min, max,
    makeRelCheck(r.properties ? compileExpr(r.properties, envFor()) : null),
    part.shortest === 'allShortestPaths', pathVar, relVar, !r.varLength,
    pathFilters(conjuncts, bound, pathVar, r.varLength ? relVar : null, relVar, envFor),
    part.selector !== undefined,
    part.shortestCount ? { k: compileExpr(part.shortestCount.k, envFor()), groups: part.shortestCount.groups } : null,
  );
  sp.fast = fastShortestFor(sp); // the columnar bidirectional search, when it gives the same answer
  op = sp;
  bound.add(pathVar);
  bound.add(relVar);
  clauseRels.push(relVar);
  return op;
}

/**
 * The WHERE conjuncts that constrain a shortest path (they mention the path or its relationships and
 * nothing bound later): per-element ones (`all`/`none` over relationships(p), nodes(p) or the
 * relationship list variable) prune the search; the others are checked on whole candidate paths.
 */
function pathFilters(
  conjuncts: Conjunct[], bound: Set<string>, pathVar: string, relListVar: string | null, relVar: string,
  envFor: () => CompileEnv,
): PathFilters {
  const own = new Set([pathVar, relVar]);
  const rels: { variable: string; test: Fn; negate: boolean }[] = [];
  const nodes: { variable: string; test: Fn; negate: boolean }[] = [];
  const rest: Fn[] = [];
  for (const c of conjuncts) {
    if (c.used || ![...c.vars].some((v) => own.has(v)) || ![...c.vars].every((v) => bound.has(v) || own.has(v))) continue;
    c.used = true;
    const e = c.expr;
    if (e.kind === 'Quantifier' && (e.quantifier === 'all' || e.quantifier === 'none') && e.where) {
      const on = elementsOf(e.source, pathVar, relListVar);
      const whereVars = exprVars(e.where);
      whereVars.delete(e.variable);
      if (on && ![...whereVars].some((v) => own.has(v))) {
        const env = envFor();
        const test = compilePredicate(e.where, { ...env, bound: new Set([...env.bound, e.variable]) });
        (on === 'rels' ? rels : nodes).push({ variable: e.variable, test, negate: e.quantifier === 'none' });
        continue;
      }
    }
    rest.push(compilePredicate(e, envFor()));
  }
  const element = <T>(tests: typeof rels, wrap: (x: T) => Value) => (x: T, row: Row, ctx: ExecContext): boolean => {
    const scope: Row = Object.create(row) as Row;
    for (const t of tests) {
      scope[t.variable] = wrap(x);
      if (t.test(scope, ctx) !== !t.negate) return false;
    }
    return true;
  };
  return {
    rel: rels.length ? element<RelRef>(rels, (r) => r) : null,
    node: nodes.length ? element<string>(nodes, (k) => new NodeRef(k)) : null,
    path: rest.length ? (row, ctx) => { for (const f of rest) if (f(row, ctx) !== true) return false; return true; } : null,
  };
}

/** 'rels' for relationships(p) or the relationship list variable, 'nodes' for nodes(p). */
function elementsOf(e: Expr, pathVar: string, relListVar: string | null): 'rels' | 'nodes' | null {
  if (e.kind === 'Var' && relListVar !== null && e.name === relListVar) return 'rels';
  if (e.kind === 'Call' && e.args.length === 1 && e.args[0].kind === 'Var' && e.args[0].name === pathVar) {
    const f = e.name.toLowerCase();
    if (f === 'relationships') return 'rels';
    if (f === 'nodes') return 'nodes';
  }
  return null;
}

/** The variables named inside a quantified group (each bound to a list, one value per iteration). */
export function groupVariables(part: PatternPart): string[] {
  const out: string[] = [];
  for (const n of part.nodes) if (n.variable && !n.variable.startsWith(' ')) out.push(n.variable);
  for (const r of part.rels) if (r.variable && !r.variable.startsWith(' ')) out.push(r.variable);
  return [...new Set(out)];
}

/** A quantified path pattern: one iteration planned as its own MATCH from the group's first node. */
function planQuantified(
  mc: MatchContext, source: Operator, bound: Set<string>, group: QuantifiedGroup, from: string, to: string, toBound: boolean,
  toCheck: ReturnType<typeof makeNodeCheck>, relsCol: string, nodesCol: string | null, uniqueWith: string[], reversed: boolean,
): Operator {
  const named = nameAnonymous(group.part, mc.anon);
  // matched from its right end: iterate the group backwards (QuantifiedExpand restores the written order)
  const inner: PatternPart = reversed
    ? { ...named, nodes: named.nodes.slice().reverse(), rels: named.rels.slice().reverse().map((r) => ({ ...r, direction: flip(r.direction) })) }
    : named;
  for (const r of inner.rels) {
    if (r.varLength || r.quantified) {
      throw new CypherError('SyntaxError', 'A quantified path pattern cannot contain variable-length or quantified patterns', 'compile', 'InvalidQuantifiedPathPattern', r.pos);
    }
  }
  const groupVars = groupVariables(inner);
  for (const v of groupVars) {
    if (bound.has(v)) {
      throw new CypherError('SyntaxError', `Variable \`${v}\` is already declared outside the quantified path pattern`, 'compile', 'VariableAlreadyBound', inner.pos);
    }
  }
  const first = inner.nodes[0].variable!;
  const innerBound = new Set(bound);
  innerBound.add(first);
  const iteration = planMatch(mc, new Argument(), innerBound, [inner], group.where);
  keepRelationships(iteration); // QuantifiedExpand reads every relationship of an iteration
  const shape = {
    first, last: inner.nodes[inner.nodes.length - 1].variable!,
    rels: inner.rels.map((r) => r.variable!), nodes: inner.nodes.slice(1).map((n) => n.variable!), groupVars,
  };
  for (const v of groupVars) bound.add(v);
  return new QuantifiedExpand(source, iteration, shape, from, to, toBound, toCheck, group.min, group.max ?? Infinity, relsCol, nodesCol, uniqueWith, reversed);
}

/**
 * `(()-[r:T]->()){1,3}` (a group of one relationship between two bare anonymous nodes) is the
 * variable-length relationship `-[r:T]->{1,3}`: same paths, same list in r. Planned as such, it uses
 * VarLengthExpand and the shortest-path searches.
 */
export function simplifyQuantified(part: PatternPart): PatternPart {
  if (!part.rels.some((r) => r.quantified)) return part;
  const bare = (n: NodePattern): boolean => (!n.variable || n.variable.startsWith(' ')) && n.labels.length === 0 && !n.labelExpr
    && !n.properties && !n.where;
  return {
    ...part,
    rels: part.rels.map((r) => {
      const g = r.quantified;
      if (!g || g.where || g.part.rels.length !== 1 || !g.part.nodes.every(bare)) return r;
      const inner = g.part.rels[0];
      if (inner.where || inner.varLength || inner.quantified) return r;
      return { ...inner, varLength: { min: g.min, max: g.max }, pos: r.pos };
    }),
  };
}

/** Expands of this plan bind full relationship references, anonymous ones included. */
function keepRelationships(op: Operator): void {
  if (op instanceof Expand) op.keyOnly = false;
  for (const c of op.children) keepRelationships(c);
}
