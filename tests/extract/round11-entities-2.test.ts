/**
 * Round 11, second pass on entities (classes other helpers met on sets 12–15): sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';
import { shortFormPairs, type NamedSpan } from '../../src/resolve/short-forms.ts';

const ctx = { definitions: new Map<string, string>(), isPlace: (n: string) => ['Vantmont'].includes(n) };
const pairs = (list: NamedSpan[]) => shortFormPairs(list, ctx).map((p) => `${p.short} → ${p.long} (${p.rule})`);

describe('a name said without its leading adjective of origin', () => {
  it('"Growth Act" is the "American Growth Act" the article names', () => {
    expect(pairs([{ text: 'American Growth Act', type: 'Program' }, { text: 'Growth Act', type: 'Program' }])).toEqual(['Growth Act → American Growth Act (demonym)']);
  });
  it('one word alone is not merged ("Airlines"), nor two types apart', () => {
    expect(pairs([{ text: 'American Airlines', type: 'Company' }, { text: 'Airlines', type: 'Company' }])).toEqual([]);
    expect(pairs([{ text: 'German Pellix Fund', type: 'Program' }, { text: 'Pellix Fund', type: 'Company' }])).toEqual([]);
  });
});

describe('the speaker\'s body said as a common noun', () => {
  it('"officials in my Department" names no body', () => {
    expect(names(extract('I have seen a united commitment among officials in my Department.', 'en'))).toEqual([]);
  });
});

describe('French bodies named by their remit', () => {
  it('the complement\'s adjective ends the name: "Agence française des investissements internationaux"', () => {
    expect(names(extract("La fusion de l'Agence française des investissements internationaux et de Vellifrance a eu lieu.", 'fr')))
      .toContain('Agence française des investissements internationaux/Organization');
  });
  it('"la Délégation aux …" is one body, its ministry another', () => {
    const all = names(extract("Il a salué la Délégation aux investissements internationaux du Ministère de l'Économie.", 'fr'));
    expect(all).toEqual(expect.arrayContaining(['Délégation aux investissements internationaux/Organization', "Ministère de l'Économie/Organization"]));
  });
});

describe('words that name no entity', () => {
  it('a French local authority named by its kind only: "président de la Communauté urbaine"', () => {
    expect(names(extract('Monsieur le président de la Communauté urbaine, Mesdames et Messieurs.', 'fr'))).toEqual([]);
    expect(names(extract('Le président de la Collectivité départementale a reçu les élus.', 'fr'))).toEqual([]);
  });
  it('a newsletter\'s title in common words: "Competition Weekly"', () => {
    expect(names(extract('Competition Weekly e-news', 'en'))).toEqual([]);
  });
  it('a common word opening the sentence before a body of the lexicons is not the body\'s', () => {
    expect(names(extract('Direct Scottish Government investment in businesses has created 400 jobs.', 'en'))).toEqual(['Scottish Government/Organization']);
  });
});

describe('a French name coordinating two plural common nouns', () => {
  it('"VELCO Mesures et Essais" is one firm; "Vellco Corporation et Airbus" two', () => {
    const all = names(extract('Sa filiale a racheté la société toulousaine VELCO Mesures et Essais, basée près de Toulouse.', 'fr'));
    expect(all).toContain('VELCO Mesures et Essais/Company');
    expect(all.some((n) => n.startsWith('Essais/'))).toBe(false);
    expect(names(extract('Le groupe Vellco Corporation et Airbus ont signé un accord.', 'fr')).some((n) => n.includes(' et '))).toBe(false);
  });
});

describe('a known small town the context does not make a place', () => {
  it('is not made a place by its "Saint-" shape alone', () => {
    const all = names(extract('Suite à des erreurs, Saint-Chamond, propriétaire de l\'entreprise, a choisi de la vendre à Vellco.', 'fr'));
    expect(all.some((n) => n.startsWith('Saint-Chamond/') && !n.endsWith('/Region'))).toBe(true);
  });
});

describe('firms read as persons', () => {
  it('a company noun and its trade before an initial and a surname make a firm: "l\'entreprise de métallurgie P. Vellard"', () => {
    expect(names(extract("Le président a visité l'entreprise de métallurgie P. Vellard, à Besançon.", 'fr'))).toContain('P. Vellard/Company');
  });
  it('a name "at" a site "in" a place is no person: "at Aston Marlow in Cardiff"', () => {
    const all = names(extract('The region has won investments, including at Aston Marlow in Cardiff.', 'en'));
    expect(all.some((n) => n.startsWith('Aston Marlow/') && !n.endsWith('/Person'))).toBe(true);
  });
});

describe('a military base', () => {
  it('"Orvel Air Force Base" is a place', () => {
    expect(names(extract('The project will transform the former Orvel Air Force Base into a testing facility.', 'en'))).toContain('Orvel Air Force Base/Region');
  });
});
