/**
 * LOCATED_IN read from a name and its place in one noun phrase (round 10, classes of the released sets 12 and 13), and
 * what no longer places a company: a demonym before a foreign group's national unit, a compound adjective read as an
 * area. Made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

describe('the subject of a clause with its place: "A in X, NC, has been selected"', () => {
  it('places the company in the county, not the state code after it (en)', () => {
    const x = extract('Corvane Electric Membership Corporation in Hollis County, NC, has been selected to receive a $2 million loan.', 'en');
    const located = relations(x, 'LOCATED_IN');
    expect(located).toContain('Corvane Electric Membership Corporation -LOCATED_IN-> Hollis County');
    expect(located).not.toContain('Corvane Electric Membership Corporation -LOCATED_IN-> NC');
  });
  it('not for a name that is no clause subject ("an investment by A in X has been")', () => {
    const x = extract('An investment by Corvane Industries Inc. in Leeds has been announced.', 'en');
    expect(relations(x, 'LOCATED_IN').filter((r) => r.startsWith('Corvane'))).toEqual([]);
  });
});

describe('a title or staff of a body, then its place', () => {
  it('"the President and CEO of A in X, State" (en)', () => {
    const x = extract('Mr. Harold Quimby is the President and CEO of Velmora Logistics Inc. in Dayton, Ohio.', 'en');
    expect(relations(x, 'LOCATED_IN')).toContain('Velmora Logistics Inc -LOCATED_IN-> Dayton');
  });
  it('"les salariés de A à X" and "le site industriel A à X" (fr)', () => {
    expect(relations(extract("Mme Claire Dufour s'inquiète de la situation des salariés de la société Vormex à Limoges.", 'fr'), 'LOCATED_IN')).toContain('Vormex -LOCATED_IN-> Limoges');
    expect(relations(extract('Le ministre visite le site industriel Brandel à Vierzon (Cher).', 'fr'), 'LOCATED_IN')).toContain('Brandel -LOCATED_IN-> Vierzon');
  });
  it('not the country of a national unit ("the head of A in France")', () => {
    const x = extract('The head of Velmora Logistics Inc. in France said sales rose.', 'en');
    expect(relations(x, 'LOCATED_IN').filter((r) => r.startsWith('Velmora'))).toEqual([]);
  });
});

describe('"the A Store in the city of X"', () => {
  it('places the store in the city', () => {
    const x = extract('Harmon Cooperative Inc. will use a $90,000 loan to purchase the Quillby Grocery Store in the city of Dalton, Whitfield County.', 'en');
    expect(relations(x, 'LOCATED_IN')).toContain('Quillby Grocery Store -LOCATED_IN-> Dalton');
  });
});

describe('what does not place a company', () => {
  it('a demonym before a unit whose name holds another country ("Spanish subsidiary A UK") does not place it', () => {
    const x = extract('A new deal will see Spanish shipbuilding subsidiary Velmora UK buy the Dunmore yard.', 'en');
    expect(relations(x, 'LOCATED_IN')).not.toContain('Velmora UK -LOCATED_IN-> Spain');
  });
  it('a demonym still places a company whose name holds no other country ("U.S. carmaker A")', () => {
    const x = extract('Tata Motors agreed to buy two brands from U.S. carmaker Corvane.', 'en');
    expect(relations(x, 'LOCATED_IN')).toContain('Corvane -LOCATED_IN-> United States');
  });
  it('a compound adjective after a city is no area ("in London, in Europe-first win")', () => {
    const x = extract('Velmora Labs establishes base in London, in Europe-first win for UK life sciences', 'en');
    expect(relations(x, 'LOCATED_IN').filter((r) => r.startsWith('London'))).toEqual([]);
  });
});
