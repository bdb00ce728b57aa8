/**
 * Round 13, entity leftovers of sets 18–19 by class: a department's portfolio word alone, a French month as an English name, an
 * English compound opened by a body's head noun, a firm and a person sharing a surname, Hansard speaker lines, "Mme X" beside
 * "groupe X", French plural trade nouns before a founder's name. Sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { extractPatch, Resolver } from '../../src/resolve/index.ts';
import { extract, names } from './helpers.ts';

describe('a department\'s portfolio word written alone is no firm', () => {
  it('"Commerce’s Investment Summit" beside "the Department of Commerce"', () => {
    const x = extract('Ambassador Roe led a delegation of 30 firms to Commerce’s 2015 Vantor Investment Summit. The Department of Commerce runs the summit.', 'en');
    expect(names(x)).not.toContain('Commerce/Company');
    expect(names(x)).toContain('Department of Commerce/Organization');
  });
  it('"the company" then refers to the firm named as a complement, the only one named so far', () => {
    const x = extract('Today, U.S. Deputy Secretary of Commerce Jane Roe attended the grand opening of Orvane’s new robotics facility in Auburn Hills, Michigan. ' +
      'The company’s investment in its first robotics facility in the United States shows its commitment to the market.', 'en');
    const coref = x.mentions.find((m) => m.cue === 'coref' && /company/i.test(m.text));
    expect(coref && x.mentions[coref.refersTo!]!.text).toBe('Orvane');
  });
});

describe('a French month after an English preposition is a name', () => {
  it('"the proposed acquisition of Pellix by Mars": Mars is the buyer', () => {
    const x = extract('The Commission opened an investigation into the proposed acquisition of Pellix by Mars. It has concerns about Mars’ negotiating power.', 'en');
    expect(names(x)).toContain('Mars/Company');
  });
  it('a day or a year beside it keeps it a date', () => {
    expect(names(extract('The order of Mars 1982 set the rules for Pellix Ltd.', 'en')).some((n) => n.startsWith('Mars'))).toBe(false);
  });
});

describe('a body\'s head noun before an English noun makes a compound, no body', () => {
  it('"Council Warehouse" is not an Organization by its first word', () => {
    expect(names(extract('Investors cheered as Pellix announced the takeover of Council Warehouse last week.', 'en'))).not.toContain('Council Warehouse/Organization');
  });
  it('"Office of Fair Trading" keeps the head noun\'s type', () => {
    expect(names(extract('The deal was cleared by the Office of Fair Trading in London.', 'en'))).toContain('Office of Fair Trading/Organization');
  });
});

describe('a firm and a person sharing a surname are two entities', () => {
  it('"Mr. Pellow" in one article, the retailer "Pellow’s" in the next', () => {
    const r = new Resolver();
    const ex = createExtractor();
    const a: Article = { id: 'article:r13e1', title: '', lang: 'en', text: 'Mr. Pellow said the minister would answer the question in writing.' };
    const b: Article = { id: 'article:r13e2', title: '', lang: 'en', text: 'The retailer Vantor and Pellow will merge. Reassurances were given by Vantor and Pellow that no store will close.' };
    const first = extractPatch(a, r, ex).entities.filter((e) => /Pellow/.test(e.name));
    const second = extractPatch(b, r, ex).entities.filter((e) => /Pellow/.test(e.name));
    expect(first.map((e) => e.type)).toEqual(['Person']);
    expect(second.map((e) => e.type)).toEqual(['Company']);
  });
});

describe('Hansard speaker lines are no bylines', () => {
  it('a line made of a name in a transcript introduces its speaker', () => {
    const text = 'Mr Speaker\n\nI call the hon. Member for Anytown North.\n\nJane Orvel (Anytown North) (Lab)\n\nWill the Minister act on the merger?\n\n' +
      'Andrew Pellow\n\nThe right hon. Lady will understand that any merger is reviewed by the authorities.';
    expect(names(extract(text, 'en', 'Vantor Merger'))).toContain('Andrew Pellow/Person');
  });
  it('a byline of a news article is still blanked', () => {
    expect(names(extract('By Andrew Pellow\n\nVantor opened a plant in Leeds on Monday.', 'en', 'Vantor opens plant'))).not.toContain('Andrew Pellow/Person');
  });
});

describe('"Mme X" is the person, "le groupe X" the firm named after her', () => {
  it('the honorific keeps its person beside the firm, and the person joins her full name', () => {
    const a: Article = { id: 'article:r13e3', title: '', lang: 'fr', text: 'Nous connaissons les choix industriels de Mme Jeanne Morvel. ' +
      'L\'État est au capital de la Financière Vantor, société holding du groupe Morvel. Quel a été le rôle du comité lors du rachat du groupe Pellix par Mme Morvel ?' };
    const x = extract(a.text, 'fr');
    expect(names(x)).toContain('Morvel/Person');
    const people = extractPatch(a, new Resolver(), createExtractor()).entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).toEqual(['Jeanne Morvel']);
  });
});

describe('a French plural trade noun before a founder\'s name names the firm', () => {
  it('"les salaisons Jean Morvel à Carmaux", "les établissements Paul Verlac"', () => {
    const all = names(extract('Le rachat des salaisons Jean Morvel à Carmaux a supprimé 80 emplois. Les établissements Paul Verlac ferment.', 'fr'));
    expect(all).toEqual(expect.arrayContaining(['Jean Morvel/Company', 'Paul Verlac/Company']));
  });
});

describe('a village no place list knows is a place where production or a registered firm is', () => {
  it('"production ceased at Dunvallow", "Orvane Car Co. Ltd. at Dunvallow"', () => {
    const all = names(extract('He made a statement on the Orvane Car Co. Ltd. at Dunvallow. On 31 May 1982, production ceased at Dunvallow.', 'en'));
    expect(all).toContain('Dunvallow/Region');
    expect(all).not.toContain('Dunvallow/Company');
  });
});

describe('a portfolio after "General of" is the office\'s', () => {
  it('"the Director General of Fair Trading": no firm "Fair Trading"', () => {
    const all = names(extract('This decision followed the advice of the Director General of Fair Trading on the bid by Pellix.', 'en'));
    expect(all.some((n) => n.startsWith('Fair Trading'))).toBe(false);
  });
});

describe('a member state\'s presidency is that state', () => {
  it('"the Luxembourg Presidency" names Luxembourg, no firm', () => {
    const all = names(extract('The conference was organised with the support of the Luxembourg Presidency of the Council.', 'en'));
    expect(all).not.toContain('Luxembourg Presidency/Company');
    expect(all).toContain('Luxembourg/Country');
  });
});
