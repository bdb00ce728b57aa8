/**
 * Speed pass (round 9): rules skip the sentences their expressions cannot match (`literal-gate.ts`).
 * A gate must never close on a text one of its expressions matches; it closes on texts that lack the
 * literal words every match contains.
 */
import { describe, expect, it } from 'vitest';
import { literalGate } from '../../src/extract/relations/literal-gate.ts';

describe('literal gates', () => {
  const SIGNED = /(?<![a-z])(?:signed|concluded) (?:an? )?(?:agreement|deal) with /g;
  const MERGE = /(?<![a-z])(?:merge|merged|fusionner) (?:with|avec) /g;

  it('open on every text one of its expressions matches', () => {
    const gate = literalGate(SIGNED, MERGE);
    for (const text of ['⟦c1⟧ signed an agreement with ⟦c2⟧', 'x concluded a deal with y', '⟦c1⟧ will merge with ⟦c2⟧', 'a va fusionner avec b']) {
      expect(text.match(SIGNED) ?? text.match(MERGE), text).not.toBeNull();
      expect(gate(text), text).toBe(true);
    }
  });

  it('closed on texts that lack the words every match needs', () => {
    const gate = literalGate(SIGNED, MERGE);
    for (const text of ['⟦c1⟧ announced a plant in ⟦r2⟧', 'the agreement was praised', 'they signed nothing']) {
      expect(text.match(SIGNED) ?? text.match(MERGE), text).toBeNull();
      expect(gate(text), text).toBe(false);
    }
  });

  it('always open when an expression requires no literal or ignores case', () => {
    expect(literalGate(SIGNED, /[a-z]+ \d+/)('nothing to see')).toBe(true);
    expect(literalGate(/signed/i)('SIGNED')).toBe(true);
  });

  it('a gate made later reads the same texts right (flags found before it are not reused)', () => {
    const first = literalGate(SIGNED);
    const text = 'orvane shareholders meet with pellix';
    expect(first(text)).toBe(false);
    const later = literalGate(/shareholders (?:meet|vote) with /);
    expect(later(text)).toBe(true);
    expect(first(text)).toBe(false);
  });
});
