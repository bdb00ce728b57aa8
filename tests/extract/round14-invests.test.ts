/**
 * INVESTS_IN: events and zones are no investors, the most
 * specific place of an investment, successive buyers of a plant, stated holdings. Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relation, relations } from './helpers.ts';

const invests = (text: string, lang: 'fr' | 'en' = 'en', title = '') => relations(extract(text, lang, title), 'INVESTS_IN');

describe('events and zones are no investors', () => {
  it('a summit called an investment event invests in no country, and a later sum does not inherit that country', () => {
    const text = 'The Summit is the UK Government’s main investment event of the year, with 450 guests.\n' +
      'In May, Velmora Holdings announced a £600 million investment which will keep 180 jobs on Castleside, helped by the UK and Scottish Governments.';
    const r = invests(text);
    expect(r.filter((x) => x.startsWith('Summit'))).toEqual([]);
    expect(r).toEqual(['Velmora Holdings -INVESTS_IN-> Castleside']);
  });
  it('an investment zone backed by public money invests in no town', () => {
    expect(invests('The Harlow and Northshire Investment Zone is backed by £160m of UK Government money which will be used to create jobs in Harlow.')).toEqual([]);
  });
});

describe('areas named as parks are no investors', () => {
  it('"businesses locating in the A County Industrial Park and B\'s North Industrial Park": the park invests in nothing', () => {
    const r = invests("$2.3 million to the Marlow County Commission and the town of Brenton, Tex., for water lines serving firms that settle in the Marlow County Industrial Park and Brenton's North Industrial Park.");
    expect(r.filter((x) => x.startsWith('Industrial Park') || x.startsWith('North Industrial Park'))).toEqual([]);
  });
  describe('guards: a firm named after a park', () => {
    // passed before the park rule too: keeps firms whose name ends in Park investing
    it('a firm whose name ends in "Park" still invests', () => {
      expect(invests('Velmor Park will invest £20 million in a new plant in Coleraine.')).toContain('Velmor Park -INVESTS_IN-> Coleraine');
    });
  });
});

describe('the most specific place of an investment', () => {
  it('"N jobs on <river-side area>" names the place, with the sum and the jobs', () => {
    const x = extract('Corvane announced a £20 million investment which will create 50 jobs on Castleside, backed by the UK and Welsh Governments.', 'en');
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'Castleside')?.properties).toMatchObject({ amount: 20_000_000, currency: 'GBP', jobs: 50 });
    expect(relations(x, 'INVESTS_IN')).toEqual(['Corvane -INVESTS_IN-> Castleside']);
  });
});

describe('successive owners of a plant', () => {
  const text = "Je m'inquiète pour l'entreprise Velmor Industries située à Voiron, en Isère, site industriel qui emploie 170 personnes.\n" +
    'Cette usine a appartenu longtemps au groupe Corvane.\n' +
    'Comme les autres activités de Corvane, elle a été ensuite rachetée par Pellix puis Dalvik Industries avant d’être cédée au groupe Norvia.';
  it('"elle a été rachetée par A puis B avant d\'être cédée à C" after a sentence on the plant: each buyer invests in its town', () => {
    expect(invests(text, 'fr')).toEqual(['Pellix -INVESTS_IN-> Voiron', 'Dalvik Industries -INVESTS_IN-> Voiron', 'Norvia -INVESTS_IN-> Voiron']);
  });
  it('the same in English, with a year and "then by"', () => {
    expect(invests('The Velmor plant in Voiron employs 170 people.\nThe plant was acquired by Pellix in 2001 and then by Dalvik Industries, before being sold to the Norvia group.'))
      .toEqual(['Pellix -INVESTS_IN-> Voiron', 'Dalvik Industries -INVESTS_IN-> Voiron', 'Norvia -INVESTS_IN-> Voiron']);
  });
  it('a company named in a fronted comparison is not what the pronoun\'s buyer bought', () => {
    expect(invests('Comme les autres activités de Corvane, elle a été rachetée par Pellix.', 'fr')).toEqual([]);
  });
});

describe('buyers stated by a verb and a buyer noun', () => {
  it('"A s\'est positionné comme repreneur des sites de B"', () => {
    expect(invests('Le groupe français Corvane s’est positionné comme repreneur des sites de Pellix Industries mais ce projet inquiète.', 'fr'))
      .toEqual(['Corvane -INVESTS_IN-> Pellix Industries']);
  });
  it('"A est le nouvel acquéreur de B"', () => {
    expect(invests("La société Corvane est le nouvel acquéreur de l'entreprise Pellix.", 'fr')).toEqual(['Corvane -INVESTS_IN-> Pellix']);
  });
});

describe('stated holdings in a relative clause', () => {
  it('"A, in which the Region has a 92% holding": the region named before holds a stake, with the sum put into equity', () => {
    const x = extract('The Commission has approved a plan by the Northland Region to convert into equity a claim of €43.5 million held against the aeronautics company Pellix, in which the Region has a 92.29% holding.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Northland Region -INVESTS_IN-> Pellix']);
    expect(relation(x, 'Northland Region', 'INVESTS_IN', 'Pellix')?.properties).toMatchObject({ amount: 43_500_000, currency: 'EUR' });
  });
  it('"B, dont A détient 30 % du capital"', () => {
    expect(invests('Le groupe Corvane va racheter la société Pellix, dont Dalvik Industries détient 30 % du capital.', 'fr')).toContain('Dalvik Industries -INVESTS_IN-> Pellix');
  });
});

describe('aid that names no investment', () => {
  it('a measure to support a state supplier "of gas in X" gives no investment in X', () => {
    expect(invests('The European Commission has approved a €400 million Ruritanian measure to support the public supplier of natural gas in Romania, Velgaz SA, in the context of the crisis.')).toEqual([]);
  });
  describe('guards: aid for works in a place', () => {
    // passed before the state-supplier rule too: keeps aid for works an investment
    it('aid to a firm for works in a place still makes the firm invest there', () => {
      expect(invests('The European Commission has approved a €63 million French measure to support Pellix Polymers in diversifying the production of its complex in Voiron, Isère.'))
        .toContain('Pellix Polymers -INVESTS_IN-> Voiron');
    });
  });
});

describe('takeover offers and a deal sum stated before its parties', () => {
  it('"A had made an offer for B" after "a $N billion merger": the bid carries the deal sum', () => {
    const x = extract('The two biggest chip makers have agreed on a $48 billion merger.\n\nCorvane had made an offer for Pellix three times since March.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Corvane -INVESTS_IN-> Pellix']);
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'Pellix')?.properties).toMatchObject({ amount: 48_000_000_000, currency: 'USD' });
  });
  it('"A\'s offer for B values …": the possessor bids', () => {
    expect(invests("Corvane's offer for Pellix values the company at $5 billion.")).toEqual(['Corvane -INVESTS_IN-> Pellix']);
  });
  describe('guards: a bid for a contract', () => {
    // passed before the offer rules too: keeps them to offers for a company
    it('a bid for a company\'s contract is no bid for the company', () => {
      expect(invests("Corvane won a bid for Pellix's contract to build a bridge.")).toEqual([]);
    });
  });
});

describe('a passive of buying with its year', () => {
  it('"A, qui ont été rachetées en 2009 par le groupe B"', () => {
    expect(invests('Je vous ai posé une question relative aux Fonderies du Velay, qui ont été rachetées en 2009 par le groupe Corvane.', 'fr'))
      .toEqual(['Corvane -INVESTS_IN-> Fonderies du Velay']);
  });
  it('"la société A, qui a été rachetée en 2009 par le groupe B"', () => {
    expect(invests('La société Pellix, qui a été rachetée en 2009 par le groupe Corvane, va fermer.', 'fr')).toEqual(['Corvane -INVESTS_IN-> Pellix']);
  });
});

describe('names that say whose plants', () => {
  it('"investments in the A and B engine plants and the C component plant": no firm invests in another', () => {
    expect(invests('Three of the biggest inward investments of the past two years have been in the Corvane and Pellix engine plants and the Dalvik motor component plant, which are all under construction.')).toEqual([]);
  });
  describe('guards: companies invested in', () => {
    // passed before the plant-owner rule too: keeps plain targets
    it('companies invested in, with no facility noun after them, stay targets', () => {
      expect(invests('Dalvik invested $20 million in Corvane and Pellix last year.')).toEqual(['Dalvik -INVESTS_IN-> Corvane', 'Dalvik -INVESTS_IN-> Pellix']);
    });
  });
});

describe('jobs a new facility brings to a town', () => {
  it('"this new facility will bring 200 jobs to X": the town is a place and the article\'s company invests there', () => {
    const r = invests('Corvane Legwear opened its new production facility in North Carolina on Wednesday.\nBy 2018, this new facility will bring more than 200 jobs to Lenoir, providing a lift to the local economy.');
    expect(r).toContain('Corvane Legwear -INVESTS_IN-> Lenoir');
  });
});
