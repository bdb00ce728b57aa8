/** EXPLAIN: the operator tree as indented text, leaf last (Neo4j prints the root first). */
import type { Operator } from '../runtime/context.ts';

export function explainPlan(root: Operator): string {
  const lines: string[] = [];
  const walk = (op: Operator, depth: number): void => {
    const d = op.detail();
    lines.push(`${'  '.repeat(depth)}+${op.name}${d ? ` (${d})` : ''}`);
    op.children.forEach((c, i) => walk(c, depth + (i === 0 ? 0 : 1) + (op.children.length > 1 && i === 0 ? 0 : 0)));
  };
  walk(root, 0);
  return lines.join('\n');
}
