/**
 * MATCH with a selective path selector (`MATCH p = SHORTEST 2 (a)-[:T]-+(b) WHERE …`): the only path
 * pattern of its clause (as Neo4j requires); planned on its own under a PathSelect, with the clause's
 * WHERE inside (a pre-filter, as in Neo4j). A pattern without a path variable gets a hidden one.
 */
import type { Clause } from '../ast.ts';
import { CypherError } from '../errors.ts';
import { compileExpr, type CompileEnv } from '../expressions/compile.ts';
import { Argument } from '../operators/argument.ts';
import { PathSelect } from '../operators/path-select.ts';
import type { Operator } from '../runtime/context.ts';
import { planMatch, type MatchContext } from './plan-match.ts';

export function planSelectiveMatch(
  mc: MatchContext, source: Operator, bound: Set<string>, clause: Clause & { kind: 'Match' }, env: CompileEnv,
): Operator {
  if (clause.patterns.length > 1) {
    throw new CypherError('SyntaxError', 'Multiple path patterns cannot be used in the same clause in combination with a selective path selector',
      'compile', 'InvalidPathSelector', clause.patterns[1].pos);
  }
  const [raw] = clause.patterns;
  const selector = raw.selector!;
  if (raw.shortest) throw new CypherError('SyntaxError', 'A path selector cannot be combined with shortestPath()', 'compile', 'InvalidPathSelector', selector.pos);
  const path = raw.path ?? `  p${mc.anon.n++}`;
  const part = { ...raw, path, selector: undefined };
  const inner = new Set(bound);
  const innerOp = planMatch(mc, new Argument(), inner, [part], clause.where);
  const introduced = [...inner].filter((v) => !bound.has(v));
  for (const v of introduced) bound.add(v);
  const k = selector.k ? compileExpr(selector.k, { ...env, bound: new Set() }) : null;
  return new PathSelect(source, innerOp, path, selector.kind, k, clause.optional ? introduced : null);
}
