/**
 * Ownership, alliance and rivalry stated in wordings that press and parliamentary texts share: a participle of
 * belonging, an ally named by a participle, "the two companies compete", a seller who owns what it sells.
 * Sentences of our own with made-up names (English and French).
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const rel = (type: string, text: string, lang = 'en') => relations(extract(text, lang), type);
/** Symmetric relations as sorted pairs. */
const pairs = (type: string, text: string, lang = 'en') =>
  rel(type, text, lang).map((r) => r.split(` -${type}-> `).sort().join(' ~ ')).sort();

describe('a participle of belonging states a subsidiary', () => {
  it('"la société A, appartenant au groupe américain B" (fr)', () => {
    expect(rel('SUBSIDIARY_OF', "Il s'inquiète de la fermeture de l'usine de la société Tarvel, appartenant au groupe américain Velorand.", 'fr'))
      .toEqual(['Tarvel -SUBSIDIARY_OF-> Velorand']);
  });
  it('"A, propriété d\'B" (fr, elided)', () => {
    expect(rel('SUBSIDIARY_OF', "La papeterie Tarvel, propriété d'Orvane, sera vendue.", 'fr')).toEqual(['Tarvel -SUBSIDIARY_OF-> Orvane']);
  });
});

describe('an ally named by a participle', () => {
  it('"l\'industriel A allié à B" (fr)', () => {
    expect(pairs('PARTNERS_WITH', "Le ministre a annoncé la reprise du site par l'industriel allemand Velorand allié à Tarvel.", 'fr')).toEqual(['Tarvel ~ Velorand']);
  });
  it('"A, allied with B" (en)', () => {
    expect(pairs('PARTNERS_WITH', 'The bid came from Velorand Corp, allied with Tarvel Systems, last week.')).toEqual(['Tarvel Systems ~ Velorand Corp']);
  });
});

describe('"the two companies" compete: the pair named just before', () => {
  it('"… entre le néerlandais A (AB) et le belge C. Ces deux groupes … se font concurrence" (fr)', () => {
    const text = "Le rapprochement entre le néerlandais Velorand Werke (VW) et le belge Tarvel Systems inquiète les syndicats. Ces deux groupes de taille comparable se font une rude concurrence en Europe.";
    expect(pairs('COMPETES_WITH', text, 'fr')).toEqual(['Tarvel Systems ~ Velorand Werke']);
  });
  it('"A agreed to buy B. The two companies compete in …" (en)', () => {
    expect(pairs('COMPETES_WITH', 'Orvane Corp agreed to buy Tarvel Systems last year. The two companies compete in office furniture.')).toEqual(['Orvane Corp ~ Tarvel Systems']);
  });
  it('no pair named before: nothing', () => {
    expect(pairs('COMPETES_WITH', 'Orvane Corp opened a plant. The two companies compete in office furniture.')).toEqual([]);
  });
});

describe('a seller owns what it sells', () => {
  it('"la vente du site A par le groupe B" (fr)', () => {
    expect(rel('SUBSIDIARY_OF', 'Les élus contestent la vente du site Tarvel par le groupe Orvane.', 'fr')).toEqual(['Tarvel -SUBSIDIARY_OF-> Orvane']);
  });
  it('"A, seule entreprise en France …, fait l\'objet d\'une décision de vente par le groupe B" (fr)', () => {
    expect(rel('SUBSIDIARY_OF', "Tarvel, seule entreprise en France capable de recycler ce papier, fait l'objet d'une décision de vente par le groupe Orvane.", 'fr'))
      .toEqual(['Tarvel -SUBSIDIARY_OF-> Orvane']);
  });
  it('"le groupe B a annoncé être à la recherche d\'un repreneur pour la société A" (fr)', () => {
    expect(rel('SUBSIDIARY_OF', "Le 11 mars, le groupe Orvane a annoncé être à la recherche d'un repreneur pour la société Tarvel.", 'fr')).toEqual(['Tarvel -SUBSIDIARY_OF-> Orvane']);
  });
  it('"B is seeking a buyer for A"; "the sale of A by B" (en)', () => {
    expect(rel('SUBSIDIARY_OF', 'Orvane Group is seeking a buyer for Tarvel Systems.')).toEqual(['Tarvel Systems -SUBSIDIARY_OF-> Orvane Group']);
    expect(rel('SUBSIDIARY_OF', 'Unions opposed the sale of Tarvel Systems by Orvane Group.')).toEqual(['Tarvel Systems -SUBSIDIARY_OF-> Orvane Group']);
  });
});

describe('a trade noun before a name that opens on a public body\'s word', () => {
  it('"the purchase of stationery wholesaler Bureau Vantor by its competitor Orvane" (en)', () => {
    const x = extract('Regulators are reviewing the planned purchase of stationery wholesaler Bureau Vantor by its competitor Orvane Corp, announced in May.', 'en');
    expect(x.mentions.find((m) => m.text === 'Bureau Vantor')?.type).toBe('Company');
    expect(pairs('COMPETES_WITH', 'Regulators are reviewing the planned purchase of stationery wholesaler Bureau Vantor by its competitor Orvane Corp, announced in May.'))
      .toEqual(['Bureau Vantor ~ Orvane Corp']);
  });
});

describe('rivals named by a superlative or as the company bought', () => {
  it('"… as much as its nearest rival, B" (en)', () => {
    expect(pairs('COMPETES_WITH', 'Orvane Steel now ships twice as much steel as its nearest rival, Tarvel Metals.')).toEqual(['Orvane Steel ~ Tarvel Metals']);
  });
  it('"A agreed to acquire the rival firm, B" (en)', () => {
    expect(pairs('COMPETES_WITH', 'The valve maker Orvane agreed on Tuesday to acquire the rival firm, Tarvel, for cash.')).toEqual(['Orvane ~ Tarvel']);
  });
});

describe("a company's products listed after its possessive", () => {
  it('"A\'s patents on several best-selling drugs, including X and Y" (en)', () => {
    expect(rel('DEVELOPS', "Orvane's patents on several best-selling drugs, including Zelvox and Prantil, are due to expire.")).toEqual(['Orvane -DEVELOPS-> Zelvox', 'Orvane -DEVELOPS-> Prantil']);
  });
});

describe('a joint work names its partners', () => {
  it('"la construction par A d\'un centre de recherche commun avec les sociétés B et C": every pair (fr)', () => {
    expect(pairs('PARTNERS_WITH', "Le président d'Orvane a confirmé la construction par Orvane d'un nouveau centre de recherche commun avec les sociétés Tarvel et Velorand.", 'fr'))
      .toEqual(['Orvane ~ Tarvel', 'Orvane ~ Velorand', 'Tarvel ~ Velorand']);
  });
});

describe('a merger named by its two parties', () => {
  it('a title "A and B Merger": two companies, partners (en)', () => {
    const x = extract('Orvane and Tarvel Merger\n\nShareholders were told that Orvane and Tarvel will keep every store open.', 'en');
    expect(x.mentions.some((m) => /Merger/.test(m.text))).toBe(false);
    expect(relations(x, 'PARTNERS_WITH').map((r) => r.split(' -PARTNERS_WITH-> ').sort().join(' ~ '))).toEqual(['Orvane ~ Tarvel']);
  });
});

describe('"the two companies" merge: the pair named just before', () => {
  it('"Fusion de A et de B. Les conseils des 2 groupes ont approuvé la fusion des deux compagnies." (fr)', () => {
    expect(pairs('PARTNERS_WITH', "Orvane Energie et la société Tarvel discutent depuis un an. Les conseils d'administration des 2 groupes ont approuvé la fusion des deux compagnies.", 'fr'))
      .toEqual(['Orvane Energie ~ Tarvel']);
  });
  it('"The two companies announced their merger" (en)', () => {
    expect(pairs('PARTNERS_WITH', 'Orvane Corp shares rose on Monday, and Tarvel Systems shares fell. The two companies announced their merger on Tuesday.')).toEqual(['Orvane Corp ~ Tarvel Systems']);
  });
});

describe('a town named as a party of a merger is a company', () => {
  it('a title "France : Fusion de A et de Suez", "la fusion entre A et Suez" (fr)', () => {
    const x = extract("Les actionnaires d'Orvane Énergie et de Suez ont approuvé l'opération.", 'fr', 'France : Fusion de Orvane Énergie et de Suez');
    expect(x.mentions.find((m) => m.text === 'Suez')?.type).toBe('Company');
    const y = extract("Le gouvernement a validé la fusion entre Orvane Énergie et Suez.", 'fr');
    expect(y.mentions.find((m) => m.text === 'Suez')?.type).toBe('Company');
  });
});

describe("a title word inside an event's name", () => {
  it('"announced … at the Asia Pacific CEO Summit": one event, the announcement made there (en)', () => {
    const x = extract('Orvane announced the investment at the Asia Pacific CEO Summit in San Francisco.', 'en');
    expect(x.mentions.find((m) => m.text === 'Asia Pacific CEO Summit')?.type).toBe('Program');
    expect(relations(x, 'ANNOUNCED_AT')).toEqual(['Orvane -ANNOUNCED_AT-> Asia Pacific CEO Summit']);
  });
});

describe('ownership, rivalry and making in apposition', () => {
  it('"A Motors, B\'s European unit, …" (en)', () => {
    expect(rel('SUBSIDIARY_OF', "Orvane Motors, Velorand's European unit, will cut 2,000 jobs.")).toEqual(['Orvane Motors -SUBSIDIARY_OF-> Velorand']);
  });
  it('"la société A du groupe B" (fr)', () => {
    expect(rel('SUBSIDIARY_OF', 'Les salariés de la société Tarvel du groupe Orvane sont en grève.', 'fr')).toEqual(['Tarvel -SUBSIDIARY_OF-> Orvane']);
  });
  it('"A, concurrent direct de B" (fr)', () => {
    expect(pairs('COMPETES_WITH', "Le groupe Tarvel, concurrent direct du groupe Orvane, a annoncé des suppressions de postes.", 'fr')).toEqual(['Orvane ~ Tarvel']);
  });
});
