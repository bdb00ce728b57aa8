/**
 * Round 7 (blind set 6): names glued to what is around them. A title's place and its holder's name written in a row
 * ("Secretary of State for Wales X Y") are two names, the holder a person even when the given name is a word of another
 * language; two parties written with a hyphen ("le cas de A-B", "the A-B merger") are two names, unless a company noun
 * makes the pair the merged company's one name. Made-up names throughout.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

const en = (text: string) => names(extract(text, 'en'));
const fr = (text: string) => names(extract(text, 'fr'));

describe("a title's place, then its holder", () => {
  it('"Secretary of State for Wales Alun X", "Minister for Scotland Jeanne X": the place is the portfolio, the rest a person', () => {
    const a = en('Secretary of State for Scotland Alun Pellbrook said the plant is welcome.');
    expect(a).toContain('Alun Pellbrook/Person');
    expect(a.filter((n) => n.includes('Scotland Alun'))).toEqual([]);
    expect(en('The Minister for Scotland Jeanne Pellow met them.')).toContain('Jeanne Pellow/Person');
  });
  it('a place and a company after "for" stay one name when no title comes before', () => {
    expect(en('The deal was good news for Wales Orvane Holdings.').filter((n) => n.endsWith('/Person'))).toEqual([]);
  });
});

describe('two parties written with a hyphen', () => {
  it('"le cas de A-B", "the A-B merger", or both read alone elsewhere: two names', () => {
    expect(fr('Le cas de Pellvix-Zentrova est un peu différent.')).toEqual(expect.arrayContaining(['Pellvix/Company', 'Zentrova/Company']));
    expect(en('Analysts welcomed the Pellvix-Zentrova merger.')).toEqual(expect.arrayContaining(['Pellvix/Company', 'Zentrova/Company']));
    expect(en('Pellvix and Zentrova agreed terms. The Pellvix-Zentrova board meets today.')).not.toContain('Pellvix-Zentrova/Company');
  });
  it('a company noun before the pair, or no evidence at all, keeps one name', () => {
    expect(fr('Pellvix et Zentrova fusionnent. Le nouveau groupe Pellvix-Zentrova sera coté à Paris.')).toContain('Pellvix-Zentrova/Company');
    expect(en('Shares of Pellvix-Zentrova rose sharply.')).toContain('Pellvix-Zentrova/Company');
  });
});

describe('surname first, in capitals', () => {
  it('"M. PELLOUARD Jeanne" and "Jeanne Pellouard" in one article are one person', async () => {
    const { extractPatch } = await import('../../src/resolve/index.ts');
    const patch = extractPatch({ id: 'article:t', title: '', text: "Question de M. PELLOUARD Jeanne (Oise) publiée le 14/11/2024.\nMme Jeanne Pellouard interroge le ministre sur l'avenir d'Orvane.", lang: 'fr' });
    expect(patch.entities.filter((e) => e.type === 'Person').map((e) => e.id)).toHaveLength(1);
  });
});
