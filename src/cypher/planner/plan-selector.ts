/**
 * MATCH with a selective path selector (`MATCH p = SHORTEST 2 (a)-[:T]-+(b) WHERE …`): the only path
 * pattern of its clause (as Neo4j requires); planned on its own under a PathSelect, with the clause's
 * WHERE inside (a pre-filter, as in Neo4j). A pattern without a path variable gets a hidden one.
 */
import type { Clause, Expr } from '../ast.ts';
import { CypherError } from '../errors.ts';
import { compileExpr, type CompileEnv } from '../expressions/compile.ts';
import { Argument } from '../operators/argument.ts';
import { Optional } from '../operators/optional.ts';
import { PathSelect } from '../operators/path-select.ts';
import type { Operator } from '../runtime/context.ts';
import { planMatch, simplifyQuantified, type MatchContext } from './plan-match.ts';

const ONE = (pos: Expr['pos']): Expr => ({ kind: 'Literal', value: 1n, pos });

/** No count, or the literal 1. */
function isOne(k: Expr | null): boolean {
  return k === null || (k.kind === 'Literal' && k.value === 1n);
}

export function planSelectiveMatch(
  mc: MatchContext, source: Operator, bound: Set<string>, clause: Clause & { kind: 'Match' }, env: CompileEnv,
): Operator {
  if (clause.patterns.length > 1) {
    throw new CypherError('SyntaxError', 'Multiple path patterns cannot be used in the same clause in combination with a selective path selector',
      'compile', 'InvalidPathSelector', clause.patterns[1].pos);
  }
  const raw = simplifyQuantified(clause.patterns[0]);
  const selector = raw.selector!;
  if (raw.shortest) throw new CypherError('SyntaxError', 'A path selector cannot be combined with shortestPath()', 'compile', 'InvalidPathSelector', selector.pos);
  if (selector.k?.kind === 'Literal' && !((selector.k.value as bigint) >= 1n)) {
    throw new CypherError('SyntaxError', 'A path selector needs a positive number of paths or groups', 'compile', 'InvalidArgumentValue', selector.k.pos);
  }
  const path = raw.path ?? `  p${mc.anon.n++}`;
  const inner = new Set(bound);
  const single = isOne(selector.k) && (selector.kind === 'shortest' || selector.kind === 'any' || selector.kind === 'allShortest');
  if (raw.rels.length === 1 && !raw.rels[0].quantified) {
    // one relationship pattern: the breadth-first search for one (or all) shortest path per pair of
    // ends; for k paths or k groups, the search by increasing length that stops once it has them
    const part = {
      ...raw, path, shortest: selector.kind === 'allShortest' ? 'allShortestPaths' as const : 'shortestPath' as const,
      ...(single ? {} : { shortestCount: { k: selector.k ?? ONE(selector.pos), groups: selector.kind === 'shortestGroups' } }),
    };
    if (!clause.optional) return planMatch(mc, source, bound, [part], clause.where);
    const innerOp = planMatch(mc, new Argument(), inner, [part], clause.where);
    const introduced = [...inner].filter((v) => !bound.has(v));
    for (const v of introduced) bound.add(v);
    return new Optional(source, innerOp, introduced);
  }
  const part = { ...raw, path, selector: undefined };
  const innerOp = planMatch(mc, new Argument(), inner, [part], clause.where);
  const introduced = [...inner].filter((v) => !bound.has(v));
  for (const v of introduced) bound.add(v);
  const k = selector.k ? compileExpr(selector.k, { ...env, bound: new Set() }) : null;
  return new PathSelect(source, innerOp, path, selector.kind, k, clause.optional ? introduced : null);
}
