/** Coordinated parties acting together, and the owners of a joint venture formed "with" a list; invented names. */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const partners = (text: string, lang: string) => relations(extract(text, lang), 'PARTNERS_WITH').sort();

describe('coordinated subjects of a reciprocal verb', () => {
  it('pairs every subject of "team up", "join forces", "agreed to cooperate"', () => {
    expect(partners('Gardane Systems, Orvane Labs and Pellix Robotics joined forces to build a plant.', 'en')).toEqual([
      'Gardane Systems -PARTNERS_WITH-> Orvane Labs', 'Gardane Systems -PARTNERS_WITH-> Pellix Robotics', 'Orvane Labs -PARTNERS_WITH-> Pellix Robotics']);
    expect(partners('Gardane Systems and Pellix Robotics have agreed to cooperate on drones.', 'en')).toEqual(['Gardane Systems -PARTNERS_WITH-> Pellix Robotics']);
    expect(partners('Gardane Systems said it would cooperate with regulators.', 'en')).toEqual([]);
  });

  it('pairs every subject of "s\'associent", "s\'allient", "vont développer ensemble"', () => {
    expect(partners("Gardane, Orvane et Pellix s'associent pour construire un entrepôt.", 'fr')).toHaveLength(3);
    expect(partners("Gardane et Pellix s'allient dans le spatial.", 'fr')).toEqual(['Gardane -PARTNERS_WITH-> Pellix']);
    expect(partners('Gardane et Pellix vont développer ensemble un satellite.', 'fr')).toEqual(['Gardane -PARTNERS_WITH-> Pellix']);
  });

  it('pairs the parties a joint venture is formed with', () => {
    expect(partners('Orvane Labs has formed a joint venture with Gardane Systems and Pellix Robotics.', 'en'))
      .toContain('Gardane Systems -PARTNERS_WITH-> Pellix Robotics');
  });
});

describe('guards: a joint venture formed with one party', () => {
  // passed before the pairwise joint-venture rule above too: keeps a news source after the partner out of the owners
  it('does not read the news source after it as a second owner ("…with B, Gazette reported")', () => {
    const r = partners('Separately, Pellix, the battery arm of Orvane, said it had formed a joint venture with Gardane, Lexmore reported.', 'en');
    expect(r.some((x) => x.includes('Lexmore'))).toBe(false);
  });
});
