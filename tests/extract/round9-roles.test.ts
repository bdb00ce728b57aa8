/**
 * ROLE_AT classes of round 9 (government-roles.ts, hansard-roles.ts, role-anaphora.ts, role-held.ts, two
 * pattern lookbehinds): a coordinated institution is no employer ("Congress and President X"), a guessed
 * employer gives way to a stated one, Hansard answer headers, US secretaries at their department when the
 * text never writes the country. Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const roles = (text: string, lang = 'en', title = '') => relations(extract(text, lang, title), 'ROLE_AT');

describe('a name coordinated before a title is another party', () => {
  it('"Congress and President X": X is not at Congress', () => {
    const r = roles('Congress and President Quarnby should be congratulated for acting so quickly, the Velorand Bank chairman said.');
    expect(r.filter((x) => x.includes('-> Congress'))).toEqual([]);
  });
  it('"Acme Council President X" still is', () => {
    expect(roles('Velorand Council President Jed Quarnby said the plan was sound.')).toContain('Jed Quarnby -ROLE_AT-> Velorand Council');
  });
});

describe('a stated employer beats a guessed one', () => {
  it('"Y President and Chairman X visited Z. … Chairman X met Z employees": X is at Y, never at Z', () => {
    const r = roles('Tarvel Export Bank (TEB) President and Chairman Norma Quillby yesterday visited Pellix Gas, a maker of pumps. Chairman Quillby met with Pellix Gas employees and toured the plant.');
    expect(r).toContain('Norma Quillby -ROLE_AT-> Tarvel Export Bank');
    expect(r.filter((x) => x.includes('Pellix'))).toEqual([]);
  });
  it('without a stated role the bare title still reads the sentence\'s company', () => {
    expect(roles('Pellix Gas opened a plant in Ohio, chairman Norma Quillby said.')).toContain('Norma Quillby -ROLE_AT-> Pellix Gas');
  });
});

describe('Hansard answer headers: "The <office> (Mr. X)"', () => {
  const text = [
    'Velorand', '', '9. Mr. Hatchard', '',
    'To ask the Secretary of State for Foreign Affairs what his Department is doing to attract investment from Velorand.', '',
    'The Minister of State, Foreign and Commonwealth Office (Mr. Arthur Pennick)', '',
    'Attraction of investment is a high priority for our embassy.',
  ].join('\n');
  it('the minister in parentheses holds the office, of the United Kingdom', () => {
    const r = roles(text);
    expect(r).toContain('Arthur Pennick -ROLE_AT-> United Kingdom');
  });
  it('the asker of the question before it does not take the title', () => {
    expect(roles(text).filter((x) => x.startsWith('Hatchard'))).toEqual([]);
  });
  it('a header with a corporate title gives no public office', () => {
    expect(roles('The Chairman, Velorand Holdings (Mr. Arthur Pennick)\n\nWe shall open a plant.').filter((x) => x.endsWith('United Kingdom'))).toEqual([]);
  });
});

describe('US secretaries: the department when the text never writes the country', () => {
  it('"Agriculture Secretary X" in a USDA release without "America" → the department', () => {
    const r = roles('Agriculture Secretary Tom Pellerin today announced loans for 40 rural businesses. "At USDA we are partnering with lenders," said Pellerin.');
    expect(r).toContain('Tom Pellerin -ROLE_AT-> USDA');
    expect(r.filter((x) => x.endsWith('United States'))).toEqual([]);
  });
  it('the same release naming "rural America" → the country', () => {
    const r = roles('Agriculture Secretary Tom Pellerin today announced loans for 40 rural businesses across rural America. USDA will lend $10 million.');
    expect(r).toContain('Tom Pellerin -ROLE_AT-> America');
    expect(r.filter((x) => x.includes('USDA'))).toEqual([]);
  });
  it('"Under Secretary X" serves the department the article names', () => {
    const r = roles('USDA will lend $10 million to firms in rural America. Under Secretary Dana Morvell made the announcement on behalf of Secretary Pellerin.');
    expect(r).toContain('Dana Morvell -ROLE_AT-> USDA');
  });
  it('a department the article does not name is not guessed', () => {
    const r = roles('Energy Secretary Steven Quarn today announced a loan for a solar plant in Nevada.');
    expect(r.filter((x) => x.includes('Department'))).toEqual([]);
  });
});

describe('interviews: the title told to the guest ("vous êtes", "you are")', () => {
  it('the guest greeted at the end of the sentence before (fr)', () => {
    expect(roles('Et une partie de ces milliards, ce seront les vôtres, Emmanuel Quarnet, bonjour. Vous êtes le directeur général adjoint de Velmont.', 'fr'))
      .toContain('Emmanuel Quarnet -ROLE_AT-> Velmont');
  });
  it('the guest named before "you are" in the same sentence', () => {
    expect(roles('Jane Quarnet, you are the chief executive of Velmont. What will you build?')).toContain('Jane Quarnet -ROLE_AT-> Velmont');
  });
  it('no guest named or greeted: nobody gets the title', () => {
    expect(roles('Orvane a ouvert une usine à Lyon, selon Paul Quarnet. Vous êtes le directeur général adjoint de Velmont.', 'fr')
      .filter((x) => x.endsWith('Velmont'))).toEqual([]);
  });
});

describe('who holds a public office', () => {
  it('"Monsieur X, avec le Président de la République, …": X is addressed, not the president (fr)', () => {
    expect(roles("Monsieur Quarnet, avec le Président de la République et le Premier ministre, nous avons décidé de lancer un plan pour l'industrie en France.", 'fr')
      .filter((x) => x.startsWith('Quarnet'))).toEqual([]);
  });
  it('"X, ministre de l\'économie" still is (fr)', () => {
    expect(roles("Paul Quarnet, ministre de l'économie, a visité l'usine de Velmont en France.", 'fr')).toContain('Paul Quarnet -ROLE_AT-> France');
  });
  it('a written question\'s author is not "le président de la République" of the next sentence (fr)', () => {
    const text = "M. Paul Quarnet interroge M. le ministre de l'économie sur l'avenir de Velmont. Le président de la République, qui fut à l'origine de la montée au capital de Velmont, avait alors provoqué l'hostilité du groupe.";
    expect(roles(text, 'fr').filter((x) => x.startsWith('Paul Quarnet'))).toEqual([]);
  });
});

describe('a title in parentheses after the name', () => {
  it('"X (avocat et fondateur de Y en 1996)" (fr) and "X (chief executive of Y)"', () => {
    expect(roles("Ce sont : l'homme d'affaires Jean-Pierre Quarnet (avocat et fondateur de Velmont Patrimoine en 1996) et le journaliste Olivier Rey.", 'fr'))
      .toContain('Jean-Pierre Quarnet -ROLE_AT-> Velmont Patrimoine');
    expect(roles('Jane Quarnet (chief executive of Velmont) said the plant would open.')).toContain('Jane Quarnet -ROLE_AT-> Velmont');
  });
  it('a former title in parentheses is no role now', () => {
    expect(roles('Jane Quarnet (former chief executive of Velmont) said the plant would open.')).toEqual([]);
  });
});
