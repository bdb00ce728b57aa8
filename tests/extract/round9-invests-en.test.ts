/**
 * English investment clauses missed on the released sets 10 and 11 (by class, made-up names): reshoring, shops
 * opened, production at a site, "this investment to X", investors listed after "like", "the acquisition of A and B
 * by C", "agreed to sell A to B", "a farm outside of X"; and what must stay unread.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const invests = (text: string) => relations(extract(text, 'en'), 'INVESTS_IN');

describe('clauses with no investment word', () => {
  it('"A has returned 100 jobs back to X": reshoring is an investment in X', () => {
    expect(invests('Since mid-2010, Harlow Lock Company has returned approximately 100 jobs back to Milwaukee, Wisconsin that had previously been off-shored.'))
      .toEqual(['Harlow Lock Company -INVESTS_IN-> Milwaukee']);
  });
  it('jobs moved to a place without "back" state no reshoring', () => {
    expect(invests('Harlow Lock Company has returned 100 jobs to Milwaukee, Wisconsin.')).toEqual([]);
  });
  it('"After A opened its first two stores in X"', () => {
    expect(invests('After Brindle Inc opened its first two stores in Monterrey, Mexico in 2010, the company began looking for ways to help.'))
      .toEqual(['Brindle Inc -INVESTS_IN-> Monterrey']);
  });
  it('selling in stores is no store opened', () => {
    expect(invests('Brindle Inc sells its tools in stores in Monterrey, Mexico.')).toEqual([]);
  });
  it('"A will assemble … at the B site in X": A invests in X', () => {
    expect(invests('Orvane Automotive will assemble up to 25,000 of its new vehicles per year at the Carrow site in Bridgend, Wales.'))
      .toEqual(['Orvane Automotive -INVESTS_IN-> Bridgend']);
  });
  it('past production at a plant that closed is no investment', () => {
    expect(invests('Orvane Automotive assembled cars at the plant in Bridgend, Wales until the plant closed.')).toEqual([]);
  });
  it('"to bring this investment to X": the investors of the investment just stated', () => {
    const x = extract('Orvane Automotive will invest £600 million in a new plant in Bridgend. We have been working closely with the company to bring this investment to Wales.', 'en');
    expect(relations(x, 'INVESTS_IN')).toContain('Orvane Automotive -INVESTS_IN-> Wales');
  });
  it('"A investment to X" in a headline: the name before the noun invests', () => {
    const x = extract('The company will build its new vehicle in Bridgend, Wales.', 'en', 'Government welcomes Orvane Automotive investment to Bridgend site');
    expect(relations(x, 'INVESTS_IN')).toContain('Orvane Automotive -INVESTS_IN-> Bridgend');
  });
});

describe('investors in lists and coordinated targets', () => {
  const listed = 'In 2015, we welcomed investments from businesses of all sizes, from young start-ups to major multinationals like Orvane Corp, Velto Group, Brantel Inc, and Pellix AG. These companies can choose to operate anywhere, but they chose the United States.';
  it('"investments from … multinationals like A, B, C and D. These companies … chose X": each listed firm invests in X', () => {
    expect(invests(listed).sort()).toEqual(['Brantel Inc -INVESTS_IN-> United States', 'Orvane Corp -INVESTS_IN-> United States',
      'Pellix AG -INVESTS_IN-> United States', 'Velto Group -INVESTS_IN-> United States']);
  });
  it('a list member does not invest in another member', () => {
    expect(invests(listed.split('. ')[0] + '.')).toEqual([]);
  });
  it('"the proposed acquisition of A and B by C": C invests in both', () => {
    expect(invests('The Commission has opened an investigation to assess the proposed acquisition of Velto Corp and Brantel Inc by Orvane Group under the EU Merger Regulation.'))
      .toEqual(['Orvane Group -INVESTS_IN-> Velto Corp', 'Orvane Group -INVESTS_IN-> Brantel Inc']);
  });
  it('"A agreed to sell B to C": C invests in B', () => {
    expect(invests('Earlier today, Velto Motors announced that it had agreed to sell Brantel Motors to the Orvane Group.'))
      .toEqual(['Orvane Group -INVESTS_IN-> Brantel Motors']);
  });
});

describe('places', () => {
  it('"invest $6.6 million in a farm outside of X": the place outside of which it invests', () => {
    const x = extract('Acme Group, a Thai firm, set up a subsidiary. The company will invest approximately $6.6 million in a recirculating farm outside of Orlando, Florida.', 'en');
    expect(relations(x, 'INVESTS_IN')).toContain('Acme Group -INVESTS_IN-> Orlando');
  });
  it('"attracting foreign direct investment (FDI) to X" names no investor', () => {
    expect(invests('Attracting foreign direct investment (FDI) to the United States has been a priority of the Velto administration.')).toEqual([]);
  });
});

describe('precision: words and places that state no investment', () => {
  it('an investigation into "A/B" is no investment', () => {
    expect(invests('As regards the phase II investigation into the Velto/Brantel case, proceedings are suspended until the clock restarts in Brussels.')).toEqual([]);
  });
  it('"showcasing investment opportunities in X" names no investor', () => {
    expect(invests('Velto Partners hosted its first-ever Orvane Pavilion at the summit, showcasing investment opportunities in the United States.')).toEqual([]);
  });
  it('"at its Burnaston factory in Derbyshire": the town, not the county that contains it', () => {
    expect(invests('Orvane Motors announced it will build its new generation Corvo model at its Burnaston factory in Derbyshire.'))
      .toEqual(['Orvane Motors -INVESTS_IN-> Burnaston']);
  });
  it('"its new Asia Pacific headquarters in Singapore": a world region names a remit, the city is the place', () => {
    expect(invests('Orvane Motors will open its new Asia Pacific headquarters in Singapore.')).toEqual(['Orvane Motors -INVESTS_IN-> Singapore']);
  });
  it('"funds to provide a loan to B to construct a new campus in X": B builds, not the intermediary', () => {
    expect(invests('In Missouri, Harlow Valley Electric Cooperative will receive funds to be used to provide a loan to Ozark Valley College to construct a new campus in Hollister.'))
      .toEqual(['Ozark Valley College -INVESTS_IN-> Hollister']);
  });
});

describe('"his company": the company of the person named before', () => {
  it('"X, chief executive of A, announced that his company is building a new plant in Y"', () => {
    expect(invests('Brian Holt, chief executive of Orvane Inc., announced that his company is building a new manufacturing plant in the United States.'))
      .toEqual(['Orvane Inc -INVESTS_IN-> United States']);
  });
  it('a person with no company named gives none', () => {
    expect(invests('Brian Holt announced that his company is building a new manufacturing plant in the United States.')).toEqual([]);
  });
});

describe('more clause shapes', () => {
  it('"One of its most recent major investments … was to strengthen the Luton plant": the company just named', () => {
    const x = extract('In fact, Orvane has invested very substantially. One of its most recent major investments in Europe was to strengthen the Luton plant with the next generation of technology.', 'en');
    expect(relations(x, 'INVESTS_IN')).toContain('Orvane -INVESTS_IN-> Luton');
  });
  it('an ordinal read as a name ("à l\'aube du XXIe siècle") invests in nothing (fr)', () => {
    const x = extract("La question des investissements chinois en France est discutée au plus haut niveau, à l'issue de la XVIIe commission mixte.", 'fr');
    expect(relations(x, 'INVESTS_IN').filter((r) => /XVII/.test(r))).toEqual([]);
  });
});

describe('expansion, production and purchases stated plainly', () => {
  const place = ' The plan was welcomed across the United States.';
  it('"A will expand its operations in X", "A is expanding in X"', () => {
    expect(invests('Orvane Inc. will expand its operations in Greenville, South Carolina, creating 200 jobs.' + place)).toContain('Orvane Inc -INVESTS_IN-> Greenville');
    expect(invests('Orvane Inc. is expanding in Dayton, Ohio.' + place)).toContain('Orvane Inc -INVESTS_IN-> Dayton');
  });
  it('"A will establish its first U.S. manufacturing operations in X"', () => {
    expect(invests('Orvane Inc. will establish its first U.S. manufacturing operations in Dayton, Ohio.' + place)).toContain('Orvane Inc -INVESTS_IN-> Dayton');
  });
  it('"A was established in X" is a founding, no investment', () => {
    expect(invests('Orvane Inc. was established in Dayton, Ohio in 1990.' + place)).toEqual([]);
  });
  it('"A will manufacture its new trucks in X"', () => {
    expect(invests('Orvane Inc. will manufacture its new trucks in Dayton, Ohio, starting in 2026.' + place)).toContain('Orvane Inc -INVESTS_IN-> Dayton');
  });
  it('"A has opened a new office in X"', () => {
    expect(invests('Orvane Inc. has opened a new office in Dublin, Ireland.')).toEqual(['Orvane Inc -INVESTS_IN-> Dublin']);
  });
  it('"A will bring 300 new jobs to X"', () => {
    expect(invests('Orvane Inc. will bring 300 new jobs to Dayton, Ohio, United States.')).toContain('Orvane Inc -INVESTS_IN-> Dayton');
  });
  it('"A has agreed to purchase B for $2 billion": a purchase with a price and no investment word', () => {
    expect(invests('Orvane Inc. has agreed to purchase Velto Corp for $2 billion.')).toEqual(['Orvane Inc -INVESTS_IN-> Velto Corp']);
  });
  it('exports expanded to a country are no investment there', () => {
    expect(invests('Orvane Inc. expanded its exports to Canada last year.')).toEqual([]);
  });
});

describe('possessive plants and sold units', () => {
  it('"A\'s 180-job manufacturing plant in X came about …": a plant with its jobs is an investment', () => {
    expect(invests('Orvane Motors Japan\'s 180-job manufacturing plant in Bardstown, Kentucky, came about as a direct result of the meetings.'))
      .toEqual(['Orvane Motors Japan -INVESTS_IN-> Bardstown']);
  });
  it('… but not one that will close', () => {
    expect(invests("Orvane Motors's 180-job plant in Bardstown, Kentucky, will close next year.")).toEqual([]);
  });
  it('"A Inc. agreed to sell its tools unit to B": B invests in A', () => {
    expect(invests('Orvane Inc. agreed to sell its tools unit to Velto Corp.')).toEqual(['Velto Corp -INVESTS_IN-> Orvane Inc']);
  });
});

describe('names written with an abbreviated legal form ("Inc.", "Corp.")', () => {
  it('the dot of "Inc." does not cut the clause: "A Inc. partnered with B Corp. to build …"', () => {
    expect(relations(extract('Orvane Inc. partnered with Velto Corp. to build batteries.', 'en'), 'PARTNERS_WITH')).toEqual(['Orvane Inc -PARTNERS_WITH-> Velto Corp']);
  });
  it('"A Inc. is a subsidiary of B Corp."', () => {
    expect(relations(extract('Orvane Inc. is a subsidiary of Velto Corp.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Orvane Inc -SUBSIDIARY_OF-> Velto Corp']);
  });
});
