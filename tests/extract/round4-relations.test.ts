/**
 * Relation classes seen on the third blind set (set-3) and the misses of sets 1-2, fixed as classes:
 * one describe per class, sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

describe('acquisitions without a price: a buying word with a named company as its object', () => {
  it('"A acquired B", "A has agreed to buy the software company B" (en)', () => {
    expect(relations(extract('Orvane Inc acquired Pellix Corp last year.', 'en'), 'INVESTS_IN')).toEqual(['Orvane Inc -INVESTS_IN-> Pellix Corp']);
    expect(relations(extract('Tarvel Group has agreed to buy the software company Quenrod.', 'en'), 'INVESTS_IN')).toEqual(['Tarvel Group -INVESTS_IN-> Quenrod']);
  });
  it('"le groupe A rachète la société B" (fr)', () => {
    expect(relations(extract('Le groupe Orvane rachète la société Pellix.', 'fr'), 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Pellix']);
  });
  it('a possessive: "A\'s acquisition of B", "its acquisition of the Portuguese operator B" after a clause', () => {
    expect(relations(extract("Orvane Inc's acquisition of Pellix Corp was approved.", 'en'), 'INVESTS_IN')).toEqual(['Orvane Inc -INVESTS_IN-> Pellix Corp']);
    const x = extract('The regulator found that Tarvel Group breached the rules by implementing its acquisition of the Portuguese operator Quenrod Telecom.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Tarvel Group -INVESTS_IN-> Quenrod Telecom']);
  });
  it('buying products from a company, a passive without its buyer, a denial: no acquisition', () => {
    expect(relations(extract('Merrow Airlines will buy 20 aircraft from Tarvel Aerospace.', 'en'), 'INVESTS_IN')).toEqual([]);
    expect(relations(extract('Pellix Corp was acquired in 2019.', 'en'), 'INVESTS_IN')).toEqual([]);
    expect(relations(extract('Orvane Inc said it would not buy Pellix Corp.', 'en'), 'INVESTS_IN')).toEqual([]);
  });
  it('a regulator approving the deal is not its buyer', () => {
    const x = extract('The European Commission approved the acquisition of Pellix Corp.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
  it('"the acquisition of joint control of A by B and C": both buyers invest', () => {
    const x = extract('The Commission approved the acquisition of joint control of Tarvo Towers by Pellix Telecom and Orvane Group.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Pellix Telecom -INVESTS_IN-> Tarvo Towers', 'Orvane Group -INVESTS_IN-> Tarvo Towers']);
  });
});

describe('investments stated by new offices, centres and jobs in a place', () => {
  it('"a new A R&D centre in the UK", "opening new offices in X and Y"', () => {
    expect(relations(extract('A new Tarvel Mobility electric bus R&D centre in the UK will open next year.', 'en'), 'INVESTS_IN')).toEqual(['Tarvel Mobility -INVESTS_IN-> UK']);
    expect(relations(extract('Pellix Consulting Ltd is opening new offices in Leeds and Bristol.', 'en'), 'INVESTS_IN')).toEqual(['Pellix Consulting Ltd -INVESTS_IN-> Leeds', 'Pellix Consulting Ltd -INVESTS_IN-> Bristol']);
  });
  it('"investing £79mn to create 1600 jobs … all over the UK": "all over", "across" introduce the place', () => {
    expect(relations(extract('Indian software company Quenrod investing £79mn to create 1600 jobs over the next three years all over the UK.', 'en'), 'INVESTS_IN')).toEqual(['Quenrod -INVESTS_IN-> UK']);
  });
  it('jobs created or brought to a place, one company per verb', () => {
    const x = extract('There have been announcements such as Pellix Corp creating 900 jobs in Leeds, Orvane Group creating 300 jobs in Cardiff.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Pellix Corp -INVESTS_IN-> Leeds', 'Orvane Group -INVESTS_IN-> Cardiff']);
    expect(relations(extract('Pellix Ltd said the expansion would bring 100 new jobs to Leeds.', 'en'), 'INVESTS_IN')).toEqual(['Pellix Ltd -INVESTS_IN-> Leeds']);
    expect(relations(extract("Le groupe Orvane créera 300 emplois à Douai d'ici 2026.", 'fr'), 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Douai']);
  });
  it('job cuts at a place are no investment', () => {
    expect(relations(extract('Orvane Group is cutting 900 jobs in Leeds.', 'en'), 'INVESTS_IN')).toEqual([]);
    expect(relations(extract('Le groupe Orvane supprime 300 emplois à Douai.', 'fr'), 'INVESTS_IN')).toEqual([]);
  });
});

describe('appointments: "X has been appointed / named / confirmed as the new ROLE of Y"', () => {
  it('en and fr', () => {
    expect(relations(extract('Susan Quillet has been confirmed as the new Executive Director for the Orvane Foundation.', 'en'), 'ROLE_AT')).toEqual(['Susan Quillet -ROLE_AT-> Orvane Foundation']);
    expect(relations(extract('Susan Quillet was named chief executive of Orvane Inc on Monday.', 'en'), 'ROLE_AT')).toEqual(['Susan Quillet -ROLE_AT-> Orvane Inc']);
    expect(relations(extract('Jean Dupuis a été nommé directeur général de la société Pellix.', 'fr'), 'ROLE_AT')).toEqual(['Jean Dupuis -ROLE_AT-> Pellix']);
  });
});

describe('subsidiaries: "one of the N branches of group Y", "part of the <adjective> Y Group"', () => {
  it('fr: "l\'une des cinq branches du groupe papetier Y"', () => {
    expect(relations(extract("Quenrod est l'une des cinq branches du groupe papetier Orvane, leader mondial.", 'fr'), 'SUBSIDIARY_OF')).toEqual(['Quenrod -SUBSIDIARY_OF-> Orvane']);
  });
  it('en: "X is one of the subsidiaries of Y", "X, which is part of the Finnish Y Group"', () => {
    expect(relations(extract('Quenrod Labs is one of the subsidiaries of Orvane Group.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Quenrod Labs -SUBSIDIARY_OF-> Orvane Group']);
    expect(relations(extract('Halvor Flamgard, which is part of the Finnish Halvor Group, has relocated.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Halvor Flamgard -SUBSIDIARY_OF-> Halvor Group']);
  });
});

describe('partnerships: mergers of two named companies, joint owners, states signing an agreement', () => {
  it('"A and B, have announced a merger", "la fusion des deux constructeurs A et B"', () => {
    expect(relations(extract('Two U.S. airline companies, Merrow Airlines and Tarvel Air, have announced a merger.', 'en'), 'PARTNERS_WITH')).toEqual(['Merrow Airlines -PARTNERS_WITH-> Tarvel Air']);
    expect(relations(extract('Les ministres saluent la fusion des deux constructeurs automobiles Pellix et Orvane.', 'fr'), 'PARTNERS_WITH')).toEqual(['Pellix -PARTNERS_WITH-> Orvane']);
  });
  it('talk of a merger is no partnership', () => {
    expect(relations(extract('There has been talk of a merger between Pellix Radio and Orvane Radio.', 'en'), 'PARTNERS_WITH')).toEqual([]);
  });
  it('joint owners: "détenue à parité par A et B", "jointly owned by A and B"', () => {
    expect(relations(extract("Une holding commune dotée de 300 millions d'euros et détenue à parité par la société Pellix et le groupe Orvane.", 'fr'), 'PARTNERS_WITH')).toEqual(['Pellix -PARTNERS_WITH-> Orvane']);
    expect(relations(extract('The new company will be jointly owned by Pellix Corp and Orvane Inc.', 'en'), 'PARTNERS_WITH')).toEqual(['Pellix Corp -PARTNERS_WITH-> Orvane Inc']);
  });
  it('"The UK and US governments have signed a new agreement", "la France et l\'Inde ont signé un accord"', () => {
    expect(relations(extract('The UK and US governments have signed a new agreement paving the way for launches.', 'en'), 'PARTNERS_WITH')).toEqual(['UK -PARTNERS_WITH-> US']);
    expect(relations(extract("La France et l'Inde ont signé un accord de coopération.", 'fr'), 'PARTNERS_WITH')).toEqual(['France -PARTNERS_WITH-> Inde']);
  });
  it('joint buyers are not bought by each other', () => {
    const x = extract('The Commission opens an investigation into the proposed acquisition of joint control over Tarcom by Velt Holdings and Hutchins Ports.', 'en');
    expect(relations(x, 'INVESTS_IN').filter((r) => r.startsWith('Velt') && r.endsWith('Hutchins Ports'))).toEqual([]);
  });
});

describe('locations: a fronted "Headquartered in X," and a named company\'s plant or sites in a place', () => {
  it('"Headquartered in Dallas, X is …"', () => {
    expect(relations(extract('Headquartered in Dallas, Pellix Corp is a global leading manufacturer of chips.', 'en'), 'LOCATED_IN')).toEqual(['Pellix Corp -LOCATED_IN-> Dallas']);
  });
  it('"three X sites in Wales", "the X plant at Ashby"', () => {
    expect(relations(extract('The board discussed pauses of production at three Orvane Steel sites in Wales over Christmas.', 'en'), 'LOCATED_IN')).toEqual(['Orvane Steel -LOCATED_IN-> Wales']);
    expect(relations(extract('Workers at the Quenrod Pollard plant at Ashby are worried.', 'en'), 'LOCATED_IN')).toEqual(['Quenrod Pollard -LOCATED_IN-> Ashby']);
  });
});

describe('French passive "être acheté par", with a comma before the buyer', () => {
  it('"X vient d\'accepter d\'être acheté par son ex-concurrent canadien, Y, pour …"', () => {
    const x = extract("En effet, le groupe britannique Pellix vient d'accepter d'être acheté par son ex-concurrent canadien, The Orvane Corporation, pour la somme de 8,7 milliards de livres.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['The Orvane Corporation -INVESTS_IN-> Pellix']);
  });
});

describe('public office: the country visited or dealt with is not the office holder\'s', () => {
  it('"Prime Minister X … as he arrives in Gujarat … a visit to India": X serves the UK', () => {
    const x = extract("Prime Minister Tobin Marrow hailed a new era in the UK and India's partnership, as he arrives in Gujarat for the start of a two-day visit to India. The visit to India will boost trade with India.", 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Tobin Marrow -ROLE_AT-> UK']);
  });
  it('"ministre … de la République italienne" serves Italy; a title before "et" belongs to the person before', () => {
    const x = extract("Bruno Lemarchand, ministre de l'Économie, et Stefano Ravelli, ministre du Développement économique de la République italienne, saluent la fusion.", 'fr');
    const roles = relations(x, 'ROLE_AT');
    expect(roles).toContain('Bruno Lemarchand -ROLE_AT-> France');
    expect(roles.filter((r) => r.startsWith('Stefano Ravelli'))).toEqual(['Stefano Ravelli -ROLE_AT-> Italy']);
  });
});

describe('buyouts led by named firms; possessives that name a thing owned', () => {
  it('"Its board agreed to a buyout offer led by A and B": A and B buy the company of the sentence before', () => {
    const x = extract('That was part of a deal this week for Quarrel Energy, the biggest electric company in Texas. Its board of directors agreed to a buyout offer led by two private equity groups, Tarvel Partners and Orvane Capital.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Tarvel Partners -INVESTS_IN-> Quarrel Energy', 'Orvane Capital -INVESTS_IN-> Quarrel Energy']);
  });
  it('"the opening of their X Headquarters": the company before builds, not the thing opened', () => {
    const x = extract('A new Tarvel Mobility electric bus R&D centre in the UK and the opening of their Pacific Operations Centre in Chennai, generating over 1000 jobs in the UK.', 'en');
    expect([...new Set(relations(x, 'INVESTS_IN').filter((r) => r.endsWith('-> UK')))]).toEqual(['Tarvel Mobility -INVESTS_IN-> UK']);
  });
});

describe('the value of a deal stated after the deal; "five and a half billion"', () => {
  it('"The deal is valued at just over five and a half billion dollars." gives the acquisition its amount', () => {
    const x = extract('Orvane Group agreed to buy Pellix Corp on Wednesday. The deal is valued at just over five and a half billion dollars.', 'en');
    const r = x.relations.find((q) => q.type === 'INVESTS_IN');
    expect(r?.properties).toMatchObject({ amount: 5_500_000_000, currency: 'USD' });
  });
  it('a value sentence without a deal word gives nothing', () => {
    const x = extract('Orvane Group agreed to buy Pellix Corp on Wednesday. Its sales reached five billion dollars.', 'en');
    expect(x.relations.find((q) => q.type === 'INVESTS_IN')?.properties.amount).toBeUndefined();
  });
});

describe('a leading company of a place; places counted out one after the other', () => {
  it('"X, the biggest electric company in Texas" is in Texas', () => {
    expect(relations(extract('That was part of a deal this week for Quarrel Energy, the biggest electric company in Texas.', 'en'), 'LOCATED_IN')).toEqual(['Quarrel Energy -LOCATED_IN-> Texas']);
  });
  it('"the world\'s largest company" names no place', () => {
    expect(relations(extract("Quarrel Energy, the world's largest electric company, grew.", 'en'), 'LOCATED_IN')).toEqual([]);
  });
  it('"three new facilities, including two in Texas and one in Utah": both places', () => {
    const x = extract('The funding would support Pellix Instruments’s investment of more than $18 billion to construct three new facilities, including two in Texas and one in Utah.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Pellix Instruments -INVESTS_IN-> Texas', 'Pellix Instruments -INVESTS_IN-> Utah']);
  });
});

describe('an investment in a plant with no company named in the sentence: the company the article is about', () => {
  it('"L\'aide vise à soutenir un investissement dans l\'usine de pneus à Amiens" after a text about Pellix France', () => {
    const x = extract("La Commission autorise une aide de 7 millions d'euros en faveur de la société Pellix France. L'aide vise à soutenir un investissement dans l'usine de pneus à Amiens.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toContain('Pellix France -INVESTS_IN-> Amiens');
  });
  it('a sentence naming its own company keeps it', () => {
    const x = extract("La société Pellix France est connue. Le groupe Orvane annonce un investissement dans son usine à Amiens.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Amiens']);
  });
});
