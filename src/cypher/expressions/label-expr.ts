/** Evaluation of label expressions (`:A|B`, `:A&!B`, `:%`) against a node's labels or a relationship's type. */
import type { LabelExpr } from '../ast.ts';

export function matchLabels(e: LabelExpr, labels: readonly string[]): boolean {
  switch (e.kind) {
    case 'label': return labels.includes(e.name);
    case 'any': return labels.length > 0;
    case 'not': return !matchLabels(e.operand, labels);
    case 'and': return e.operands.every((o) => matchLabels(o, labels));
    case 'or': return e.operands.some((o) => matchLabels(o, labels));
  }
}
