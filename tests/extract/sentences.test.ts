import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/text/sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('sentence splitting', () => {
  it('splits on full stops followed by a capital, in both languages', () => {
    expect(texts('Le groupe investit. Il embauche aussi. The firm grows! Does it?')).toEqual([
      'Le groupe investit.', 'Il embauche aussi.', 'The firm grows!', 'Does it?',
    ]);
  });

  it('keeps abbreviations, initials and decimals inside sentences', () => {
    expect(texts('M. Dupont a rencontré Mr. Smith de Acme Inc. hier. Le U.S. Army paie 1.5 million. J. K. Rowling écrit.')).toEqual([
      'M. Dupont a rencontré Mr. Smith de Acme Inc. hier.', 'Le U.S. Army paie 1.5 million.', 'J. K. Rowling écrit.',
    ]);
  });

  it('ends a sentence after a closing quote and at every line (headings, bullets)', () => {
    const s = splitSentences('« Nous investissons. » Le PDG a parlé.\n## Contexte\n- Premier point\n- Second point.');
    expect(s.map((x) => x.text)).toEqual(['« Nous investissons. »', 'Le PDG a parlé.', 'Contexte', 'Premier point', 'Second point.']);
  });

  it('gives offsets into the text and paragraph numbers', () => {
    const text = 'Un. Deux trois.\n\nQuatre.';
    const s = splitSentences(text);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
});
