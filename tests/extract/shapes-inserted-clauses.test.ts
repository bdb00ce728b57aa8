/** A subject cut from its verb by an apposition or a relative clause (relations/parenthetical-clauses.ts); invented names. */
import { describe, expect, it } from 'vitest';
import { withoutInsertedClauses } from '../../src/extract/relations/parenthetical-clauses.ts';
import { extract, relations } from './helpers.ts';

describe('inserted clauses between a subject and its verb', () => {
  it('reads the main clause past an apposition', () => {
    const x = extract('Pellix Robotics, a unit of Gardane Holdings, will assemble drones in Tulsa.', 'en');
    expect(relations(x)).toContain('Pellix Robotics -INVESTS_IN-> Tulsa');
    expect(relations(x)).toContain('Pellix Robotics -SUBSIDIARY_OF-> Gardane Holdings');
    expect(relations(x)).not.toContain('Gardane Holdings -INVESTS_IN-> Tulsa');
  });

  it('reads the main clause past a relative clause', () => {
    const x = extract('Pellix Robotics, which is based in Denver, will expand in Tulsa.', 'en');
    expect(relations(x)).toContain('Pellix Robotics -INVESTS_IN-> Tulsa');
    expect(relations(x)).toContain('Pellix Robotics -LOCATED_IN-> Denver');
  });

  it('blanks the clause and keeps offsets; lists and complements have no inserted clause', () => {
    const sentence = (text: string) => ({ index: 0, text, start: 0, end: text.length, part: 'text' as const, paragraph: 0 });
    const company = (text: string, start: number, index: number) =>
      ({ index, text, type: 'Company' as const, sentence: 0, start, end: start + text.length, cue: 'cue' as const, confidence: 1 });
    const t = 'Orvane, qui détient Pellix, ouvrira une usine à Tulle.';
    const r = withoutInsertedClauses(sentence(t), [company('Orvane', 0, 0), company('Pellix', 20, 1)]);
    expect(r?.sentence.text).toBe(`Orvane${' '.repeat(22)}ouvrira une usine à Tulle.`);
    expect([...r!.inside]).toEqual([1]);
    // a list of names
    const list = 'Orvane, Pellix and Gardane will build a plant in Tulsa.';
    expect(withoutInsertedClauses(sentence(list), [company('Orvane', 0, 0), company('Pellix', 8, 1), company('Gardane', 19, 2)])).toBeUndefined();
    // a complement deep in the sentence ("l'usine de A, installée à X, celle de B")
    const deep = "Le groupe a repris l'usine de Pellix, installée à Limoges, celle de Gardane à Tulle.";
    expect(withoutInsertedClauses(sentence(deep), [company('Pellix', 30, 0)])).toBeUndefined();
  });
});
