/**
 * Round 13, people and titles in mention detection (classes of the misses of sets 18–19): sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

describe('a title\'s body or place glued before its holder splits', () => {
  it('"Director of the Orvane Economic Council Nadia Brandt": the council and the person', () => {
    const all = names(extract('Today, Director of the Orvane Economic Council Nadia Brandt met the delegation in Boston.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Orvane Economic Council/Organization', 'Nadia Brandt/Person']));
    expect(all.some((n) => n.startsWith('Orvane Economic Council Nadia'))).toBe(false);
  });
  it('"Ambassador to Estonia and Latvia Ilsa Varn": the second country and the person', () => {
    const all = names(extract('Today, the Ambassador to Estonia and Latvia Ilsa Varn met the delegation.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Latvia/Country', 'Ilsa Varn/Person']));
  });
  it('"Coordinator for the Indo-Pacific Oskar Pellam": a portfolio region of no body is the title\'s, the person stays', () => {
    const all = names(extract('Today, the Coordinator for the Indo-Pacific Oskar Pellam co-hosted the event.', 'en'));
    expect(all).toContain('Oskar Pellam/Person');
  });
  it('"Chair of the Orvane Bank (OB) Mara Jo Varn": the holder after the acronym is a person, not part of the bank', () => {
    const all = names(extract('Today, the Chair of the Orvane Bank (OB) Mara Jo Varn co-hosted the event.', 'en'));
    expect(all).toContain('Mara Jo Varn/Person');
    expect(all.some((n) => n.includes('(OB) Mara'))).toBe(false);
  });
  it('"Secretary of Commerce Jane Roe": a portfolio of common words is still no name', () => {
    expect(names(extract('Secretary of Commerce Jane Roe visited the plant.', 'en'))).toEqual(['Jane Roe/Person']);
  });
});

describe('a title before a name is that name\'s, not the apposition of the name before', () => {
  it('"at the OC, Secretary Roe toured": the body before the comma is no person', () => {
    const all = names(extract('Secretary Roe visited the Orvane Centre. While at the OC, Secretary Roe toured the facilities.', 'en'));
    expect(all).not.toContain('OC/Person');
  });
  it('"At the Summit, Secretary of Commerce Ilona Marvek …": the summit is no person', () => {
    const all = names(extract('Ministers met at the Velmora Trade Summit this week. At the Summit, Secretary of Commerce Ilona Marvek spoke on the second day.', 'en'));
    expect(all.filter((n) => /Summit\/Person$/.test(n))).toEqual([]);
    expect(all).toContain('Ilona Marvek/Person');
  });
  it('"Pellix, CEO of Orvane, said": a title with no name after it still makes a person', () => {
    expect(names(extract('Jane Pellix, CEO of Orvane, said the plant would open.', 'en'))).toContain('Jane Pellix/Person');
  });
});

describe('words glued to names', () => {
  it('"in Denmark Tuesday": wire copy\'s weekday after a place is no part of it', () => {
    const all = names(extract('The chairman spoke at a news conference in Denmark Tuesday.', 'en'));
    expect(all).toContain('Denmark/Country');
    expect(all.some((n) => n.includes('Monday'))).toBe(false);
  });
  it('"Secretary Jane Roe Visits Orvane Technology": a headline verb between two names ends the first', () => {
    const all = names(extract('Secretary Tessa Varn Visits Orvane Technology\nToday, Secretary Tessa Varn visited the Orvane plant in Toledo.', 'en'));
    expect(all).toContain('Tessa Varn/Person');
    expect(all.some((n) => n.includes('Visits'))).toBe(false);
  });
  it('"Prince Edmund County", "Prince Osric Island": a title word opening a county\'s name is the county\'s', () => {
    const all = names(extract('The centre is in Prince Edmund County, Virginia, and opened on Friday.', 'en'));
    expect(all).toContain('Prince Edmund County/Region');
    expect(all.some((n) => n.endsWith('/Person'))).toBe(false);
  });
  it('"Cher Docteur Varnier": a doctor\'s or professor\'s title makes a person and is no part of the name', () => {
    const all = names(extract('Bonsoir à tous, Cher Docteur Varnier, merci de votre accueil. La société Orvane est là.', 'fr'));
    expect(all).toContain('Varnier/Person');
    expect(names(extract('Professor Varnier and his team visited the plant.', 'en'))).toContain('Varnier/Person');
  });
});

describe('surname particles', () => {
  it('"Mr. De Varlo", "De Varlo Yachts Ltd.": a capitalised particle before a name no dictionary knows opens it', () => {
    const all = names(extract('It was reported that Mr. De Varlo himself would invest in De Varlo Yachts Ltd. next year.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['De Varlo/Person', 'De Varlo Yachts Ltd/Company']));
  });
  it('"De Paris à Lyon": a particle before a place stays a preposition', () => {
    expect(names(extract('De Paris à Lyon, il a voyagé en train.', 'fr')).some((n) => n.startsWith('De '))).toBe(false);
  });
  it('"by J. Morvelle": an initial whose letter is a French stop word still opens the name', () => {
    expect(names(extract('The speech by J. Morvelle was long.', 'en'))).toContain('J. Morvelle/Person');
  });
});

describe('company evidence beats a given name', () => {
  it('"John Orvel, société franco-suisse,": a company noun in apposition', () => {
    expect(names(extract('Selon la presse, John Orvel, société franco-suisse, veut bâtir une usine de batteries en Lorraine.', 'fr'))).toContain('John Orvel/Company');
  });
  it('"les usines Jules Vellard de Tarare": the owner named between a site noun and its place', () => {
    expect(names(extract('Un repreneur est cherché pour les usines Jules Vellard de Tarare et de Riom. Les salariés de Jules Vellard attendent.', 'fr'))).toContain('Jules Vellard/Company');
  });
  it('"M. Guy Varnier, industriel du secteur": an honorific keeps the person', () => {
    expect(names(extract('M. Guy Varnier, industriel très compétent du secteur automobile, vient d\'être nommé.', 'fr'))).toContain('Guy Varnier/Person');
  });
  it('"Anna Roe, says Indian companies …": a company noun further in the clause is no apposition', () => {
    expect(names(extract('An economist with the Orvane Federation, Anna Roe, says Indian companies want to expand.', 'en'))).toContain('Anna Roe/Person');
  });
});

describe('forms of address, procedure and headline words', () => {
  it('"the right hon. Gentleman", "Her Majesty\'s Government", "my noble Friend", "Member of Parliament": no entities', () => {
    const all = names(extract('Does the right hon. Gentleman accept that Her Majesty\'s Government must act? My noble Friend said so to a Member of Parliament yesterday.', 'en'));
    expect(all.filter((n) => /Gentleman|Majesty|Friend|Member/.test(n))).toEqual([]);
  });
  it('"Standing Order No. 24": a rule cited by number', () => {
    expect(names(extract('The Speaker may allow an emergency debate when Standing Order No. 24 applies to the request.', 'en')).some((n) => n.startsWith('Standing Order'))).toBe(false);
  });
  it('"Vous-même, madame la ministre": an emphatic pronoun', () => {
    expect(names(extract('Vous-même, madame la ministre déléguée, avez parlé de Jean Varnier.', 'fr')).some((n) => n.startsWith('Vous'))).toBe(false);
  });
  it('"Orvane Takeover", "Pellix and Vanto Merger": a deal word after the names in a headline', () => {
    const all = names(extract('The Orvane Takeover was approved. Pellix and Vanto Merger was discussed. Steve Case spoke.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Orvane/Company', 'Vanto/Company', 'Steve Case/Person']));
    expect(all.some((n) => /Takeover|Merger/.test(n))).toBe(false);
  });
  it('"refer to the Mergers Commission Pellé\'s bid": the name with a possessive after a body\'s head is the next name', () => {
    const all = names(extract('He decided not to refer to the Orvane Mergers Commission Pellé\'s bid for Vanto. It is for shareholders to accept Pellé\'s bid.', 'en'));
    expect(all).toContain('Pellé/Company');
    expect(all.some((n) => n.includes('Commission Pell'))).toBe(false);
  });
});

describe('titles and bodies of parliamentary text', () => {
  it('"the Under-Secretary of State for Northern Ireland": a title and its place, no body', () => {
    const all = names(extract('I thank the Minister for Trade and the Under-Secretary of State for Northern Ireland for coming.', 'en'));
    expect(all).toContain('Northern Ireland/Region');
    expect(all.some((n) => n.startsWith('Under-Secretary'))).toBe(false);
  });
  it('"the Tariffs and Vantor Commission Pellé\'s bid": the body whole, then the bidder', () => {
    const all = names(extract('He decided not to refer to the Tariffs and Vantor Commission Pellé\'s bid for Vanto.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Tariffs and Vantor Commission/Organization', 'Pellé/Company']));
  });
  it('"by TKV Orvane" where the article names TKV and Orvane alone: two bidders', () => {
    const all = names(extract('Orders followed the acquisition of the Pellix Company by TKV Orvane. TKV and Orvane will jointly own the plant.', 'en'));
    expect(all).not.toContain('TKV Orvane/Company');
    expect(all).toEqual(expect.arrayContaining(['TKV/Company', 'Orvane/Company']));
  });
});

describe('capitalised common words modifying a plural noun', () => {
  it('"lends to High Street retailers", "three Public Works contracts": no names', () => {
    const all = names(extract('The new fund lends to High Street retailers and paid for three Public Works contracts last year.', 'en'));
    expect(all.some((n) => /High Street|Public Works/.test(n))).toBe(false);
  });
  it('"He buys Swift Steel Products shares": a firm stays', () => {
    expect(names(extract('He buys Swift Steel Products shares.', 'en'))).toContain('Swift Steel Products/Company');
  });
});
