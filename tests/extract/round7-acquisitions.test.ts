/**
 * Round 7: acquisitions stated by a noun (blind sets 5 and 6: "prise de contrôle … par", "l'absorption de X
 * par Y", the agent written before the object). Sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

describe('acquisition nouns with their agent', () => {
  it('"la prise de contrôle conjoint d\'un ensemble d\'actifs du groupe A par les sociétés B et C": B and C invest in A', () => {
    const x = extract("Décision relative à la prise de contrôle conjoint d'un ensemble d'actifs du groupe Mardel par les sociétés Trovin et Belsac.", 'fr');
    expect(relations(x, 'INVESTS_IN').sort()).toEqual(['Belsac -INVESTS_IN-> Mardel', 'Trovin -INVESTS_IN-> Mardel']);
  });
  it('agent first: "la prise de contrôle exclusif par B de 88 fonds de commerce détenus par A"', () => {
    const x = extract('Décision relative à la prise de contrôle exclusif par Trovin Matériaux de 88 fonds de commerce détenus par Mardel France.', 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Trovin Matériaux -INVESTS_IN-> Mardel France']);
  });
  it('agent first in English: "the takeover by the B Group of the A company"', () => {
    const x = extract('The Commission cleared the takeover by the Korvix Group of the Valdren company.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Korvix Group -INVESTS_IN-> Valdren']);
  });
  it('"l\'absorption d\'A par B": B invests in A', () => {
    const x = extract("J'ai constamment déploré l'absorption d'Alvéa Énergie par Trovin Electric.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Trovin Electric -INVESTS_IN-> Alvéa Énergie']);
  });
  it('an agent with no acquisition noun before it is no buyer ("le rapport publié par B de la société A")', () => {
    const x = extract('Le rapport publié par Trovin Conseil de la société Mardel Industries est attendu.', 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
});
