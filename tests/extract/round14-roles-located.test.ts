/**
 * ROLE_AT and LOCATED_IN: a body that welcomes an official
 * is not the official's employer; a deputy secretary abroad is a US official; a stated future office; a grant's
 * recipient and its town. Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const rel = (text: string, type: string, lang = 'en', title = '') => relations(extract(text, lang, title), type);

describe('a title after a verb of hosting is the guest’s', () => {
  it('"Acme Welcomes Secretary X to …" (a headline): no role at the host', () => {
    const r = rel('Tom Arbel walked the factory floor on Thursday with staff of Zorvex Corporation.', 'ROLE_AT', 'en', 'Zorvex Corporation Welcomes Secretary Tom Arbel to Dayton, Ohio Plant');
    expect(r).not.toContain('Tom Arbel -ROLE_AT-> Zorvex Corporation');
  });
  it('"Acme hosted Governor X": no role at the host', () => {
    expect(rel('Zorvex Corporation hosted Governor Tom Arbel at its plant on Monday.', 'ROLE_AT')).not.toContain('Tom Arbel -ROLE_AT-> Zorvex Corporation');
  });
  describe('guards: a title with no host', () => {
    // passed before the hosting rule too: keeps it from dropping plain titles
    it('a long title still reads ("the White House deputy chief of staff X")', () => {
      expect(rel('The White House deputy chief of staff Ann Lindqvist said the talks went well.', 'ROLE_AT')).toContain('Ann Lindqvist -ROLE_AT-> White House');
    });
  });
});

describe('a deputy secretary with no country, abroad', () => {
  const text = 'On Tuesday Deputy Secretary Ann Lindqvist flew to Santiago and Valparaiso to meet U.S. and Chilean firms. Lindqvist said exports to Chile rose.';
  it('is a US official when the text names the United States, not an official of the country visited', () => {
    const r = rel(text, 'ROLE_AT');
    expect(r).not.toContain('Ann Lindqvist -ROLE_AT-> Chile');
    expect(r).toContain('Ann Lindqvist -ROLE_AT-> United States');
  });
});

describe('a stated future office', () => {
  it('"X will become chairman of Y"', () => {
    expect(rel('Tom Arbel will become chairman of Pellmark next year.', 'ROLE_AT')).toContain('Tom Arbel -ROLE_AT-> Pellmark');
  });
  it('"X said he will assume the chairmanship of Y"', () => {
    const r = rel('Zorvex founder Tom Arbel spoke on Monday. Arbel said he will assume the chairmanship of Pellmark, which will be a Zorvex subsidiary.', 'ROLE_AT');
    expect(r.some((x) => /Arbel -ROLE_AT-> Pellmark/.test(x))).toBe(true);
  });
  it('"X will take over as chief executive of Y", "X will take the helm of Y"', () => {
    expect(rel('Tom Arbel will take over as chief executive of Pellmark.', 'ROLE_AT')).toContain('Tom Arbel -ROLE_AT-> Pellmark');
    expect(rel('Tom Arbel will take the helm of Pellmark in May.', 'ROLE_AT')).toContain('Tom Arbel -ROLE_AT-> Pellmark');
  });
  it('French: "X prendra la présidence de Y"', () => {
    expect(rel('Tom Arbel prendra la présidence de Pellmark en mai.', 'ROLE_AT', 'fr')).toContain('Tom Arbel -ROLE_AT-> Pellmark');
  });
  describe('guards: becoming no office', () => {
    // passed before the future-office rule too: keeps it to offices
    it('becoming a customer is no office', () => {
      expect(rel('Tom Arbel said he will become a customer of Pellmark.', 'ROLE_AT')).toEqual([]);
    });
  });
});

describe('the recipient of a grant and its town', () => {
  it('"a grant to the X (XX) in Town"', () => {
    expect(rel('The agency awarded a $2.7 million grant to the Corvane Institute of Technology (CIT) in Billings to fit out a welding school.', 'LOCATED_IN'))
      .toContain('Corvane Institute of Technology -LOCATED_IN-> Billings');
  });
  describe('guards: a recipient\'s town', () => {
    // passed before the grant-recipient rule too: keeps the town after a state and a list of towns as they were
    it('"a loan to X in Town, State"', () => {
      expect(rel('The bank approved a loan to Zorvex Labs in Billings, Montana, to build a plant.', 'LOCATED_IN')).toContain('Zorvex Labs -LOCATED_IN-> Billings');
    });
    it('a list of places after "in" is where the money goes', () => {
      expect(rel('The agency awarded grants to Zorvex Labs in Helena and Billings.', 'LOCATED_IN')).toEqual([]);
    });
  });
});

describe('a company’s short form before a title', () => {
  const text = 'Zorvex Chemical and Pellmark announced Friday they will merge. Zorvex chairman and CEO Tom Arbel will become the executive chairman of the combined company, while Pellmark chairman and CEO Ann Lindqvist will be the CEO.';
  it('"Zorvex chairman and CEO X" where the article names "Zorvex Chemical": that company, not the other party of the merger', () => {
    const r = rel(text, 'ROLE_AT');
    expect(r).toContain('Tom Arbel -ROLE_AT-> Zorvex Chemical');
    expect(r).not.toContain('Tom Arbel -ROLE_AT-> Pellmark');
  });
});

describe('a First Minister with no place named', () => {
  const text = 'The First Minister Ann Lindqvist will meet investors at a summit in London today. The First Minister will promote Wales as a destination for investment. Wales is home to many foreign-owned firms, and the UK economy grew.';
  it('heads the devolved nation the article names, not the United Kingdom (and so does the later "The First Minister")', () => {
    const r = rel(text, 'ROLE_AT');
    expect(r).toContain('Ann Lindqvist -ROLE_AT-> Wales');
    expect(r.filter((x) => /United Kingdom|UK/.test(x))).toEqual([]);
  });
});

describe('a company and its place written around it', () => {
  it('"Y of <country> in the … sector": the home country, whatever preposition follows', () => {
    const r = rel('The Commission cleared a joint venture by Galvara of Switzerland and Pellmark of Germany in the human health sector.', 'LOCATED_IN');
    expect(r).toContain('Pellmark -LOCATED_IN-> Germany');
  });
  it('a parallel list "(A in <country> and B in <country>)"', () => {
    const r = rel('The Commission authorised aid to two helicopter manufacturers (Zorvex Aviation in France and Pellmark Aero in Italy) for new aircraft.', 'LOCATED_IN');
    expect(r).toContain('Zorvex Aviation -LOCATED_IN-> France');
    expect(r).toContain('Pellmark Aero -LOCATED_IN-> Italy');
  });
  it('a description with its place, then the name: "the public supplier of gas in <country>, X,"', () => {
    expect(rel('The Commission approved a measure to support the public supplier of natural gas in Bulgaria, Zorvex EAD, in the context of the crisis.', 'LOCATED_IN'))
      .toContain('Zorvex EAD -LOCATED_IN-> Bulgaria');
    expect(rel('Le fournisseur de gaz en Bulgarie, Zorvex, a reçu une aide.', 'LOCATED_IN', 'fr')).toContain('Zorvex -LOCATED_IN-> Bulgarie');
  });
  it('French: jobs cut or a closure "du site de <town>" by the clause’s company', () => {
    expect(rel('Près de chez moi, la direction du groupe Zorvex Auto, sous-traitant de l’automobile, a confirmé la suppression de 112 des 415 emplois du site de Molsheim.', 'LOCATED_IN', 'fr'))
      .toContain('Zorvex Auto -LOCATED_IN-> Molsheim');
    expect(rel('Zorvex Auto a annoncé la fermeture de l’usine de Molsheim.', 'LOCATED_IN', 'fr')).toContain('Zorvex Auto -LOCATED_IN-> Molsheim');
  });
  describe('guards: a description before a list', () => {
    // passed before the description rule too: keeps it to one name
    it('a description before a list of names places none of them', () => {
      expect(rel('They sold the plant to a supplier in Ohio, Zorvex Corp and Pellmark Inc.', 'LOCATED_IN')).toEqual([]);
    });
  });
});

describe('co-chairs of a named body', () => {
  it('"A served as the government’s co-chair for the X Council along with B": both hold the role at the council', () => {
    const r = rel('Deputy Secretary Ann Lindqvist served as the government’s co-chair for the Corvane Business Council along with Tom Arbel, the deputy adviser at the White House.', 'ROLE_AT');
    expect(r).toContain('Ann Lindqvist -ROLE_AT-> Corvane Business Council');
    expect(r).toContain('Tom Arbel -ROLE_AT-> Corvane Business Council');
  });
});

describe('a list of titles written before names', () => {
  it('"A, Director of the X Council B, and C": the title after A’s comma is B’s (the body is followed at once by B)', () => {
    const r = rel('At the summit, Ann Lindqvist, Director of the National Economic Council Lael Brandt, and Mary Pellan co-hosted an event.', 'ROLE_AT');
    expect(r).toContain('Lael Brandt -ROLE_AT-> National Economic Council');
    expect(r).not.toContain('Ann Lindqvist -ROLE_AT-> National Economic Council');
  });
  describe('guards: an apposition with its title', () => {
    // passed before the title-list rule too: keeps the plain apposition
    it('an apposition closed by a comma still reads ("A, director of the X Council, said")', () => {
      expect(rel('Ann Lindqvist, director of the National Economic Council, said the plan would help.', 'ROLE_AT')).toContain('Ann Lindqvist -ROLE_AT-> National Economic Council');
    });
  });
});
