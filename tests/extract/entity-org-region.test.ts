/**
 * Organisations, companies and regions: a name's own place noun against a cue before it, names cut before a breaking word,
 * plural place nouns, common words after a union's code, Latin set phrases, scheme names joined by "and", "on <X>side",
 * and the resolver's short forms (a body's bare head after a union's code, a corporate word glued to the name).
 * Sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/graph/model.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { nameKey } from '../../src/extract/names.ts';
import { extractPatch, Resolver } from '../../src/resolve/index.ts';
import { extract, names } from './helpers.ts';

describe('a name ending on its place noun is that place', () => {
  it('"Commission lets the Avalon Region turn a loan into shares": a town\'s name before the place noun is no body', () => {
    expect(names(extract('Commission lets the Avalon Region turn a loan owed by Pellix into shares', 'en'))).toContain('Avalon Region/Region');
  });
  it('"certain Velmoran Provinces", "the Orvane Territories": a plural place noun ends a region\'s name', () => {
    const n = names(extract('Ruritania did not reclaim the subsidies paid out by certain Velmoran Provinces. Pellix also works in the Orvane Territories.', 'en'));
    expect(n).toContain('Velmoran Provinces/Region');
    expect(n).toContain('Orvane Territories/Region');
  });
});

describe('fragments and common words', () => {
  it('"the European Commission on State aid issues": the name does not end on "on"', () => {
    const n = names(extract('The office is the first stop for firms dealing with the European Commission on State aid questions. The Vantor Commission on Human Rights met.', 'en'));
    expect(n.some((x) => x.startsWith('European Commission on'))).toBe(false);
    expect(n).toContain('Vantor Commission on Human Rights/Organization');
  });
  it('"in a number of EU Member States": common words after a union\'s code', () => {
    expect(names(extract('The deal affects the wholesale markets of Pellix in a number of EU Member States.', 'en')).some((x) => x.includes('Member States'))).toBe(false);
  });
  it('"Quo vadis Europa?": a Latin set phrase is no firm, "Europa" is Europe', () => {
    const n = names(extract('"Trade policy: Quo vadis Europa?" was the theme of the lecture Jane Roe gave.', 'en'));
    expect(n.some((x) => x.startsWith('Quo'))).toBe(false);
    expect(n).toContain('Europa/Region');
  });
});

describe('a scheme named after two places', () => {
  it('"The Derby and Nottingham Investment Zone": one site, the coordinated place kept in it', () => {
    const n = names(extract('The Derby and Nottingham Investment Zone is backed by £90m of public money.', 'en'));
    expect(n).toContain('Derby and Nottingham Investment Zone/Region');
    expect(n.some((x) => x.startsWith('Nottingham Investment Zone'))).toBe(false);
  });
});

describe('"on <X>side": an English place named after a river\'s side', () => {
  it('"120 jobs on Arnside" is a place where the country is named', () => {
    expect(names(extract('Orvel Holdings said its new line will keep 120 jobs on Arnside, helped by the UK and Scottish Governments.', 'en'))).toContain('Arnside/Region');
  });
});

describe('resolver short forms', () => {
  it('"Court" is the "EU Court of Justice" named in full in the article', () => {
    const a: Article = { id: 'article:eo1', title: 'Commission refers Orvania to Court for failure to respect Court ruling', lang: 'en',
      text: 'The Commission referred Orvania to the EU Court of Justice for failure to recover illegal aid granted to Pellix.' };
    const bodies = extractPatch(a, new Resolver(), createExtractor()).entities.filter((e) => /Court/.test(e.name));
    expect(bodies.map((e) => e.name)).toEqual(['EU Court of Justice']);
  });
  it('a corporate word glued to a name is that word: "VantorCorp Holding" = "Vantor"', () => {
    expect(nameKey('VantorCorp Holding')).toBe(nameKey('Vantor'));
    expect(nameKey('VantorInc')).toBe(nameKey('Vantor'));
    expect(nameKey('Intercorp')).not.toBe(nameKey('Inter'));
  });
});

describe('parts of regions, places\' head nouns, programmes and origins', () => {
  it('"in Central Kansas", "Southern Oregon" in a headline: a compass adjective and a known area name a region', () => {
    const n = names(extract('Some 12,500 people in Central Kansas work for firms owned abroad. Pellix grows in Southern Oregon.', 'en'));
    expect(n).toContain('Central Kansas/Region');
    expect(n).toContain('Southern Oregon/Region');
    const h = names(extract('The grant will help local technicians.', 'en', 'Agency Awards $7 Million for Solar Training in Southern Oregon'));
    expect(h).toContain('Southern Oregon/Region');
  });
  it('"Lake Brenton Velotronics": a place head noun before two names is a firm\'s name, "Lake Vantor" stays a lake', () => {
    const n = names(extract('The governor spoke at Lake Brenton Velotronics, a maker of cooling pumps. Pellix has a plant near Lake Vantor.', 'en'));
    expect(n).not.toContain('Lake Brenton Velotronics/Region');
    expect(n).toContain('Lake Vantor/Region');
  });
  it('"the Build in Orvania Agenda": an agenda is a programme', () => {
    expect(names(extract('The Minister set out a fresh plan for the Ministry, the Build in Orvania Agenda, on March 3.', 'en'))).toContain('Build in Orvania Agenda/Program');
  });
  it('"Dutch-Chilean Vessmar Kessel Dravo": hyphenated origins are no part of the name', () => {
    const n = names(extract('Vantor plans to merge with Dutch-Chilean Vessmar Kessel Dravo this year.', 'en'));
    expect(n).toContain('Vessmar Kessel Dravo/Company');
    expect(n.some((x) => x.startsWith('Dutch'))).toBe(false);
  });
});

describe('resolver short forms, continued', () => {
  const entities = (text: string) => extractPatch({ id: 'article:eo2', title: '', lang: 'en', text } as Article, new Resolver(), createExtractor()).entities;
  it('"MK Dravo" is "Marten Kessel Dravo": initials and the shared last word', () => {
    const e = entities('Vantor plans to merge with Marten Kessel Dravo this year. Brokers expect the merger to give MK Dravo new buyers in Asia.');
    expect(e.filter((x) => /Dravo/.test(x.name))).toHaveLength(1);
  });
  describe('guards: a short form and its full name with a legal form', () => {
    // passed before the initials rule above too: keeps that rule from splitting a name it already joined
    it('"Orvel" is "Orvel Pellix Corporation": the legal form after the rest of the name', () => {
      const e = entities('Vantor plans to buy Orvel, the second-largest cable operator in the region. Vantor will take 60 percent of Orvel Pellix Corporation.');
      expect(e.filter((x) => /Orvel/.test(x.name))).toHaveLength(1);
    });
  });
  it('"Department" with two spellings of one lexicon department is that department', () => {
    const e = entities('The U.S. Department of Commerce invests in roads. Secretary Jane Roe said the Department’s Economic Development Administration is awarding $1.2 million. The Commerce Department is committed to manufacturing.');
    expect(e.filter((x) => /Department/.test(x.name)).map((x) => x.name)).toEqual(['U.S. Department of Commerce']);
  });
});

describe('a given name of the large list only makes no middle name of a word that is none', () => {
  it('"rachetée par Alcor puis Rio Orvel Alcor": two firms, no person', () => {
    const n = names(extract('Comme les autres activités de Pellix, elle a été ensuite rachetée par Alcor puis Rio Orvel Alcor avant d’être cédée au groupe Vantor.', 'fr'));
    expect(n).toContain('Rio Orvel Alcor/Company');
    expect(n.some((x) => x.endsWith('/Person'))).toBe(false);
  });
});

describe('events and committees named in common words', () => {
  it('"before the next Budget Review": a recurring event, no firm', () => {
    expect(names(extract('The panel will set Orvanian goals before the next Budget Review, due in autumn.', 'en')).some((x) => x.startsWith('Budget Review'))).toBe(false);
  });
  it('"House Energy committee Chairwoman Jane Roe": the committee keeps its lower-case head noun', () => {
    expect(names(extract('House Energy committee Chairwoman Jane Roe told reporters on Tuesday that the deal needs a close look.', 'en'))).toContain('House Energy committee/Organization');
  });
});

describe('a city before a body\'s name in a Title Case headline', () => {
  it('"Hartford Trade Law Institute Annual Forum …": the body, not the city', () => {
    const n = names(extract('The speech covered merger control in detail.', 'en', 'Hartford Trade Law Institute Annual Forum on Cartel Enforcement, Boston, Jane Roe'));
    expect(n).toContain('Hartford Trade Law Institute/Organization');
    expect(n).not.toContain('Hartford/Region');
  });
});
