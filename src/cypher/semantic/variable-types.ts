/**
 * Variable typing across clauses: a name bound as a node cannot be used as a relationship or path (and
 * vice versa), a path variable cannot be re-bound, a name bound to a plain value cannot be matched as an
 * entity. Raises VariableTypeConflict / VariableAlreadyBound at compile time.
 */
import type { Clause, Expr, PatternPart, Query } from '../ast.ts';
import { CypherError } from '../errors.ts';

export type VarType = 'node' | 'rel' | 'rels' | 'path' | 'value' | 'any';

function conflict(name: string, pos: Expr['pos'], detail = 'VariableTypeConflict'): CypherError {
  return new CypherError('SyntaxError', `Type mismatch: variable \`${name}\` is already bound with another type`, 'compile', detail, pos);
}

/** Type of an expression as far as it is known without running it. */
export function exprType(e: Expr, scope: Map<string, VarType>): VarType {
  switch (e.kind) {
    case 'Literal': return e.value === null ? 'any' : 'value';
    case 'List': case 'Map': case 'Binary': case 'Not': case 'IsNull': case 'Chain': case 'ListComp': case 'Quantifier':
    case 'PatternComp': case 'Exists': case 'CountSub': case 'MapProjection':
      return 'value';
    case 'Var': return scope.get(e.name) ?? 'any';
    default: return 'any';
  }
}

/**
 * Declares the variables of pattern parts; `matching` = MATCH/MERGE (bound names may be reused);
 * `uniqueRels` = MATCH, where one relationship variable for two relationships of the same pattern is a
 * RelationshipUniquenessViolation (they could never match, relationships being unique within a MATCH).
 */
export function declarePattern(parts: PatternPart[], scope: Map<string, VarType>, matching: boolean, uniqueRels = false): void {
  const local = new Map<string, VarType>();
  const kindOf = (v: string): VarType | undefined => local.get(v) ?? scope.get(v);
  for (const part of parts) {
    if (part.path) {
      if (scope.has(part.path) || local.has(part.path)) {
        throw conflict(part.path, part.pos, 'VariableAlreadyBound');
      }
      const inside = part.nodes.some((n) => n.variable === part.path) || part.rels.some((r) => r.variable === part.path);
      if (inside) throw conflict(part.path, part.pos, 'VariableAlreadyBound');
    }
    for (const n of part.nodes) {
      if (matching && n.properties?.kind === 'Param') {
        throw new CypherError('SyntaxError', 'Parameter maps cannot be used in MATCH patterns (use a literal map instead)', 'compile', 'InvalidParameterUse', n.pos);
      }
      if (!n.variable) continue;
      const k = kindOf(n.variable);
      if (k !== undefined && k !== 'node' && k !== 'any') throw conflict(n.variable, n.pos);
      local.set(n.variable, 'node');
    }
    for (const r of part.rels) {
      if (matching && r.properties?.kind === 'Param') {
        throw new CypherError('SyntaxError', 'Parameter maps cannot be used in MATCH patterns (use a literal map instead)', 'compile', 'InvalidParameterUse', r.pos);
      }
      if (!r.variable) continue;
      const want: VarType = r.varLength ? 'rels' : 'rel';
      const lk = local.get(r.variable);
      if (lk !== undefined) {
        if ((lk === 'rel' || lk === 'rels') && uniqueRels) {
          throw new CypherError('SyntaxError', `Cannot use the same relationship variable '${r.variable}' for multiple relationships`, 'compile', 'RelationshipUniquenessViolation', r.pos);
        }
        if (lk === 'rel' || lk === 'rels') throw conflict(r.variable, r.pos, 'VariableAlreadyBound');
        throw conflict(r.variable, r.pos);
      }
      const k = scope.get(r.variable);
      if (k !== undefined && k !== 'any') {
        if (!matching) throw conflict(r.variable, r.pos, 'VariableAlreadyBound');
        if (want === 'rels' && k === 'value') { local.set(r.variable, want); continue; }
        if (k !== 'rel' && k !== 'rels') throw conflict(r.variable, r.pos);
        if (k !== want && !(k === 'rel' && want === 'rels')) throw conflict(r.variable, r.pos);
      }
      local.set(r.variable, want);
    }
    if (part.path) local.set(part.path, 'path');
  }
  for (const [k, v] of local) scope.set(k, v);
}

/** Runs over a query's clauses; `outer` holds the types of variables imported into a subquery. */
export function checkVariableTypes(q: Query, outer: Map<string, VarType> = new Map()): void {
  for (const part of q.parts) {
    let scope = new Map(outer);
    for (const c of part.clauses) scope = clauseTypes(c, scope);
  }
}

export function clauseTypes(c: Clause, scope: Map<string, VarType>): Map<string, VarType> {
  switch (c.kind) {
    case 'Match': declarePattern(c.patterns, scope, true, true); return scope;
    case 'Merge': declarePattern([c.pattern], scope, true); return scope;
    case 'Create': declarePattern(c.patterns, scope, false); return scope;
    case 'Unwind': scope.set(c.variable, 'any'); return scope;
    case 'With': case 'Return': {
      const next = new Map<string, VarType>();
      if (c.star) for (const [k, v] of scope) next.set(k, v);
      for (const it of c.items) {
        const name = it.alias ?? it.text;
        next.set(name, exprType(it.expr, scope));
      }
      return next;
    }
    case 'Call':
      for (const y of c.yields ?? []) scope.set(y.alias ?? y.name, 'any');
      return scope;
    default: return scope;
  }
}
