/**
 * PARTNERS_WITH classes of round 8 (partners.ts, ties-patterns.ts): agreements with an amount, a date or a
 * place between the agreement and its party, two signatories, a state as a signatory, passives "signed by"
 * a list, and merging parties. Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

/** Symmetric relations as sorted pairs. */
const pairs = (text: string, lang = 'en') =>
  relations(extract(text, lang), 'PARTNERS_WITH').map((r) => r.split(' -PARTNERS_WITH-> ').sort().join(' ~ ')).sort();

describe('agreements with words between the verb, the agreement and its party', () => {
  it('"A signed a new guarantee agreement on 19 October with B"', () => {
    expect(pairs('Velorand Bank signed a new guarantee agreement on 19 October with Tarvel Capital that will provide loans to small firms.'))
      .toEqual(['Tarvel Capital ~ Velorand Bank']);
  });
  it('"A signed a EUR 2 billion agreement on 5 April with B and the C": every listed party', () => {
    expect(pairs('The Velorand Fund signed a EUR 2 billion agreement on 5 April with Tarvel Bank and the Quenrod Federation to support small firms.'))
      .toEqual(['Quenrod Federation ~ Velorand Fund', 'Tarvel Bank ~ Velorand Fund']);
  });
  it('"A and B signed a EUR 25 million agreement": two signatories', () => {
    expect(pairs('Velorand Bank and Tarvel Capital signed a EUR 25 million agreement in Portugal to finance small firms.'))
      .toEqual(['Tarvel Capital ~ Velorand Bank']);
  });
  it('a clause between the agreement and "with" relates nobody', () => {
    expect(pairs('Velorand Bank signed an agreement that will help firms to compete with Tarvel Capital.')).toEqual([]);
  });
});

describe('a state as a party to an agreement', () => {
  it('"la France vient de signer un contrat de 2 milliards d\'euros avec l\'armateur X" (fr)', () => {
    expect(pairs("Monsieur le ministre, la France vient de signer un contrat de 2 milliards d'euros avec l'armateur Velorand Lines pour la construction de paquebots.", 'fr'))
      .toEqual(['France ~ Velorand Lines']);
  });
  it('a country after a preposition is where the signing happens, not a party', () => {
    expect(pairs('In France, Velorand Bank signed an agreement with Tarvel Capital.')).toEqual(['Tarvel Capital ~ Velorand Bank']);
  });
  it('"The X Deal has been signed by the UK and Y Council": the signatories of a passive', () => {
    expect(pairs('The Tarvel Growth Deal has been signed by the UK as well as Velorand Council as part of a package.'))
      .toEqual(['UK ~ Velorand Council']);
  });
});

describe('merging parties', () => {
  it('"A et B ont annoncé leur intention de fusionner" (fr)', () => {
    expect(pairs("La firme Velorand Technologies et l'entreprise Tarvel Systems ont annoncé hier leur intention de fusionner.", 'fr'))
      .toEqual(['Tarvel Systems ~ Velorand Technologies']);
  });
  it('"A plans to merge with B"; a past "A merged with B" (often a takeover) relates nobody', () => {
    expect(pairs('Velorand Corp plans to merge with Tarvel Systems next year.')).toEqual(['Tarvel Systems ~ Velorand Corp']);
    expect(pairs('Last year, Velorand Corp merged with the software company Tarvel Systems.')).toEqual([]);
  });
  it('"la fusion de A et de B" (fr)', () => {
    expect(pairs('Les actionnaires ont approuvé la fusion de Velorand Industries et de Tarvel Systems.', 'fr'))
      .toEqual(['Tarvel Systems ~ Velorand Industries']);
  });
});

describe('owners and subsidiaries after a possessive (ties-patterns.ts)', () => {
  const subsidiaries = (text: string) => relations(extract(text, 'en'), 'SUBSIDIARY_OF');
  it('"A and its owner B"', () => {
    expect(subsidiaries('I have regular discussions with Tarvel Motors and its owner Velorand Group.')).toEqual(['Tarvel Motors -SUBSIDIARY_OF-> Velorand Group']);
  });
  it('"A and its subsidiary B"', () => {
    expect(subsidiaries('Velorand Group and its subsidiary Tarvel Motors will invest in the plant.')).toEqual(['Tarvel Motors -SUBSIDIARY_OF-> Velorand Group']);
  });
  it('"A and its partner B" is no ownership', () => {
    expect(subsidiaries('Velorand Group and its partner Tarvel Motors will invest in the plant.')).toEqual([]);
  });
});
