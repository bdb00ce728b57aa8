/**
 * Clause-composition rules checked before planning: RETURN comes last, a query ends with RETURN or an
 * updating clause or FINISH, UNION and UNION ALL are not mixed.
 */
import type { Query } from '../ast.ts';
import { CypherError } from '../errors.ts';

const UPDATING = new Set(['Create', 'Merge', 'Set', 'Remove', 'Delete', 'Foreach']);

function hasWrites(q: Query): boolean {
  return q.parts.some((p) => p.clauses.some((c) => UPDATING.has(c.kind) || (c.kind === 'CallSubquery' && hasWrites(c.query))));
}

export function checkQuery(q: Query, subquery: boolean): void {
  if (q.unionAll.length > 0 && q.unionAll.some((a) => a) && q.unionAll.some((a) => !a)) {
    throw new CypherError('SyntaxError', 'Invalid combination of UNION and UNION ALL', 'compile', 'InvalidClauseComposition', q.pos);
  }
  for (const part of q.parts) {
    const clauses = part.clauses;
    clauses.forEach((c, i) => {
      if (c.kind === 'Finish' && i !== clauses.length - 1) {
        throw new CypherError('SyntaxError', 'FINISH can only be used at the end of the query', 'compile', 'InvalidClauseComposition', clauses[i + 1].pos);
      }
      if (c.kind === 'Return' && i !== clauses.length - 1) {
        throw new CypherError('SyntaxError', 'RETURN can only be used at the end of the query', 'compile', 'InvalidClauseComposition', clauses[i + 1].pos);
      }
    });
    clauses.forEach((c, i) => {
      if (c.kind !== 'CallSubquery' || !c.inTransactions) return;
      const tx = c.inTransactions;
      const refuse = (what: string): never => { throw new CypherError('SyntaxError', what, 'compile', 'InvalidClauseComposition', tx.pos); };
      if (subquery) refuse('CALL { ... } IN TRANSACTIONS nested in another subquery is not supported');
      if (q.parts.length > 1) refuse('CALL { ... } IN TRANSACTIONS in a UNION is not supported');
      if (clauses.slice(0, i).some((b) => UPDATING.has(b.kind) || (b.kind === 'CallSubquery' && !b.inTransactions && hasWrites(b.query)))) {
        refuse('CALL { ... } IN TRANSACTIONS after a write clause is not supported');
      }
      if (tx.status && tx.onError === 'fail') refuse('REPORT STATUS can only be used when specifying ON ERROR CONTINUE or ON ERROR BREAK');
    });
    const last = clauses[clauses.length - 1];
    const ok = last.kind === 'Return' || UPDATING.has(last.kind) || last.kind === 'Call' || last.kind === 'CallSubquery'
      || last.kind === 'Finish';
    if (!ok && !(subquery && last.kind === 'Match')) {
      throw new CypherError('SyntaxError', `Query cannot conclude with ${last.kind.toUpperCase()} (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call with no YIELD)`, 'compile', 'InvalidClauseComposition', last.pos);
    }
  }
}
