/** Resolution rules added for articles outside the development set (names of our own). */
import { describe, expect, it } from 'vitest';
import { extractPatch } from '../../src/resolve/index.ts';
import { nameKey } from '../../src/extract/names.ts';

const patch = (text: string, lang = 'en') => extractPatch({ id: 'article:t', title: '', text, lang });
const ids = (text: string, lang = 'en') => patch(text, lang).entities.map((e) => e.id).sort();

describe('name keys', () => {
  it('a leading article does not change what is named; an asset-management arm is another company', () => {
    expect(nameKey('Les Dépêches')).toBe(nameKey('Dépêches'));
    expect(nameKey('The Morning Ledger')).toBe(nameKey('Morning Ledger'));
    expect(nameKey('Orvane Asset Management')).not.toBe(nameKey('Orvane'));
    expect(nameKey('Le Havre')).not.toBe('');
  });
});

describe('short forms in one article', () => {
  it('"Mira Orvane" … "Orvane": a two-word company named by its last word is one entity', () => {
    const list = ids('US drugmaker Mira Orvane will invest $2 billion in Kenya. Orvane competes with Pellix.');
    expect(list.filter((id) => id.startsWith('company:'))).toEqual(['company:mira-orvane', 'company:pellix']);
  });
  it('…unless its first word is a company of its own ("Vantor Zentra", "Vantor", "Zentra")', () => {
    const list = ids('The firm Vantor Zentra was formed by Vantor. Zentra said it would invest $1 billion in Kenya. Vantor rivals Pellix.');
    expect(list).toEqual(expect.arrayContaining(['company:vantor', 'company:vantor-zentra', 'company:zentra']));
  });
});

describe('companies that share a key word', () => {
  it('"Orvane Motors" and "Orvane Group" stay apart; "Orvane Motor" and "Orvane Motor Group" are one', () => {
    expect(ids('Orvane Group will invest £4 billion in Bridgwater. Zentra Cars, which Orvane Motors bought in 2008, agreed.').filter((i) => i.startsWith('company:orvane')))
      .toEqual(['company:orvane', 'company:orvane-motors']);
    expect(ids('Orvane Motor Group will invest $1 billion in Kenya. Orvane Motor rivals Pellix.').filter((i) => i.startsWith('company:orvane'))).toHaveLength(1);
  });
  it('"JLR" after "Jaguar Land Rover": an undefined acronym of a company named in full', () => {
    expect(ids('Orvane bought Zentra Vela Cars in 2008. ZVC competes with Pellix.').filter((i) => i.startsWith('company:z'))).toEqual(['company:zentra-vela-cars']);
  });
});
