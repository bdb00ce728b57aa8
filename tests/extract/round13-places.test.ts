/**
 * Round 13, places and organisations (classes of the misses of sets 18–19): sentences of our own, made-up firms, real towns.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

describe("towns of the article's own country with no company evidence (home-towns.ts)", () => {
  it('"l\'unité de Montbard" in a French text that never names France is the town', () => {
    expect(names(extract("Le groupe Pellix a repris l'usine et l'unité de Montbard, après des mois d'incertitude.", 'fr'))).toContain('Montbard/Region');
  });
  it('"à Issoudun" after a firm\'s name, in a French text with no country, is the town', () => {
    expect(names(extract("Depuis la reprise des salaisons Jean Orvanet à Issoudun, l'effectif a fondu de moitié.", 'fr'))).toContain('Issoudun/Region');
  });
  it('"the Consett steelworks" in an English text naming the United Kingdom is the town', () => {
    expect(names(extract('The future of the Consett steelworks matters to the whole of the United Kingdom.', 'en'))).toContain('Consett/Region');
  });
  it('a town the article also writes as a firm\'s subject stays the firm', () => {
    const all = names(extract("Montbard a annoncé la fermeture de deux usines. Les salariés de Montbard sont inquiets.", 'fr'));
    expect(all).not.toContain('Montbard/Region');
  });
  it('"of the Atlantic": an English town takes no determiner', () => {
    expect(names(extract('It is near the beaches of the Atlantic, in the United States.', 'en'))).not.toContain('Atlantic/Region');
  });
});

describe('"of" and a known place after a firm\'s name is its home (candidates.ts firmOfPlace)', () => {
  it('"Orvane Steel of Japan": the firm and the country, two names', () => {
    const all = names(extract('Orvane Steel of Japan signed the agreement last week.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Orvane Steel/Company', 'Japan/Country']));
  });
  it('"Pellix Corporation of New York for Vantrixes of York": two firms and two places, no name across "for"', () => {
    const all = names(extract('Members discussed the offer by Pellix Corporation of New York for Vantrixes of York on Tuesday.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Pellix Corporation/Company', 'New York/Region', 'Vantrixes/Company']));
  });
  it('"the Bank of Scotland", "the University of York": a body named for its place keeps it', () => {
    const texts = extract('The Bank of Scotland and the University of York signed the agreement.', 'en').mentions.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Bank of Scotland', 'University of York']));
  });
});

describe('"aux Papeteries du Vexin": a plural common noun and the place it is of name a firm', () => {
  it('after "aux" such a name is a company, not a region', () => {
    expect(names(extract('Le ministre s\'est intéressé aux Papeteries du Vexin, reprises il y a dix ans par le groupe Pellix.', 'fr'))).toContain('Papeteries du Vexin/Company');
  });
  it('"aux Pays de Lorvane": a place noun stays a place', () => {
    expect(names(extract('Le ministre est allé aux Pays de Lorvane la semaine dernière.', 'fr'))).toContain('Pays de Lorvane/Region');
  });
});

describe('a place preposition repeated after "et"/"and" coordinates two places (place-neighbours.ts)', () => {
  it('"installée à Annonay et à la Vortelle": the unknown name is a place too', () => {
    expect(names(extract("La filiale de Pellix, installée à Annonay et à la Vortelle, emploie quarante personnes.", 'fr'))).toContain('Vortelle/Region');
  });
  it('"à Annonay et au groupe Pellix" keeps a firm read as such by its own cue', () => {
    expect(names(extract("Le projet a été expliqué à Annonay et au groupe Pellix.", 'fr'))).toContain('Pellix/Company');
  });
});

describe('list lines "FIRM – TOWN (NN)" with a French department number (listed-sites.ts)', () => {
  const text = "Voici les lauréats retenus cette année :\n- Orvatec – Saint-Pellon (04)\n- PELLIX – Vaurelle et Montbrac (05)\n- Vantor Évolution – Le Mas de Pellac (05)";
  it('the firm before the dash, the whole town after it', () => {
    expect(names(extract(text, 'fr'))).toEqual(expect.arrayContaining(['Orvatec/Company', 'Saint-Pellon/Region', 'PELLIX/Company', 'Vaurelle et Montbrac/Region',
      'Vantor Évolution/Company', 'Le Mas de Pellac/Region']));
  });
  it('a bracketed number that is no department, or no dash, leaves the line as it was', () => {
    expect(names(extract('- Orvatec – Pellemont (12)', 'fr'))).toContain('Pellemont/Region');
    expect(names(extract('- Orvatec – Pellemont (123)', 'fr'))).not.toContain('Pellemont/Region');
  });
});

describe('a capitalised place noun opening a name (detect.ts placeNounName)', () => {
  const text = "Au bureau de Régions de France siège aussi Mme Claire Vanel, présidente de la Région Auvergne-Rhône-Alpes depuis 2021.";
  it('"la Région Auvergne-Rhône-Alpes" is the region', () => {
    const m = extract(text, 'fr').mentions.find((x) => x.text.startsWith('Région '));
    expect([m?.type, m?.canonical]).toEqual(['Region', 'Auvergne-Rhône-Alpes']);
  });
  it('"Régions de France": a plural place noun and a country name the association of those places', () => {
    expect(names(extract(text, 'fr'))).toContain('Régions de France/Organization');
  });
});

describe('natural areas named by their place', () => {
  it('"la vallée de la Morvanne", "le bassin de Pellac" are places', () => {
    const all = names(extract("La vallée de la Morvanne retrouve enfin des emplois. Le bassin de Pellac en perd.", 'fr'));
    expect(all).toEqual(expect.arrayContaining(['Morvanne/Region', 'Pellac/Region']));
  });
});

describe('a hyphenated pair the article names as one firm (hyphen-pairs.ts)', () => {
  it('"the new company, to be called Pellix-Zentra": one name, though both parties are named alone', () => {
    expect(names(extract('Pellix will merge with Zentra. The new company, to be called Pellix-Zentra, will be based in Luxembourg.', 'en'))).toContain('Pellix-Zentra/Company');
  });
  it('"the Pellix-Zentra merger" stays two parties', () => {
    expect(names(extract('Pellix will merge with Zentra. The Pellix-Zentra merger was approved.', 'en'))).not.toContain('Pellix-Zentra/Company');
  });
});
