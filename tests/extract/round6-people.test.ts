/**
 * ROLE_AT shapes of press releases, wire copy and speeches (people-patterns.ts, government-roles.ts):
 * one describe per linguistic class, sentences of our own with made-up names (English and French).
 */
import { describe, expect, it } from 'vitest';
import { extract, placeRelations, relations } from './helpers.ts';

const roles = (text: string, lang = 'en') => relations(extract(text, lang), 'ROLE_AT');

describe('a relative or prepositional clause states who runs an organisation', () => {
  it('"X, who heads Y", "X, who runs Y" (en)', () => {
    expect(roles('Jane Holloway, who heads Velorand Corp, said demand is strong.')).toEqual(['Jane Holloway -ROLE_AT-> Velorand Corp']);
    expect(roles('Jane Holloway, who runs Velorand Corp, said demand is strong.')).toEqual(['Jane Holloway -ROLE_AT-> Velorand Corp']);
  });
  it('"X, qui dirige le groupe Y", "X, à la tête du groupe Y depuis 2019" (fr)', () => {
    expect(roles('Jean Dupont, qui dirige le groupe Velorand, a annoncé un investissement.', 'fr')).toEqual(['Jean Dupont -ROLE_AT-> Velorand']);
    expect(roles('Jean Dupont, à la tête du groupe Velorand depuis 2019, a annoncé un investissement.', 'fr')).toEqual(['Jean Dupont -ROLE_AT-> Velorand']);
  });
  it('a clause about something else relates nobody ("X, who visited Y")', () => {
    expect(roles('Jane Holloway, who visited Velorand Corp, said demand is strong.')).toEqual([]);
  });
});

describe('the organisation first, then who leads it', () => {
  it('"Y is led by X", "Y, chaired by X" (en)', () => {
    expect(roles('Velorand Corp is led by Jane Holloway, a former banker.')).toEqual(['Jane Holloway -ROLE_AT-> Velorand Corp']);
  });
  it('"… Committee (JTC) today co-chaired by Minister A and Vice Minister B": both chairs', () => {
    const r = roles('The talks come ahead of the Joint Trade Committee (JTC) today co-chaired by Trade Minister Marlon Treves and Vice Minister Anna Dervin.');
    expect(r).toContain('Marlon Treves -ROLE_AT-> Joint Trade Committee');
    expect(r).toContain('Anna Dervin -ROLE_AT-> Joint Trade Committee');
  });
  it('"Y named X as its new chief executive", "Y appointed X chief financial officer" (en)', () => {
    expect(roles('Velorand Corp named Jane Holloway as its new chief executive on Monday.')).toEqual(['Jane Holloway -ROLE_AT-> Velorand Corp']);
    expect(roles('Velorand Corp appointed Jane Holloway chief financial officer.')).toEqual(['Jane Holloway -ROLE_AT-> Velorand Corp']);
  });
  it('a deal led by a person relates no company named after it', () => {
    expect(roles('The offer for Velorand Corp was led by Jane Holloway.')).toEqual([]);
  });
});

describe('titles in lists and bare appositions', () => {
  it('"Y\'s founder and CEO, X" (en)', () => {
    expect(roles("Velorand Corp's founder and CEO, Jane Holloway, said demand is strong.")).toEqual(['Jane Holloway -ROLE_AT-> Velorand Corp']);
  });
  it('"X, Y chief executive, said" (en)', () => {
    expect(roles('Jane Holloway, Velorand Corp chief executive, said demand is strong.')).toEqual(['Jane Holloway -ROLE_AT-> Velorand Corp']);
  });
  it('"X MP, in her role as Chair of Y" (en)', () => {
    expect(roles('Rt Hon Jane Holloway MP, in her role as Chair of the Velorand Board, approved the plan.')).toEqual(['Jane Holloway -ROLE_AT-> Velorand Board']);
  });
});

describe('professions and owners at an organisation', () => {
  it('"X, professeur de journalisme à Y" (fr)', () => {
    expect(roles('« Les faits seront vérifiés » a déclaré Jean Dupont, professeur de journalisme à la Velorand University de Lyon.', 'fr'))
      .toEqual(['Jean Dupont -ROLE_AT-> Velorand University de Lyon']);
  });
  it('"The board welcomed X owner of Y, a recipient of …" (en)', () => {
    expect(roles('The Board also welcomed Jane Holloway owner of Velorand Bakeries Ltd, a recipient of funding.')).toEqual(['Jane Holloway -ROLE_AT-> Velorand Bakeries Ltd']);
  });
});

describe('honorifics and vocatives between a title and the name', () => {
  it('"le Président de Y, M. X" (fr)', () => {
    expect(roles("Je rends hommage aux ingénieurs de Velorand et à leur chef, le Président de Velorand, M. Jean DUPONT.", 'fr')).toEqual(['Jean DUPONT -ROLE_AT-> Velorand']);
  });
  it('"Monsieur le vice-président du Conseil Y, cher X," (fr)', () => {
    expect(roles("Monsieur le vice-président du Conseil National des Velorands, cher Jean Dupont,", 'fr')).toEqual(['Jean Dupont -ROLE_AT-> Conseil National des Velorands']);
  });
  it('"Le ministre de l\'Économie, M. X" is at France (fr)', () => {
    expect(placeRelations(extract("Le ministre de l'Économie, M. Jean Dupont, a salué l'investissement en France.", 'fr'), 'ROLE_AT')).toEqual(['Jean Dupont -ROLE_AT-> France']);
  });
});

describe('public offices: governors and members of the Commission', () => {
  it('"Ohio Governor X" is at Ohio; "Governor X" with no place is at nothing', () => {
    expect(roles('Ohio Governor Jane Holloway welcomed the plant.')).toEqual(['Jane Holloway -ROLE_AT-> Ohio']);
    expect(roles('Governor Jane Holloway welcomed the plant in the United States.')).toEqual([]);
  });
  it('"Mme X, membre de la Commission chargé de la concurrence" is at the Commission (fr)', () => {
    const x = extract("La Commission européenne a interdit l'aide. Mme Anna Dervin, membre de la Commission chargé de la concurrence, a déclaré: « Cette décision est juste. »", 'fr');
    expect(relations(x, 'ROLE_AT')).toEqual(['Anna Dervin -ROLE_AT-> Commission européenne']);
  });
});

describe('a definite title in a later sentence is the person just named', () => {
  it('"X est allé à Lyon. Le Premier ministre a salué …" is at France (fr)', () => {
    const x = extract("L'accord a été scellé lors du déplacement en Chine de Jean Dupont. Le Premier ministre a assisté au lancement du chantier.", 'fr');
    expect(placeRelations(x, 'ROLE_AT')).toEqual(['Jean Dupont -ROLE_AT-> France']);
  });
  it('"X visited the plant in Germany. \'…,\' the German chancellor said." (en)', () => {
    const x = extract('Paul Brenner visited the Velorand plant in Bremen, Germany. "It is a good day," the German chancellor said.', 'en');
    expect(placeRelations(x, 'ROLE_AT')).toEqual(['Paul Brenner -ROLE_AT-> Germany']);
  });
  it('two people named before the title: nobody is chosen', () => {
    const x = extract('Paul Brenner met Anna Dervin in Bremen, Germany. The chancellor said the plant would open.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual([]);
  });
  it('"Velorand Corp opened a plant. Jane Holloway toured it. \'…,\' the chief executive said." is at the company (en)', () => {
    const x = extract('Velorand Corp opened a plant in Ohio. Jane Holloway toured the site on Monday. "Demand is strong," the chief executive said.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Jane Holloway -ROLE_AT-> Velorand Corp']);
  });
  it('a person at a company is not the minister of the next sentence', () => {
    const x = extract('Jane Holloway, chief executive of Velorand Corp, opened the plant. The minister said jobs would follow in the United States.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Jane Holloway -ROLE_AT-> Velorand Corp']);
  });
});

describe('"le Premier ministre M. X" without a country', () => {
  // round 11: French prose writes a foreign leader so; the one foreign country the sentence names is his (round11-roles-ties)
  it('takes the one foreign country its sentence names', () => {
    expect(roles("Vous avez rappelé que le Premier ministre M. Tarun a confirmé la semaine dernière le choix de l'avion par l'Inde.", 'fr')).toEqual(['Tarun -ROLE_AT-> Inde']);
  });
});

describe('the leader one meets is the host country\'s', () => {
  it('"he will travel to Lucknow for talks with Prime Minister X" is at India, not the visitor\'s country (en)', () => {
    const x = extract('The UK Prime Minister will visit Velorand Corp in Leeds, UK. On Friday, he will travel to Lucknow for talks with Prime Minister Tarun Mehra on trade.', 'en');
    expect(placeRelations(x, 'ROLE_AT')).toEqual(['Tarun Mehra -ROLE_AT-> India']);
  });
  it('"X a rencontré le Premier ministre Y à Hanoï" is at Vietnam (fr)', () => {
    const x = extract("Jean Dupont, vice-président de Velorand, a rencontré le Premier ministre Tran Van Long à Hanoï.", 'fr');
    expect(placeRelations(x, 'ROLE_AT')).toContain('Tran Van Long -ROLE_AT-> Vietnam');
    expect(placeRelations(x, 'ROLE_AT')).not.toContain('Tran Van Long -ROLE_AT-> France');
  });
});

describe('words around a title in apposition', () => {
  it('"X, senior vice president at Y" (en); "X, a former minister" is no role at a company', () => {
    expect(roles('Jane Holloway, senior vice president at Velorand Corp, said demand is strong.')).toEqual(['Jane Holloway -ROLE_AT-> Velorand Corp']);
  });
  it('"Le président du groupe Y, X", "X, directeur de l\'usine Y de Lyon" (fr)', () => {
    expect(roles("Le président du groupe Velorand, Jean Dupont, a salué l'investissement.", 'fr')).toEqual(['Jean Dupont -ROLE_AT-> Velorand']);
    expect(roles("Jean Dupont, directeur de l'usine Velorand de Lyon, a salué l'investissement.", 'fr')).toEqual(['Jean Dupont -ROLE_AT-> Velorand']);
  });
  it('"Le ministre délégué à l\'Industrie, X" is at France; "le ministre a rencontré X" gives X no office (fr)', () => {
    expect(placeRelations(extract("Le ministre délégué à l'Industrie, Jean Dupont, a salué l'investissement.", 'fr'), 'ROLE_AT')).toEqual(['Jean Dupont -ROLE_AT-> France']);
    expect(roles("Le ministre a rencontré Jean Dupont à Lyon.", 'fr')).toEqual([]);
  });
});
