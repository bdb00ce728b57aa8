/**
 * SUBSIDIARY_OF, PARTNERS_WITH, COMPETES_WITH and DEVELOPS: a parent named before the unit noun after
 * a copula, "Y-owned X", "Y's X said", the parent after an adjective, "our partnership" in a company executive's words,
 * brands listed after "its brands include", a product invented or created. Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const rel = (text: string, type: string, lang = 'en') => relations(extract(text, lang, ''), type);

describe('SUBSIDIARY_OF named by the parent', () => {
  it('"X, which will be a Y subsidiary"', () => {
    expect(rel('Lintrel, which will be a Pexaro subsidiary, said talks continued.', 'SUBSIDIARY_OF')).toContain('Lintrel -SUBSIDIARY_OF-> Pexaro');
  });
  it('"X became a Y unit"', () => {
    expect(rel('Lintrel became a Pexaro unit in 2019 after a long battle.', 'SUBSIDIARY_OF')).toContain('Lintrel -SUBSIDIARY_OF-> Pexaro');
  });
  it('"Y-owned X"', () => {
    expect(rel('Pexaro-owned Lintrel reported a loss for the quarter.', 'SUBSIDIARY_OF')).toContain('Lintrel -SUBSIDIARY_OF-> Pexaro');
  });
  it('"Y\'s X said": a company\'s company as a subject', () => {
    expect(rel('Pexaro\'s Lintrel reported a loss on Tuesday, and Pexaro\'s Dovanto said sales fell.', 'SUBSIDIARY_OF'))
      .toEqual(expect.arrayContaining(['Lintrel -SUBSIDIARY_OF-> Pexaro', 'Dovanto -SUBSIDIARY_OF-> Pexaro']));
  });
  it('"X\'s parent company, the Danish-owned Y": an adjective before the parent', () => {
    expect(rel('Lintrel\'s parent company, the Danish-owned Pexaro, said talks continued.', 'SUBSIDIARY_OF')).toContain('Lintrel -SUBSIDIARY_OF-> Pexaro');
  });
  describe('guards: a customer is no unit', () => {
    // passed before the unit-noun rules too: keeps them to unit nouns
    it('a customer named before its supplier is no unit: "X is a Y customer"', () => {
      expect(rel('Lintrel is a Pexaro customer and became a partner.', 'SUBSIDIARY_OF')).toEqual([]);
    });
  });
});

describe('"our partnership" is the speaker\'s', () => {
  const company = 'Pexaro will buy Lintrel in the United States. Tom Arbel, chief executive of Lintrel, spoke to reporters. ' +
    '"We will grow," Arbel said. "The key is our partnership with Pexaro."';
  it('a company executive quoted: not the country\'s partnership', () => {
    expect(rel(company, 'PARTNERS_WITH')).not.toContain('United States -PARTNERS_WITH-> Pexaro');
  });
  describe('guards: a government speaking', () => {
    // passed before the speaker rule too: keeps a government's partnership
    it('a government\'s statement keeps the country', () => {
      const gov = 'The United Kingdom welcomes the plant. Across Government, we have worked with Pexaro for two years, a testament to our strong partnership with Pexaro.';
      expect(rel(gov, 'PARTNERS_WITH')).toContain('United Kingdom -PARTNERS_WITH-> Pexaro');
    });
  });
});

describe('DEVELOPS: brands listed, products owned, invented', () => {
  it('"its brands include A, B and C": every listed name is a brand of the subject, whatever its shape', () => {
    const x = extract('Quorvel Brewing said its brands include Halvard Lager, Stennet Gold and Brisko.', 'en', '');
    expect(relations(x, 'DEVELOPS')).toEqual(['Quorvel Brewing -DEVELOPS-> Halvard Lager', 'Quorvel Brewing -DEVELOPS-> Stennet Gold', 'Quorvel Brewing -DEVELOPS-> Brisko']);
    expect(x.mentions.find((m) => m.text === 'Halvard Lager')?.type).toBe('Product');
  });
  it('"X\'s brands include", "sells brands such as", "des marques comme"', () => {
    expect(rel('Quorvel\'s brands include Halvard Lager and Brisko.', 'DEVELOPS')).toContain('Quorvel -DEVELOPS-> Brisko');
    expect(rel('The brewer Quorvel sells brands such as Stennet Gold and Brisko.', 'DEVELOPS')).toContain('Quorvel -DEVELOPS-> Stennet Gold');
    expect(rel('Quorvel possède des marques comme Halvard et Brisko.', 'DEVELOPS', 'fr')).toEqual(['Quorvel -DEVELOPS-> Halvard', 'Quorvel -DEVELOPS-> Brisko']);
  });
  it('"X boasts the A and B brands": owning verbs beyond "owns"', () => {
    expect(rel('Quorvel boasts the Halvard Lager and Stennet Gold brands as well as Brisko.', 'DEVELOPS'))
      .toEqual(expect.arrayContaining(['Quorvel -DEVELOPS-> Halvard Lager', 'Quorvel -DEVELOPS-> Stennet Gold']));
  });
  it('"It also created X", "a inventé le X": the invention of the subject', () => {
    expect(rel('Zantech, set up in 1921, sells coatings for ships. It also created Velorex, which is used in climbing ropes.', 'DEVELOPS'))
      .toContain('Zantech -DEVELOPS-> Velorex');
    expect(rel('Zantech a inventé le Velorex, utilisé dans les cordes d’escalade.', 'DEVELOPS', 'fr')).toContain('Zantech -DEVELOPS-> Velorex');
  });
  describe('guards: owned firms, jobs and funds are no products', () => {
    // passed before the brand and invention rules too: keeps them to products
    it('owning companies stays a subsidiary, not a product', () => {
      expect(rel('Quorvel owns Lintrel and Dovanto.', 'DEVELOPS')).toEqual([]);
    });
    it('creating jobs or a fund is no product', () => {
      expect(rel('Zantech created Dovanto Capital, a fund, in 2010. Zantech created 500 jobs in Ohio.', 'DEVELOPS')).toEqual([]);
    });
  });
});

describe('DEVELOPS: what a maker makes', () => {
  it('"X, maker of A", "X, fabricant du A": the name after the noun is a product, whatever its shape', () => {
    expect(rel('Quorvel, maker of Halvard Lager, said profits rose.', 'DEVELOPS')).toEqual(['Quorvel -DEVELOPS-> Halvard Lager']);
    expect(rel('Zantech, fabricant du Velorex, a annoncé un plan.', 'DEVELOPS', 'fr')).toEqual(['Zantech -DEVELOPS-> Velorex']);
  });
});

describe('COMPETES_WITH in competition-authority prose', () => {
  it('"the acquisition of A by rival company B"; "par son concurrent B" stays one relation', () => {
    expect(rel('The Commission approves the acquisition of meat supplier Quorvel by rival company Pexaro of Brazil.', 'COMPETES_WITH')).toContain('Quorvel -COMPETES_WITH-> Pexaro');
    expect(rel('Le rachat de Quorvel par son concurrent Pexaro a été autorisé.', 'COMPETES_WITH', 'fr')).toHaveLength(1);
  });
  it('"A and B, both active in …": two parties of one market', () => {
    expect(rel('Lintrel and Dovanto, both active in the supply of steel pipes, notified the deal.', 'COMPETES_WITH')).toEqual(['Lintrel -COMPETES_WITH-> Dovanto']);
  });
  describe('guards: an English false friend', () => {
    // passed before the rival rules too: keeps the French word in French
    it('"concurrent with" in English is no rival', () => {
      expect(rel('The audit of Quorvel was concurrent with Pexaro\'s review.', 'COMPETES_WITH')).toEqual([]);
    });
  });
});

describe('SUBSIDIARY_OF: owners in relative clauses, shares and company nouns', () => {
  it('"Y, which owns X"', () => {
    expect(rel('Pexaro, which owns Lintrel, said sales rose.', 'SUBSIDIARY_OF')).toEqual(['Lintrel -SUBSIDIARY_OF-> Pexaro']);
  });
  it('a majority share: "détenue à 80 % par Y", "70 percent-owned by Y"; a minority one is no parent', () => {
    expect(rel('Lintrel, détenue à 80 % par Pexaro, a annoncé un plan.', 'SUBSIDIARY_OF', 'fr')).toEqual(['Lintrel -SUBSIDIARY_OF-> Pexaro']);
    expect(rel('Lintrel, détenue à 20 % par Pexaro, a annoncé un plan.', 'SUBSIDIARY_OF', 'fr')).toEqual([]);
    expect(rel('Lintrel, 70 percent-owned by Pexaro, said sales rose.', 'SUBSIDIARY_OF')).toEqual(['Lintrel -SUBSIDIARY_OF-> Pexaro']);
  });
  it('"X, a Y company"; a portfolio company is an investment, not a unit', () => {
    expect(rel('Lintrel, a Pexaro company, said sales rose.', 'SUBSIDIARY_OF')).toEqual(['Lintrel -SUBSIDIARY_OF-> Pexaro']);
    expect(rel('Lintrel, a Pexaro portfolio company, said sales rose.', 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('PARTNERS_WITH in the progressive', () => {
  it('"X is collaborating with Y", "X has been working with Y"', () => {
    expect(rel('Quorvel is collaborating with Lintrel on software.', 'PARTNERS_WITH')).toEqual(['Quorvel -PARTNERS_WITH-> Lintrel']);
    expect(rel('Quorvel has been working with Lintrel since 2019.', 'PARTNERS_WITH')).toEqual(['Quorvel -PARTNERS_WITH-> Lintrel']);
  });
  describe('guards: a progressive with no partner', () => {
    // passed before the progressive rule too: keeps it to working with a partner
    it('"was working on a deal when Y called" is no partnership', () => {
      expect(rel('Quorvel was working on a deal when Lintrel called.', 'PARTNERS_WITH')).toEqual([]);
    });
  });
});

describe('DEVELOPS: brands sold under, products known for, made by after a product noun', () => {
  it('"sells its products under the A and B brands", "sous la marque A"', () => {
    expect(rel('Quorvel sells its products under the Brisko and Halvard brands.', 'DEVELOPS')).toEqual(['Quorvel -DEVELOPS-> Brisko', 'Quorvel -DEVELOPS-> Halvard']);
    expect(rel('Le groupe Quorvel vend ses yaourts sous la marque Brisko.', 'DEVELOPS', 'fr')).toEqual(['Quorvel -DEVELOPS-> Brisko']);
  });
  it('"best known for its A chips", "connu pour sa marque A"; known for a partner is no product', () => {
    expect(rel('Quorvel is best known for its Brisko chips.', 'DEVELOPS')).toEqual(['Quorvel -DEVELOPS-> Brisko']);
    expect(rel('Quorvel, connu pour sa marque Brisko, a annoncé un plan.', 'DEVELOPS', 'fr')).toEqual(['Quorvel -DEVELOPS-> Brisko']);
    expect(rel('Quorvel, known for its work with Lintrel, said sales rose.', 'DEVELOPS')).toEqual([]);
  });
  it('"the A drug, developed by X": a product noun after the name', () => {
    expect(rel('The Halvard drug, developed by Quorvel, was approved.', 'DEVELOPS')).toEqual(['Quorvel -DEVELOPS-> Halvard']);
  });
});

describe('COMPETES_WITH: a named company\'s rival', () => {
  it('"A\'s main rival, B", "B Inc., A\'s closest competitor", "le principal concurrent de A, B"', () => {
    expect(rel('Quorvel\'s main rival, Lintrel, cut prices.', 'COMPETES_WITH')).toEqual(['Quorvel -COMPETES_WITH-> Lintrel']);
    expect(rel('Lintrel Inc., Quorvel\'s closest competitor, cut prices.', 'COMPETES_WITH')).toEqual(['Quorvel -COMPETES_WITH-> Lintrel Inc']);
    expect(rel('Le principal concurrent de Quorvel, Lintrel, a baissé ses prix.', 'COMPETES_WITH', 'fr')).toEqual(['Quorvel -COMPETES_WITH-> Lintrel']);
  });
  describe('guards: a rival bid', () => {
    // passed before the named-rival rule too: keeps it to a rival named in apposition
    it('"A\'s rival bid for B" is no rivalry between them', () => {
      expect(rel('Quorvel\'s rival bid for Lintrel failed.', 'COMPETES_WITH')).toEqual([]);
    });
  });
});

describe('DEVELOPS: products a company owns or boasts (names the entity rules typed as products)', () => {
  it('"X boasts A as well as B and C"', () => {
    expect(rel('Quorvel boasts Brisko X5 as well as Halvard X7 and Stennet S2.', 'DEVELOPS'))
      .toEqual(['Quorvel -DEVELOPS-> Brisko X5', 'Quorvel -DEVELOPS-> Halvard X7', 'Quorvel -DEVELOPS-> Stennet S2']);
  });
  it('"In addition to A, it controls B and C": the pronoun is the previous subject, the fronted product is its too', () => {
    expect(rel('Quorvel sells phones. In addition to Brisko X5, it controls Halvard X7 and Stennet S2.', 'DEVELOPS'))
      .toEqual(['Quorvel -DEVELOPS-> Brisko X5', 'Quorvel -DEVELOPS-> Halvard X7', 'Quorvel -DEVELOPS-> Stennet S2']);
  });
});
