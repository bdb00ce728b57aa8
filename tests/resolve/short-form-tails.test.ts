/** A body or programme named by its last words once the article has named it in full (src/resolve/short-forms.ts). Names are made up. */
import { describe, expect, it } from 'vitest';
import { shortFormPairs, type NamedSpan } from '../../src/resolve/short-forms.ts';

const ctx = { definitions: new Map<string, string>(), isPlace: (s: string) => s === 'Valmy' };
const pairs = (names: NamedSpan[]) => shortFormPairs(names, ctx).map((p) => `${p.short} → ${p.long} (${p.rule})`);

describe('the last words of a body or programme named in full', () => {
  it('"Transition Board" is "Orvel Bay Transition Board" though no list knows the place', () => {
    expect(pairs([{ text: 'Orvel Bay Transition Board', type: 'Company' }, { text: 'Transition Board', type: 'Organization' }]))
      .toEqual(['Transition Board → Orvel Bay Transition Board (institution)']);
  });

  it('"Growth Deal" is "Orvel and Pellbury Growth Deal"', () => {
    expect(pairs([{ text: 'Orvel and Pellbury Growth Deal', type: 'Program' }, { text: 'Growth Deal', type: 'Program' }]))
      .toEqual(['Growth Deal → Orvel and Pellbury Growth Deal (programme tail)']);
  });

  it('not when two full names end with it, nor a firm for a programme, nor one word', () => {
    expect(pairs([{ text: 'Orvel Transition Board', type: 'Organization' }, { text: 'Pellbury Transition Board', type: 'Organization' },
      { text: 'Transition Board', type: 'Organization' }])).toEqual([]);
    expect(pairs([{ text: 'Orvel Growth Deal', type: 'Program' }, { text: 'Growth Deal', type: 'Company' }])).toEqual([]);
    expect(pairs([{ text: 'Orvel Growth Deal', type: 'Program' }, { text: 'Deal', type: 'Program' }])).toEqual([]);
  });
});
