/**
 * Round 12, entities (classes of the misses of sets 16–17 and 14–15): sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';
import { nameKey } from '../../src/extract/names.ts';

describe('company evidence beats a place, product or person reading', () => {
  it('"the X organisation", "the Y corporation": a firm\'s noun after the name beats a place word at its end', () => {
    const all = names(extract('The Vela Park organisation, the Orvane corporation and Pellton Aero Seating have invested tens of millions of pounds in the economy.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Vela Park/Company', 'Orvane/Company']));
  });
  it('a list of firms makes a name read as a person only by a rare given name a firm too', () => {
    const all = names(extract('The Vela Park organisation, the Orvane corporation and Thompson Aero Seating have invested tens of millions of pounds in the economy.', 'en'));
    expect(all).toContain('Thompson Aero Seating/Company');
  });
  it('"Harris Laboratories": a corporate plural after a given name makes a firm', () => {
    expect(names(extract('We have Harris Laboratories from the United States, and more will come next year.', 'en'))).toContain('Harris Laboratories/Company');
  });
  it('"X from <Country>": a newcomer named by the country it comes from is a firm (even one ending like an adjective)', () => {
    const all = names(extract('In the past year we have had new investors in the region: Pellwoo from Korea, Montavet from France and Holian from Hong Kong, all of them welcome.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Pellwoo/Company', 'Montavet/Company', 'Holian/Company']));
  });
  it('"the X and Y engine plants": the owners of plants that make a product are firms, even a foreign city\'s name', () => {
    const all = names(extract('The biggest investments have been in the Nagoya and Orvane engine plants, which are under construction in Wales.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Nagoya/Company', 'Orvane/Company']));
  });
  it('a city the article places something in stays a place', () => {
    const all = names(extract('The biggest investments have been in the Nagoya and Orvane engine plants. Orvane also has an office in Nagoya.', 'en'));
    expect(all).toContain('Nagoya/Region');
  });
  it('a foreign city among three firms or more, and no place, is a firm named like it', () => {
    const all = names(extract("Le pôle s'est élargi, avec l'arrivée de nouvelles sociétés : Orvane qui travaille sur des projets, Nagoya, Pellix, Vantor, Ardel Liquide.", 'fr'));
    expect(all).toContain('Nagoya/Company');
  });
  it('a product noun before "through an agreement between X and Y" types neither party', () => {
    expect(names(extract('Orvane announced a purchase of over 200 aircraft through an agreement between Pellix Air and Orvane valued at $34 billion.', 'en'))).not.toContain('Pellix Air/Product');
  });
  it('"the acquisition of X by Prince,": a title alone after "by" in a deal, with no name after it, is the buyer', () => {
    expect(names(extract('The Commission has approved the proposed acquisition of Ferrix by Prince, both active in the manufacturing of chemicals.', 'en'))).toContain('Prince/Company');
    expect(names(extract('The letter was signed by President, Director and Secretary of the board.', 'en'))).toEqual([]);
  });
  it('"Commission fines X and Y": the body acts on the parties, it does not name them', () => {
    expect(names(extract('Commission fines Orvane and PELLIX for implementing their acquisition without prior approval.', 'en'))).toEqual(['Orvane/Company', 'PELLIX/Company']);
  });
  it('"X, a Swiss drug and diagnostics company": a product word that qualifies a company noun names the trade', () => {
    expect(names(extract('Orvane, a Swiss drug and diagnostics company, announced a $5 billion investment in its plants.', 'en'))).toContain('Orvane/Company');
    expect(names(extract('Orvane Pay, a payments tool for small businesses, launched today in Europe.', 'en'))).toContain('Orvane Pay/Product');
  });
});

describe('people named whole', () => {
  it('a line of an office and a name attributes a speech: no byline to blank', () => {
    const x = extract('Remarks at the Ribbon Cutting\n\nCommerce Secretary Jane Pellow\n\nThank you everyone for coming today to the new plant.', 'en');
    expect(names(x)).toContain('Jane Pellow/Person');
  });
  it('a month\'s abbreviation before a name, with no date word around it, is a given name', () => {
    expect(names(extract('My congratulations to Jun Pellow, CEO and President of Orvane Innovation, for the new plant.', 'en'))).toContain('Jun Pellow/Person');
    expect(names(extract('Orvane said on Jun 5 that Pellix would grow in the region.', 'en'))).not.toContain('Jun Pellix/Person');
  });
  it('"Mr. Roe": a member named by style and surname keeps the styled form as an alias', () => {
    const x = extract('Mr. Pellow asked the Secretary of State which firms have invested in the region this year.', 'en');
    expect(x.mentions.find((m) => m.text === 'Pellow')?.aliases).toContain('Mr. Pellow');
  });
});

describe('names whole and places by their neighbours', () => {
  it('"110 new jobs for Cookville from Orvane": the place that gains jobs', () => {
    expect(names(extract('Recent good news includes 110 new jobs for Cookville from Orvane and more to come next year.', 'en'))).toContain('Cookville/Region');
  });
  it('"la Pellic Vallée": the French word for a valley ends a place\'s name', () => {
    expect(names(extract("Sa filiale Orvane Technologies se situe au coeur de la Pellic Vallée, bassin d'emploi qui couvre trois départements.", 'fr'))).toContain('Pellic Vallée/Region');
  });
  it('a dateline: the place before the day a speech was given', () => {
    const all = names(extract('Allocution du Président, à l\'issue du déjeuner avec le personnel des brasseries Orvane, Cronville, vendredi 23 novembre 1984.', 'fr'));
    expect(all).toContain('Cronville/Region');
  });
  it('three known towns in a list are places, with no preposition of place before them', () => {
    const all = names(extract('It is a beautiful part of the country, near the beaches; the old bay; Jamestown, Yorktown, and Williamsburg; and the naval station.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Jamestown/Region', 'Yorktown/Region', 'Williamsburg/Region']));
  });
  it('"my constituency of A and B" is one place', () => {
    const all = names(extract('He welcomed a £10 million investment from the Orvane Bank for my constituency of Pellton and Vantbury, which was announced this week.', 'en'));
    expect(all).toContain('Pellton and Vantbury/Region');
  });
  it('"Orvane Corporate and Investment Bank": common words on either side of "and" before a firm\'s head word, a bank for firms', () => {
    expect(names(extract('The loan is guaranteed by Orvane Agricole Corporate and Investment Bank, the lender said.', 'en'))).toContain('Orvane Agricole Corporate and Investment Bank/Company');
  });
  it('"North American Bolt and Screw Co.": common nouns on either side of "and" before a legal form are one firm, its compass and demonym with it', () => {
    expect(names(extract('Orders went to the North American Bolt and Screw Co. last year, the board said.', 'en'))).toContain('North American Bolt and Screw Co/Company');
    expect(names(extract('Deals between Orvane and Pellix Holdings Corp. were signed last year.', 'en'))).toContain('Orvane/Company');
  });
});

describe('words that name no entity', () => {
  it('a month by a day is a date, even at the head of a list of firms', () => {
    const all = names(extract('Since 1 May, Orvane Systems, Pellix plc, Vantbury Electric and Canon have announced plans to invest in Scotland.', 'en'));
    expect(all.some((n) => n.startsWith('May/'))).toBe(false);
    expect(all).toContain('Orvane Systems/Company');
  });
  it('contractions of pronouns, "Let\'s", plural common nouns opening a sentence and adjectives of a party name nothing', () => {
    expect(names(extract('Hello there. We’d like to thank Orvane for the plant it built here. They’ll come back. Let\'s go.', 'en'))).toEqual(['Orvane/Company']);
    expect(names(extract('Figures released this morning show that the count fell. I commend Unionist leaders from a range of parties.', 'en'))).toEqual([]);
  });
  it('"Commission sends Statement of Objections", "the State aid Temporary Framework": documents and rules, no body and no place', () => {
    expect(names(extract('Commission sends Statement of Objections to six companies in automotive starter batteries.', 'en'))).toEqual([]);
    expect(names(extract('The measure is approved under the State aid COVID Temporary Framework adopted in March.', 'en'))).toEqual([]);
  });
  it('a government named by its party, or the word alone, is no body', () => {
    const all = names(extract('Scotland would not attract investment under a new Labour Government, said Orvane. This Government are going to deliver.', 'en'));
    expect(all.filter((n) => n.includes('Government'))).toEqual([]);
  });
  it('"le Smic", "des Pfas": a wage and a class of pollutants written as words', () => {
    expect(names(extract('Les emplois partent en Bulgarie, où le Smic est à 477 euros, et la molécule relève du champ des Pfas, les polluants éternels.', 'fr'))).toEqual(['Bulgarie/Country']);
  });
});

describe('short and former names as aliases', () => {
  it('an acronym with a lower-case initial, spelled by a name with an inner capital: "TorKlind Steel Europe (‘tkSE\')"', () => {
    const x = extract("The Commission approved two measures to support TorKlind Steel Europe (‘tkSE') in decarbonising its steel production.", 'en');
    expect(x.mentions.find((m) => m.text === 'TorKlind Steel Europe')?.aliases).toContain('tkSE');
  });
  it('"Orvane (former KL Pellbatterie)": the old name in brackets is an alias', () => {
    const x = extract('The Commission fined starter battery makers Vantor, Orvane (former KL Pellbatterie), Exide and Rombat for a cartel.', 'en');
    expect(x.mentions.find((m) => m.text === 'Orvane')?.aliases).toContain('KL Pellbatterie');
    expect(names(x)).not.toContain('KL Pellbatterie/Company');
  });
});

describe('name keys', () => {
  it('"Labour Party" = "Labour": a party named by one word is that word; longer names keep their "Party"', () => {
    expect(nameKey('Labour Party')).toBe(nameKey('Labour'));
    expect(nameKey('Scottish National Party')).not.toBe(nameKey('Scottish National'));
  });
});
