/**
 * Relation classes seen on the fourth blind set (set-4) and the false relations of sets 1-3, fixed as
 * classes: one describe per class, sentences of our own with made-up names (English and French).
 */
import { describe, expect, it } from 'vitest';
import { extract, placeRelations, relation, relations } from './helpers.ts';
import { findBareAmount } from '../../src/extract/values/money.ts';

describe('a ministry, department, board or commission does not invest in a place', () => {
  it('"the Department for X has secured £2 billion of investment across the UK", its acronym too (en)', () => {
    const x = extract('The Department for Regional Growth (DRG) has helped secure £2 billion of investment across the UK. DRG also brings £1 billion of investment into Scotland.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
  it('"the Board of X meets in Y to attract investment into the country" (en)', () => {
    const x = extract('Minister Harlan Veste will launch a drive to attract investment into Norway at a meeting of the Board of Commerce in Bergen.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
  it('"le ministère de X investit en Bretagne" (fr); a company still invests', () => {
    expect(relations(extract("Le ministère de l'Artisanat investira 20 millions d'euros en Bretagne.", 'fr'), 'INVESTS_IN')).toEqual([]);
    expect(relations(extract("Le groupe Velorand investira 20 millions d'euros en Bretagne.", 'fr'), 'INVESTS_IN')).toEqual(['Velorand -INVESTS_IN-> Bretagne']);
  });
});

describe('state aid to a company: the beneficiary invests, the place after its plant is no beneficiary', () => {
  it('"a measure to support A in … its complex in Town, Region" (en)', () => {
    const x = extract('The European Commission approved a €40 million Spanish measure to support Quenrod Chemicals in diversifying the production of its existing complex in Tarragona, Orvane.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Quenrod Chemicals -INVESTS_IN-> Tarragona']);
  });
});

describe('ministerial portfolios before a title are words of the office, not a company', () => {
  it('"Business and Trade Secretary X" works for the country the article is about (en)', () => {
    const x = extract('Business and Trade Secretary Marlon Treves will set out the plan in a speech to UK firms in Leeds.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Marlon Treves -ROLE_AT-> UK']);
  });
  it('"International Trade Secretary Dr X", "Home Secretary X": no ROLE_AT to "Trade" or "Home"', () => {
    const x = extract('International Trade Secretary Dr Alwin Pharo will launch a drive to attract foreign investment into the UK.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Alwin Pharo -ROLE_AT-> UK']);
    expect(relations(extract('Home Secretary Idris Kavell visited Dover, in the UK.', 'en'), 'ROLE_AT')).toEqual(['Idris Kavell -ROLE_AT-> UK']);
  });
  it('a company named before "Secretary" stays a company title ("Acme Corporate Secretary X")', () => {
    const x = extract('Tarvel Holdings Secretary Anna Dervin said the board approved the deal.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Anna Dervin -ROLE_AT-> Tarvel Holdings']);
  });
});

describe("one person's public office is one country across the article", () => {
  it('"UK Business Secretary X" in the title, then "Business Secretary X met … in Tokyo": the UK, not the country visited', () => {
    const x = extract('Business and Trade Secretary Marlon Treves met chiefs of Tarvel Systems in Osaka to begin talks on redress.', 'en',
      'Joint statement by UK Business and Trade Secretary Marlon Treves and Tarvel Systems');
    expect(placeRelations(x, 'ROLE_AT')).toEqual(['Marlon Treves -ROLE_AT-> United Kingdom']);
  });
  it('"le ministre français X … le ministre X, en visite au Japon" (fr)', () => {
    const x = extract("Le ministre français de l'Industrie, Paul Terrand, a rencontré les dirigeants de Tarvel. Le ministre Paul Terrand, en visite au Japon, a salué l'accord.", 'fr');
    const r = relations(x, 'ROLE_AT');
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((l) => l === 'Paul Terrand -ROLE_AT-> France')).toBe(true);
  });
});

describe('a city is in its country when the text says so, not from the lexicon alone', () => {
  it('the country in the same sentence: LOCATED_IN (en); named only elsewhere: none', () => {
    // (round 7: the sentence must place the city in the country, "Madrid, Spain"; "in Madrid, as Spain recovers" does not)
    expect(relations(extract('Orvane Inc will open offices in Madrid, Spain, as the economy recovers.', 'en'), 'LOCATED_IN')).toContain('Madrid -LOCATED_IN-> Spain');
    expect(relations(extract('Orvane Inc will open offices in Madrid, as Spain recovers.', 'en'), 'LOCATED_IN')).toEqual([]);
    expect(relations(extract('Orvane Inc reported its results. The conference took place in Madrid. Spain is its largest market.', 'en'), 'LOCATED_IN')).toEqual([]);
  });
  it('même règle en français', () => {
    expect(relations(extract('La société Orvane ouvre un bureau à Grenoble, en France.', 'fr'), 'LOCATED_IN')).toContain('Grenoble -LOCATED_IN-> France');
    expect(relations(extract("La société Orvane a présenté ses résultats à Grenoble. La France reste son premier marché.", 'fr'), 'LOCATED_IN')).toEqual([]);
  });
});

describe('the acronym of a public body spelt by its initials is a public body too', () => {
  it('"the U.S. Department of Ports … DOP\'s loan programme for facilities in the United States": no investment by DOP', () => {
    const x = extract("The U.S. Department of Ports announced a loan scheme. DOP's programme provides loans for establishing manufacturing facilities in the United States.", 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
  it("« l'Agence Nationale des Ports Fluviaux … l'ANPF investira 30 millions d'euros dans de nouvelles usines en France » (fr)", () => {
    const x = extract("L'Agence Nationale des Ports Fluviaux a présenté son plan. L'ANPF investira 30 millions d'euros dans de nouvelles usines en France.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
});

describe('appointments "to" a body, and a name ending with a town is no national arm', () => {
  it('"X has been appointed as the new Permanent Secretary to the Y Authority" (en)', () => {
    const x = extract('Orla Brenning has been appointed as the new Permanent Secretary to the Harbour Authority.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Orla Brenning -ROLE_AT-> Harbour Authority']);
  });
  it('« X a été nommée directrice générale auprès de l\'Agence Y » (fr)', () => {
    const x = extract("Claire Vodenne a été nommée directrice générale auprès de l'Agence Terravel.", 'fr');
    expect(relations(x, 'ROLE_AT')).toEqual(['Claire Vodenne -ROLE_AT-> Agence Terravel']);
  });
  it('"Orvane France" is an arm of Orvane; "Orvane Reading" or a person-like "JT Reading" is not', () => {
    expect(relations(extract('Orvane Group said Orvane France will hire 40 people.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Orvane France -SUBSIDIARY_OF-> Orvane Group']);
    expect(relations(extract('JT thanked JT Reading for his work. JT Reading will join the board.', 'en'), 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('a title\'s portfolio ends before a preposition', () => {
  it('"X, the Secretary of State for Business and Trade, at Y House": no office for what follows "at"', () => {
    const x = extract('The speech made by Marlon Treves, the Secretary of State for Business and Trade, at Orla Vennick House on 2 May in London, UK.', 'en');
    const r = relations(x, 'ROLE_AT');
    expect(r.filter((l) => !l.startsWith('Marlon Treves'))).toEqual([]);
  });
});

describe('an investment "in Town, Country" goes to the town; the country only locates it', () => {
  it('en and fr', () => {
    const en = relations(extract('Pellix Tyres will invest €300 million in a new plant in Leipzig, Germany.', 'en'), 'INVESTS_IN');
    expect(en).toEqual(['Pellix Tyres -INVESTS_IN-> Leipzig']);
    const fr = relations(extract("Le groupe Pellix investira 300 millions d'euros dans une usine à Grenoble, en France.", 'fr'), 'INVESTS_IN');
    expect(fr).toEqual(['Pellix -INVESTS_IN-> Grenoble']);
  });
});

describe('"its parent company, X": the company the possessive refers to belongs to X', () => {
  it('the company of the sentence before (en)', () => {
    const x = extract('Workers fear for their jobs at Tarvel Pressings, a business in my constituency. Financial difficulties at its parent company, the Orvane Family Group, have put its future in doubt.', 'en');
    expect(relations(x, 'SUBSIDIARY_OF')).toEqual(['Tarvel Pressings -SUBSIDIARY_OF-> Orvane Family Group']);
  });
  it('« sa maison mère, le groupe X » (fr)', () => {
    const x = extract('Les salariés de Tarvel Emballages sont inquiets. Les difficultés de sa maison mère, le groupe Orvane Holding, menacent le site.', 'fr');
    expect(relations(x, 'SUBSIDIARY_OF')).toEqual(['Tarvel Emballages -SUBSIDIARY_OF-> Orvane Holding']);
  });
});

describe('ambassadors serve the country the title names, and only then', () => {
  it('"Norwegian Ambassador Dame X", "UK Ambassador X" read as one name (en)', () => {
    expect(relations(extract('Norwegian Ambassador Dame Orla Vennick and the minister signed the agreement.', 'en'), 'ROLE_AT')).toEqual(['Orla Vennick -ROLE_AT-> Norway']);
    expect(placeRelations(extract('UK Ambassador Dame Orla Vennick signed the agreement in Oslo.', 'en'), 'ROLE_AT')).toEqual(['Orla Vennick -ROLE_AT-> United Kingdom']);
  });
  it('a brand ambassador, or « l\'ambassadrice de la marque » (fr), serves no country', () => {
    expect(relations(extract('Our brand ambassador Orla Vennick said the shoes sell well in France.', 'en'), 'ROLE_AT')).toEqual([]);
    expect(relations(extract("L'ambassadrice de la marque Claire Vodenne a présenté la collection à Paris, en France.", 'fr'), 'ROLE_AT')).toEqual([]);
  });
});

describe('an office the article names with its place ("the First Minister of X") gives that place to "First Minister Y"', () => {
  it('the office\'s country, not the country the article speaks most of (en)', () => {
    const x = extract("Germany and Germany's firms welcomed the deal signed by the Prime Minister of Norway. Prime Minister Idris Kavell said Germany was a key partner.", 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Idris Kavell -ROLE_AT-> Norway']);
  });
  it('« le président du Brésil … le président X » (fr), not the country of the city visited', () => {
    const x = extract('Le président du Brésil est attendu à Paris. Le président Paulo Terrano a confirmé sa venue.', 'fr');
    expect(relations(x, 'ROLE_AT')).toEqual(['Paulo Terrano -ROLE_AT-> Brésil']);
  });
});

describe('a bare sum ("4 milliards") is in the article\'s one currency, else in the currency of the place invested in', () => {
  it('« Orvane promet 4 milliards en France » (fr): euros', () => {
    const x = extract('Orvane, qui à lui seul promet 4 milliards en France, construira un centre de données.', 'fr');
    expect(relation(x, 'Orvane', 'INVESTS_IN', 'France')?.properties).toMatchObject({ amount: 4e9, currency: 'EUR' });
  });
  it('"Pellix will invest 2.5 billion in Ohio" after "$1 billion" elsewhere (en): dollars', () => {
    const x = extract('Orvane Inc spent $1 billion last year. Pellix Corp will invest 2.5 billion in Ohio.', 'en');
    expect(relation(x, 'Pellix Corp', 'INVESTS_IN', 'Ohio')?.properties).toMatchObject({ amount: 2.5e9, currency: 'USD' });
  });
  it('no sum when the currency is written, no currency known, or the number counts something else', () => {
    expect(findBareAmount('4 milliards d\'euros', undefined, 'FR')).toBeUndefined();
    expect(findBareAmount('2 billion', undefined, undefined)).toBeUndefined();
    expect(findBareAmount('3 000 emplois', 'EUR', 'FR')).toBeUndefined();
    expect(findBareAmount('promet 4 milliards en France', undefined, 'FR')).toMatchObject({ amount: 4e9, currency: 'EUR' });
  });
});

describe('a facility "in the region of X", « dans la région de X »', () => {
  it('en and fr', () => {
    expect(relations(extract('Orvane will build a new data centre in the city of Leeds.', 'en'), 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Leeds']);
    expect(relations(extract("Le groupe Orvane confirme la construction d'un centre de données dans la région de Besançon.", 'fr'), 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Besançon']);
  });
});

describe('state aid: the aid sum is not the investment; "the project\'s total investment costs amount to X" is', () => {
  it('en: the beneficiary invests in the town with the project cost, not the aid', () => {
    const x = extract('The European Commission has approved regional aid totalling €50 million (SEK 520 million) to Pellix Tyres AB for the construction of a tyre plant in Lulea, Sweden. The project\'s total investment costs amount to €400 million.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Pellix Tyres AB -INVESTS_IN-> Lulea']);
    expect(relation(x, 'Pellix Tyres AB', 'INVESTS_IN', 'Lulea')?.properties).toMatchObject({ amount: 4e8, currency: 'EUR' });
  });
  it("fr: « une aide de 30 millions d'euros à X pour son usine de Y … le coût total du projet s'élève à 200 millions d'euros »", () => {
    const x = extract("La Commission européenne a autorisé une aide de 30 millions d'euros à la société Pellix pour la construction d'une usine à Grenoble. Le projet représente un investissement de 200 millions d'euros.", 'fr');
    const r = relation(x, 'Pellix', 'INVESTS_IN', 'Grenoble');
    expect(r).toBeDefined();
    expect(r?.properties.amount).not.toBe(3e7);
  });
});

describe('a currency code against a number is no company; a title naming only a country defers to the article\'s town', () => {
  it('"aid (SEK 520 million) to A": SEK is neither investor nor the article\'s company', () => {
    const x = extract('State aid for a tyre plant in Sweden. The European Commission approved aid totalling €50 million (SEK 520 million) to Pellix Tyres AB for a plant in Lulea, Sweden. The SEK 520 million aid consists of tax relief.', 'en');
    const r = relations(x, 'INVESTS_IN');
    expect(r.filter((l) => l.includes('SEK'))).toEqual([]);
    expect(r).toEqual(['Pellix Tyres AB -INVESTS_IN-> Lulea']);
  });
  it("fr : « une aide (CHF 12 millions) » ne fait pas de CHF une entreprise", () => {
    const x = extract("La Commission a autorisé une aide de 11 millions d'euros (CHF 12 millions) à la société Pellix pour la construction d'une usine à Grenoble.", 'fr');
    expect(relations(x, 'INVESTS_IN').filter((l) => l.includes('CHF'))).toEqual([]);
  });
});

describe("a company's shareholders, and other investments listed, are not an investment of the sentence", () => {
  it('"Orvane shareholders will meet in Denver" (en); « les actionnaires d\'Orvane se réuniront à Grenoble » (fr)', () => {
    expect(relations(extract('Orvane Corp shareholders will meet in Denver for their yearly meeting.', 'en'), 'INVESTS_IN')).toEqual([]);
    expect(relations(extract("Les actionnaires d'Orvane se réuniront à Grenoble en mars.", 'fr'), 'INVESTS_IN')).toEqual([]);
  });
  it('"the latest in a series of investments, including £4 billion from company Y": Y does not invest in the last place', () => {
    const x = extract('Pellix Motors will invest £50 million in a plant in Derby. The plant is the latest in a series of investments, including £4 billion from the Malaysian company Tarvo.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Pellix Motors -INVESTS_IN-> Derby']);
  });
});
