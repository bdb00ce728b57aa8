/**
 * CALL { … } subqueries scoped as in Neo4j 5: the body sees only the outer variables it imports, through
 * a scope clause (`CALL (a, b) { … }`, `CALL (*) { … }`, `CALL () { … }`) or, without one, through an
 * importing WITH opening a UNION part (`CALL { WITH a, b … }`: simple references only, and no DISTINCT,
 * ORDER BY, WHERE, SKIP or LIMIT on it). A body ends with RETURN (its rows join the outer row; none drops
 * it, or with OPTIONAL CALL keeps it with nulls) or with an update (a unit subquery: the outer row passes
 * on unchanged). Returned variables must not already be bound outside.
 */
import type { Clause, SingleQuery } from '../ast.ts';
import { CypherError } from '../errors.ts';
import { exprVars } from '../semantic/expr-vars.ts';

type CallSubquery = Clause & { kind: 'CallSubquery' };

/** Clauses a subquery body may end with. */
const CLOSING = new Set(['Return', 'Create', 'Merge', 'Set', 'Remove', 'Delete', 'Foreach', 'Call', 'CallSubquery', 'Finish']);

/** The outer variables each UNION part of the body imports. */
export function subqueryImports(clause: CallSubquery, outer: Set<string>): Set<string>[] {
  const visible = [...outer].filter((v) => !v.startsWith(' '));
  const { scope } = clause;
  if (scope === '*') return clause.query.parts.map(() => new Set(visible));
  if (scope !== null) {
    for (const v of scope) {
      if (!outer.has(v)) throw new CypherError('SyntaxError', `Variable \`${v}\` not defined`, 'compile', 'UndefinedVariable', clause.pos);
    }
    return clause.query.parts.map(() => new Set(scope));
  }
  return clause.query.parts.map((part) => importingWith(part, outer, visible));
}

function importingWith(part: SingleQuery, outer: Set<string>, visible: string[]): Set<string> {
  const imports = new Set<string>();
  const first = part.clauses[0];
  if (first?.kind !== 'With') return imports;
  const readsOuter = first.items.some((it) => [...exprVars(it.expr)].some((v) => outer.has(v)));
  if (!first.star && !readsOuter) return imports; // a WITH of the body's own (WITH 1 AS k …)
  const invalid = (what: string, pos = first.pos): CypherError => new CypherError('SyntaxError',
    `Importing WITH should consist only of simple references to outside variables. ${what}`, 'compile', 'InvalidImportingWith', pos);
  for (const it of first.items) {
    if (it.expr.kind !== 'Var' || (it.alias !== null && it.alias !== it.expr.name)) throw invalid('Aliasing or expressions are not supported.', it.pos);
    imports.add(it.expr.name);
  }
  if (first.star) for (const v of visible) imports.add(v);
  const extra = first.distinct ? 'DISTINCT' : first.orderBy.length > 0 ? 'ORDER BY' : first.where ? 'WHERE'
    : first.skip ? 'SKIP' : first.limit ? 'LIMIT' : null;
  if (extra) throw invalid(`${extra} is not allowed.`);
  return imports;
}

/** Each part of the body ends with RETURN or an update, and all parts alike. */
export function checkSubqueryBody(clause: CallSubquery): boolean {
  let returning: boolean | null = null;
  for (const part of clause.query.parts) {
    const last = part.clauses[part.clauses.length - 1];
    if (!CLOSING.has(last.kind)) {
      throw new CypherError('SyntaxError', `Query cannot conclude with ${last.kind.toUpperCase()} (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call with no YIELD)`, 'compile', 'InvalidClauseComposition', last.pos);
    }
    const r = last.kind === 'Return';
    if (returning !== null && r !== returning) {
      throw new CypherError('SyntaxError', 'All parts of a UNION in a subquery must either all return or all not return', 'compile', 'InvalidClauseComposition', last.pos);
    }
    returning = r;
  }
  return returning === true;
}

/** Returned variables must be new to the outer scope. */
export function checkReturnedColumns(clause: CallSubquery, columns: string[], outer: Set<string>): void {
  for (const c of columns) {
    if (outer.has(c)) throw new CypherError('SyntaxError', `Variable \`${c}\` already declared in outer scope`, 'compile', 'VariableAlreadyBound', clause.pos);
  }
}
