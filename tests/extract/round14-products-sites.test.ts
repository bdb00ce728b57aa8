/**
 * Mention classes of products, sites and noise: a compass adjective before a state, a title's complement glued to
 * its holder, an adjective opening a title, adjectives of world regions, roads, fiscal-year and certification labels, a
 * possessive brand ("X's Finest"), a brand the owner names as its own, a thing "which is used in". Sentences of our own,
 * made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

describe('a compass adjective before a state names a part of it', () => {
  it('"Central Kansas", "Eastern Oregon" are regions, not the state alone nor a firm', () => {
    const n = names(extract('The mill will add 85 jobs in Central Kansas and Eastern Oregon.', 'en'));
    expect(n).toContain('Central Kansas/Region');
    expect(n).toContain('Eastern Oregon/Region');
    expect(n).not.toContain('Kansas/Region');
  });
  it('in a Title Case headline too', () => {
    expect(names(extract('Agency Awards $7 Million for Solar Training in Southern Oregon', 'en'))).toContain('Southern Oregon/Region');
  });
  describe('guards: names known whole', () => {
    // passed before the compass rule too: keeps it from splitting known names and bodies
    it('names the gazetteer knows whole and bodies named after a part stay as they were', () => {
      const n = names(extract('Vantor opened plants in South Korea and North Wales. South Mississippi Electric Power Association will build it.', 'en'));
      expect(n).toContain('South Korea/Country');
      expect(n).toContain('North Wales/Region');
      expect(n).toContain('South Mississippi Electric Power Association/Organization');
    });
  });
});

describe('a title\'s complement glued to its holder\'s name', () => {
  it('a list of portfolio words before the holder is no firm', () => {
    const n = names(extract('They were joined by Minister of Development, Industry, and Foreign Trade Jorge Almeida.', 'en'));
    expect(n).toContain('Jorge Almeida/Person');
    expect(n.some((x) => x.startsWith('Foreign Trade'))).toBe(false);
  });
  it('a body named after "President of the" is cut before the holder', () => {
    const n = names(extract('The Chairman and President of the Pellix Development Bank Fred P. Orlan testified today.', 'en'));
    expect(n).toContain('Fred P. Orlan/Person');
    expect(n).toContain('Pellix Development Bank/Company');
  });
  describe('guards: a founder\'s name in a firm', () => {
    // passed before the portfolio rule too: keeps a firm's name whole
    it('a firm named after a founder keeps its company word', () => {
      expect(names(extract('He is the head of Orvane Jorge Holdings.', 'en')).some((x) => x === 'Jorge/Person' || x === 'Jorge Holdings/Person')).toBe(false);
    });
  });
});

describe('an adjective opening a title belongs to it', () => {
  it('"Presidential Chief of Staff Maria Souza"', () => {
    const n = names(extract('They were joined by Presidential Chief of Staff Maria Souza.', 'en'));
    expect(n).toEqual(['Maria Souza/Person']);
  });
  it('"the Deputy National Security Advisor": the adviser\'s portfolio is no person', () => {
    const n = names(extract('Michael Orlan, the Deputy National Security Advisor for International Economic Affairs, spoke.', 'en'));
    expect(n.some((x) => x.startsWith('National Security'))).toBe(false);
  });
});

describe('labels that are no entity', () => {
  it('adjectives of world regions before a noun', () => {
    const n = names(extract('The deal would offer Vantor more access to African and Australian markets, and to European ones.', 'en'));
    expect(n).toEqual(['Vantor/Company']);
  });
  it('a road and its number', () => {
    expect(names(extract('The works along TX Hwy 35 and Route 9 will help the plant.', 'en'))).toEqual([]);
  });
  it('a fiscal year written with an apostrophe, a building certification', () => {
    expect(names(extract("When the books close tomorrow on FY '10, it will be a record year. The Center will be a LEED certified facility.", 'en'))).toEqual([]);
  });
  describe('guards: bodies named with a region adjective', () => {
    // passed before the region-adjective rule too: keeps it from cutting bodies
    it('a body named with such an adjective stays', () => {
      expect(names(extract('The African Development Bank lent money to Vantor.', 'en'))).toContain('African Development Bank/Organization');
    });
  });
});

describe('brands and products', () => {
  it('"<Name>\'s <Word>" ending a list is one brand, not a town and a place', () => {
    const n = names(extract('Pellix boasts Orvik Genuine Draft as well as Tarlo and Milbrook’s Best.', 'en'));
    expect(n).toContain('Milbrook’s Best/Product');
    expect(n).not.toContain('Best/Region');
  });
  it('"its X brand" is a product the owner sells', () => {
    expect(names(extract('Vantor is known for its plastics and its Orvik brand insulation products.', 'en'))).toContain('Orvik/Product');
  });
  it('"X, which is used in …" is a thing, not a firm', () => {
    expect(names(extract('Pellix makes fibres. It also created Orvik, which is used in body armor.', 'en'))).toContain('Orvik/Product');
  });
  describe('guards: a possessive before a title or a board', () => {
    // passed before the possessive-brand rule too: keeps it from reading titles as brands
    it('"Acme\'s President", "Vantor\'s Board" stay apart', () => {
      const n = names(extract("Pellix's President resigned. Vantor's Board approved it.", 'en'));
      expect(n).toContain('Pellix/Company');
      expect(n.some((x) => x.includes('President') || x.includes('Board'))).toBe(false);
    });
  });
});

describe('sites, state codes and inverted attributions', () => {
  it('a compass word opening a business park\'s name is part of it', () => {
    const n = names(extract("The grant will serve firms in Orvel's North Industrial Park and the Pellton Investment Zone.", 'en'));
    expect(n).toContain('North Industrial Park/Region');
    expect(n).toContain('Pellton Investment Zone/Region');
    expect(n).not.toContain('Industrial Park/Company');
  });
  it('a list of postal codes with a serial comma before "&"', () => {
    expect(names(extract('Grants went to firms in NC, TN, WA, & WI last year.', 'en'))).toContain('WI/Region');
  });
  it('"Said <Surname>," opening a sentence is the verb, not a given name', () => {
    const n = names(extract('Fred P. Orlan testified today. Said Orlan, this important work is done at no cost.', 'en'));
    expect(n.some((x) => x.startsWith('Said'))).toBe(false);
  });
});

describe('regions, sites and common nouns of EU and UK prose', () => {
  it('two places joined by "and" before a site\'s words name one site', () => {
    expect(names(extract('The Leeds and Bradford Investment Zone is backed by £160m of public money.', 'en'))).toContain('Leeds and Bradford Investment Zone/Region');
  });
  it('"the Commission on State aid issues": no topic glued to the body', () => {
    expect(names(extract('The council is the point of contact with the European Commission on State aid issues.', 'en'))).toContain('European Commission/Organization');
  });
  it('a plural of places after an adjective names a region', () => {
    expect(names(extract('Ruritania never reclaimed the subsidies paid by certain Velmoran Provinces, as it was told to.', 'en'))).toContain('Velmoran Provinces/Region');
  });
  it('"EU Member States" and a government "Budget Review" are no actors', () => {
    const n = names(extract('It would affect markets in a number of EU Member States. The panel will set goals before the next Budget Review.', 'en'));
    expect(n).toEqual([]);
  });
});

describe('names with a country pair, a nationality pair or a year', () => {
  it('"the U.S.-Chile CEO Forum" is one name', () => {
    expect(names(extract('Deputy Secretary Jane Orlan flew to Santiago for the U.S.-Chile CEO Forum and two trade fairs.', 'en')).some((n) => n.startsWith('U.S.-Chile CEO Forum/'))).toBe(true);
  });
  it('demonyms joined by a hyphen before a firm are no part of its name', () => {
    const n = names(extract('Pellix plans to merge with Dutch-Chilean Dravo Kessel, or DK, by the end of the year.', 'en'));
    expect(n).toContain('Dravo Kessel/Company');
  });
  it('a name and a year described as a body in apposition', () => {
    expect(names(extract('According to Pellton 2030, an economic development organization for the region, 12,500 people work there.', 'en')).some((n) => n.startsWith('Pellton 2030/'))).toBe(true);
  });
});

describe('more brand shapes', () => {
  it('"les marques X et Y", "ses marques X, Y et Z" are products', () => {
    const n = names(extract('Le groupe Vantor, qui détient les marques Orvik et Tarlo, rachète Pellix.', 'fr'));
    expect(n).toContain('Orvik/Product');
    expect(n).toContain('Tarlo/Product');
  });
  it('"X-branded" names the brand X', () => {
    expect(names(extract('Vantor sells Orvik-branded tools.', 'en'))).toContain('Orvik/Product');
  });
  it('"Vantor\'s Orvik brand": a possessive owner as "its"', () => {
    expect(names(extract("Vantor's Orvik brand grew.", 'en'))).toContain('Orvik/Product');
  });
  it('two fields of work joined by "and" before a body\'s head are one name (not a firm "Innovation Center")', () => {
    const n = names(extract('The grant will help build an Applied Technology and Innovation Center that will provide training.', 'en'));
    expect(n.some((x) => x.startsWith('Innovation Center'))).toBe(false);
    expect(names(extract('Vantor Research and Development Center opened.', 'en'))).toContain('Vantor Research and Development Center/Company');
  });
});

describe('a possessive brand after a verb of making', () => {
  it('"which produces Orvik’s breakfast cereals": the brand with its "’s"', () => {
    expect(names(extract('Vantor, the American multinational which produces Orvik’s breakfast cereals, announced an investment.', 'en'))).toContain('Orvik’s/Product');
  });
  describe('guards: a firm\'s possessive that is no brand', () => {
    // passed before the possessive-brand rule too: keeps the firm a firm
    it('a firm\'s own goods or a name written alone elsewhere stay the firm', () => {
      expect(names(extract("Vantor sells Pellix's products in Leeds.", 'en'))).toContain('Pellix/Company');
      expect(names(extract("Vantor makes Pellix's engines under licence. Pellix grew.", 'en'))).not.toContain("Pellix's/Product");
    });
  });
});
