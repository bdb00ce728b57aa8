/**
 * Gates for rules that run regular expressions over every sentence (speed only: outputs unchanged).
 * `literalGate(A, B, …)` reads, once, the literal strings each expression's matches must contain
 * (`required-literals.ts`, conservative); the gate of a text is false only when none of the expressions
 * can match it, so a rule may skip that text and everything it would do with the matches.
 * The strings of all gates are found in one pass per text (one Aho–Corasick matcher), and every gate
 * is decided then: what is kept per text is one bit per gate (no flag array per text: a typed array
 * of more than 64 bytes costs microseconds to allocate and collect).
 */
import { LiteralMatcher, meetsFound, requiredLiterals } from './required-literals.ts';

/** False when none of the gate's expressions can match the text. */
export type Gate = (text: string) => boolean;

const matcher = new LiteralMatcher();
/** Each gate: for each of its expressions, its requirements (string ids, one of each). */
const gates: number[][][][] = [];
/** Which gates a text opens, 31 gates a number, by text (the same sentence is gated by several rules). */
let openByText = new Map<string, number[]>();
const TEXTS_KEPT = 4096;
/** Flags of the text being read, zeroed again after (reused: one allocation). */
let flags = new Uint8Array(0);

function openGates(text: string): number[] {
  let open = openByText.get(text);
  if (open === undefined) {
    if (flags.length !== matcher.size) flags = new Uint8Array(matcher.size);
    matcher.found(text, flags);
    open = [];
    for (let g = 0; g < gates.length; g++) {
      for (const reqs of gates[g]!) {
        if (meetsFound(flags, reqs)) { open[g >> 5] = (open[g >> 5] ?? 0) | (1 << (g & 31)); break; }
      }
    }
    flags.fill(0);
    if (openByText.size >= TEXTS_KEPT) openByText.clear();
    openByText.set(text, open);
  }
  return open;
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
  const g = gates.length;
  gates.push(byExpression);
  // a new gate: what was decided before does not say whether it opens
  openByText = new Map();
  const word = g >> 5, bit = 1 << (g & 31);
  return (text) => ((openGates(text)[word] ?? 0) & bit) !== 0;
}

/** The literal strings a gate requires, for tests and for checking what a rule's gate reads. */
export function gateLiterals(...expressions: RegExp[]): string[][][] {
  return expressions.map((re) => (re.flags.includes('i') ? [] : requiredLiterals(re.source, 4, 2, 2000).map((r) => [...r])));
}
