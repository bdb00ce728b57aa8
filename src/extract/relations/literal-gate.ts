/**
 * Gates for rules that run regular expressions over every sentence (speed only: outputs unchanged).
 * `literalGate(A, B, …)` reads, once, the literal strings each expression's matches must contain
 * (`required-literals.ts`, conservative); the gate of a text is false only when none of the expressions
 * can match it, so a rule may skip that text and everything it would do with the matches. The strings
 * of all gates are found in one pass per text (one Aho–Corasick matcher, its flags kept per text).
 */
import { LiteralMatcher, meetsFound, requiredLiterals } from './required-literals.ts';

/** False when none of the gate's expressions can match the text. */
export type Gate = (text: string) => boolean;

const matcher = new LiteralMatcher();
/** Flags of the strings found, by text (the same sentence is gated by several rules). */
let flagsByText = new Map<string, Uint8Array>();
const FLAGS_KEPT = 4096;

function flags(text: string): Uint8Array {
  let f = flagsByText.get(text);
  if (f === undefined) {
    if (flagsByText.size >= FLAGS_KEPT) flagsByText.clear();
    f = matcher.found(text);
    flagsByText.set(text, f);
  }
  return f;
}

const OPEN: Gate = () => true;

/** A gate for expressions run over one text: true when at least one of them may match it. */
export function literalGate(...expressions: RegExp[]): Gate {
  const byExpression: number[][][] = [];
  for (const re of expressions) {
    // (a case-insensitive expression matches what its literals do not spell: no requirement)
    const reqs = re.flags.includes('i') ? [] : requiredLiterals(re.source, 4, 2, 2000);
    if (!reqs.length) return OPEN;
    byExpression.push(reqs.map((r) => r.map((s) => matcher.id(s))));
  }
  // new strings: flags found before lack them
  flagsByText = new Map();
  return (text) => {
    const f = flags(text);
    for (const reqs of byExpression) if (meetsFound(f, reqs)) return true;
    return false;
  };
}

/** The literal strings a gate requires, for tests and for checking what a rule's gate reads. */
export function gateLiterals(...expressions: RegExp[]): string[][][] {
  return expressions.map((re) => (re.flags.includes('i') ? [] : requiredLiterals(re.source, 4, 2, 2000).map((r) => [...r])));
}
