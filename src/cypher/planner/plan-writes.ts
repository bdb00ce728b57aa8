/**
 * Planning of the updating clauses: CREATE, MERGE (with ON CREATE / ON MATCH), SET, REMOVE, DELETE.
 */
import type { Clause, DynamicLabel, Expr, PatternPart, RemoveItem, SetItem } from '../ast.ts';
import { CypherError } from '../errors.ts';
import type { ExecContext, Operator } from '../runtime/context.ts';
import { compileExpr, dynamicLabelNames, undefinedVariable, type CompileEnv } from '../expressions/compile.ts';
import { entityProperties } from '../expressions/graph-functions.ts';
import { Argument } from '../operators/argument.ts';
import { Create, type CreatePartSpec } from '../operators/create.ts';
import { Delete } from '../operators/delete.ts';
import { Merge } from '../operators/merge.ts';
import { Remove } from '../operators/remove.ts';
import { SetProperties, type RowAction } from '../operators/set-properties.ts';
import { NodeRef, RelRef } from '../runtime/entities.ts';
import { propertiesFrom, propertyKeys, setLabels, setProperty } from '../runtime/writes.ts';
import { typeError, typeName, type Row, type Value } from '../runtime/value.ts';
import { staticType } from '../semantic/static-types.ts';
import { nameAnonymous, planMatch, type MatchContext } from './plan-match.ts';

function compileError(message: string, detail: string, pos: Expr['pos']): CypherError {
  return new CypherError('SyntaxError', message, 'compile', detail, pos);
}

/** Builds the CREATE spec of a pattern part; variables it introduces are added to `bound`. */
export function createSpec(part: PatternPart, bound: Set<string>, env: CompileEnv, forMerge: boolean): CreatePartSpec {
  const clause = forMerge ? 'MERGE' : 'CREATE';
  for (const x of [...part.nodes, ...part.rels]) {
    if (x.where) throw compileError(`WHERE is not allowed inside a ${clause} pattern`, 'InvalidPatternPredicate', x.pos);
  }
  for (const r of part.rels) {
    if (r.quantified) throw compileError(`Quantified path patterns are not allowed in ${clause}`, 'InvalidQuantifiedPathPattern', r.pos);
  }
  const nodes: CreatePartSpec['nodes'] = [];
  const index = new Map<string, number>();
  const local = new Set(bound);
  // property maps may refer to variables of the same pattern created earlier? No: only bound ones.
  for (const n of part.nodes) {
    const v = n.variable!;
    if (n.labelExpr) throw compileError('Label expressions cannot be used in CREATE or MERGE', 'InvalidLabelExpression', n.pos);
    if ((bound.has(v) || index.has(v)) && (n.labels.length > 0 || n.dynamicLabels || n.properties)) {
      throw compileError(`Can't create node \`${v}\` with labels or properties here. The variable is already declared in this context`, 'VariableAlreadyBound', n.pos);
    }
    if (index.has(v)) { nodes.push({ ...nodes[index.get(v)!], bound: true }); continue; }
    if (bound.has(v)) {
      if (part.nodes.length === 1 && !forMerge) {
        throw compileError(`Can't create node \`${v}\`: the variable is already declared`, 'VariableAlreadyBound', n.pos);
      }
      nodes.push({ variable: v, bound: true, labels: [], props: null });
      index.set(v, nodes.length - 1);
      continue;
    }
    const spec: CreatePartSpec['nodes'][number] = { variable: v, bound: false, labels: n.labels, props: n.properties ? compileExpr(n.properties, { ...env, bound: local }) : null };
    if (n.dynamicLabels) spec.dynLabels = createdLabels(n.dynamicLabels, clause, env);
    nodes.push(spec);
    index.set(v, nodes.length - 1);
  }
  for (const n of part.nodes) local.add(n.variable!);
  const rels: CreatePartSpec['rels'] = part.rels.map((r, j) => {
    const v = r.variable!;
    if (bound.has(v)) throw compileError(`Can't create relationship \`${v}\`: the variable is already declared`, 'VariableAlreadyBound', r.pos);
    if (r.types.length + (r.dynamicTypes?.length ?? 0) !== 1) {
      throw compileError('A single relationship type must be specified for CREATE/MERGE', 'NoSingleRelationshipType', r.pos);
    }
    if (r.varLength) throw compileError('Variable length relationships cannot be used in CREATE/MERGE', 'CreatingVarLength', r.pos);
    if (r.direction === 'both' && !forMerge) {
      throw compileError('Only directed relationships are supported in CREATE', 'RequiresDirectedRelationship', r.pos);
    }
    const [from, to] = r.direction === 'in' ? [j + 1, j] : [j, j + 1];
    const spec: CreatePartSpec['rels'][number] = { variable: v, type: r.types[0] ?? '', props: r.properties ? compileExpr(r.properties, { ...env, bound: local }) : null, from, to };
    if (r.dynamicTypes) {
      const names = createdLabels(r.dynamicTypes, clause, env);
      spec.dynType = (row, ctx) => {
        const t = names(row, ctx);
        if (t.length !== 1) throw typeError(`A relationship needs exactly one type, but $(…) gave ${t.length}`, 'InvalidArgumentType');
        return t[0];
      };
    }
    return spec;
  });
  for (const n of part.nodes) bound.add(n.variable!);
  for (const r of part.rels) bound.add(r.variable!);
  if (part.path) bound.add(part.path);
  return { nodes, rels, path: part.path, merge: forMerge };
}

export function planCreate(mc: MatchContext, source: Operator, bound: Set<string>, patterns: PatternPart[], env: CompileEnv): Operator {
  const specs: CreatePartSpec[] = [];
  for (const raw of patterns) {
    const part = nameAnonymous(raw, mc.anon);
    for (const n of part.nodes) {
      if (n.properties) checkNoNullableProps(n.properties);
    }
    specs.push(createSpec(part, bound, env, false));
  }
  const op = new Create(source, specs);
  op.streaming = specs.every((sp) => sp.nodes.every((n) => n.bound)) && readsNoRelationships(source);
  return op;
}

function checkNoNullableProps(e: Expr): void { void e; }

/** Labels (or a type) given by `$(expr)` in CREATE / MERGE; `$any(…)` cannot say what to create. */
function createdLabels(dynamic: DynamicLabel[], clause: string, env: CompileEnv): RowFn<string[]> {
  for (const d of dynamic) {
    if (d.any) throw compileError(`$any(…) cannot be used in ${clause}: it does not say which labels to create`, 'InvalidLabelExpression', d.expr.pos);
  }
  const fns = dynamic.map((d) => compileExpr(d.expr, env));
  return (row, ctx) => fns.flatMap((f) => dynamicLabelNames(f(row, ctx)));
}

/** Whether a plan only reads nodes by scans and seeks (so creating relationships cannot change what it reads). */
function readsNoRelationships(op: Operator): boolean {
  const allowed = new Set(['Argument', 'Unwind', 'NodeIndexSeek', 'NodeByLabelScan', 'AllNodesScan']);
  if (!allowed.has(op.name)) return false;
  return op.children.every(readsNoRelationships);
}

export function planMerge(mc: MatchContext, source: Operator, bound: Set<string>, clause: Clause & { kind: 'Merge' }, env: CompileEnv): Operator {
  const part = nameAnonymous(clause.pattern, mc.anon);
  for (const r of part.rels) {
    if (r.quantified) throw compileError('Quantified path patterns are not allowed in MERGE', 'InvalidQuantifiedPathPattern', r.pos);
  }
  for (const r of part.rels) {
    if (bound.has(r.variable!)) throw compileError(`Variable \`${r.variable}\` already declared`, 'VariableAlreadyBound', r.pos);
    if (r.types.length + (r.dynamicTypes?.length ?? 0) !== 1) throw compileError('A single relationship type must be specified for MERGE', 'NoSingleRelationshipType', r.pos);
    if (r.varLength) throw compileError('Variable length relationships cannot be used in MERGE', 'CreatingVarLength', r.pos);
  }
  for (const n of part.nodes) {
    if (bound.has(n.variable!) && part.nodes.length === 1) {
      throw compileError(`Variable \`${n.variable}\` already declared`, 'VariableAlreadyBound', n.pos);
    }
    if (n.properties) checkMergeProps(n.properties);
  }
  for (const r of part.rels) if (r.properties) checkMergeProps(r.properties);
  const matchBound = new Set(bound);
  const match = planMatch(mc, new Argument(), matchBound, [part], null);
  const createBound = new Set(bound);
  const spec = createSpec(part, createBound, env, true);
  for (const v of createBound) bound.add(v);
  const actEnv: CompileEnv = { ...env, bound: new Set(bound) };
  const onMatch = clause.onMatch.map((i) => setAction(i, actEnv));
  const onCreate = clause.onCreate.map((i) => setAction(i, actEnv));
  return new Merge(source, match, spec, onMatch, onCreate);
}

function checkMergeProps(e: Expr): void {
  void e;
}

export function setAction(item: SetItem, env: CompileEnv): RowAction {
  switch (item.kind) {
    case 'setProp': {
      const target = compileExpr(item.target, env);
      const value = compileExpr(item.value, env);
      const key = item.key;
      if (item.keyExpr) {
        const keyOf = dynamicKey(compileExpr(item.keyExpr, env));
        return (row, ctx) => {
          const t = target(row, ctx);
          if (t !== null) setProperty(ctx, t, keyOf(row, ctx), value(row, ctx));
        };
      }
      return (row, ctx) => {
        const t = target(row, ctx);
        setProperty(ctx, t, key, value(row, ctx));
      };
    }
    case 'setAll': case 'merge': {
      if (!env.bound.has(item.variable)) throw undefinedVariable(item.variable, item);
      const value = compileExpr(item.value, env);
      const v = item.variable;
      const replace = item.kind === 'setAll';
      return (row, ctx) => {
        const t = row[v] ?? null;
        if (t === null) return;
        if (!(t instanceof NodeRef) && !(t instanceof RelRef)) throw typeError(`Type mismatch: expected Node or Relationship but was ${typeName(t)}`);
        const props = propertiesFrom(ctx, value(row, ctx), (e) => entityProperties(ctx, e));
        if (props === null) {
          if (replace) for (const k of propertyKeys(ctx, t)) setProperty(ctx, t, k, null);
          return;
        }
        if (replace) {
          for (const k of propertyKeys(ctx, t)) if (!(k in props)) setProperty(ctx, t, k, null);
        }
        for (const k in props) setProperty(ctx, t, k, props[k]);
      };
    }
    case 'setLabels': {
      if (!env.bound.has(item.variable)) throw undefinedVariable(item.variable, item);
      const v = item.variable;
      const labels = labelsOf(item.labels, item.dynamic, env);
      return (row, ctx) => {
        const t = row[v] ?? null;
        if (t !== null) setLabels(ctx, t, labels(row, ctx), true);
      };
    }
  }
}

function removeAction(item: RemoveItem, env: CompileEnv): RowAction {
  if (item.kind === 'removeProp') {
    const target = compileExpr(item.target, env);
    const key = item.key;
    if (item.keyExpr) {
      const keyOf = dynamicKey(compileExpr(item.keyExpr, env));
      return (row, ctx) => {
        const t = target(row, ctx);
        if (t !== null) setProperty(ctx, t, keyOf(row, ctx), null);
      };
    }
    return (row, ctx) => setProperty(ctx, target(row, ctx), key, null);
  }
  if (!env.bound.has(item.variable)) throw undefinedVariable(item.variable, item);
  const v = item.variable;
  const labels = labelsOf(item.labels, item.dynamic, env);
  return (row, ctx) => {
    const t = row[v] ?? null;
    if (t !== null) setLabels(ctx, t, labels(row, ctx), false);
  };
}

type RowFn<T> = (row: Row, ctx: ExecContext) => T;

/** A dynamic property key (`n[expr]`): a STRING. */
function dynamicKey(key: RowFn<Value>): RowFn<string> {
  return (row, ctx) => {
    const k = key(row, ctx);
    if (typeof k !== 'string') throw typeError(`Type mismatch: a property key must be a String, but was ${typeName(k)}`, 'InvalidArgumentType');
    return k;
  };
}

/** Static labels plus dynamic ones (`:$(expr)`, each a STRING or LIST<STRING>), per row. */
function labelsOf(labels: string[], dynamic: Expr[] | undefined, env: CompileEnv): RowFn<string[]> {
  if (!dynamic?.length) return () => labels;
  const fns = dynamic.map((e) => compileExpr(e, env));
  return (row, ctx) => {
    const out = labels.slice();
    for (const f of fns) out.push(...dynamicLabelNames(f(row, ctx)));
    return out;
  };
}

export function planSet(source: Operator, items: SetItem[], env: CompileEnv): Operator {
  return new SetProperties(source, items.map((i) => setAction(i, env)));
}

export function planRemove(source: Operator, items: RemoveItem[], env: CompileEnv): Operator {
  return new Remove(source, items.map((i) => removeAction(i, env)));
}

export function planDelete(source: Operator, clause: Clause & { kind: 'Delete' }, env: CompileEnv): Operator {
  for (const e of clause.exprs) {
    if (e.kind === 'HasLabels') {
      throw new CypherError('SyntaxError', 'DELETE expects a node, relationship or path expression (use REMOVE for labels)', 'compile', 'InvalidDelete', e.pos);
    }
    const t = staticType(e, env.types);
    if (t !== 'Any' && t !== 'Null' && t !== 'Node' && t !== 'Relationship' && t !== 'Path' && t !== 'List') {
      throw new CypherError('SyntaxError', `DELETE expects a node, relationship or path, but was ${t}`, 'compile', 'InvalidArgumentType', e.pos);
    }
  }
  return new Delete(source, clause.exprs.map((e) => compileExpr(e, env)), clause.detach);
}
