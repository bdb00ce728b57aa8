/** Co-investors coordinated past a parenthesis or an incidental "together with"; invented names. */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const invests = (text: string, lang: string) => relations(extract(text, lang), 'INVESTS_IN').sort();

describe('coordinated investors', () => {
  it('reads "A (France) and B (Germany) will build … in X" as both', () => {
    expect(invests('Orvane (France) and Pellix Robotics (Germany) will build a battery plant in Metz.', 'en'))
      .toEqual(['Orvane -INVESTS_IN-> Metz', 'Pellix Robotics -INVESTS_IN-> Metz']);
    expect(invests('Orvane (France) et Pellix (Allemagne) construiront une usine de batteries à Metz.', 'fr'))
      .toEqual(['Orvane -INVESTS_IN-> Metz', 'Pellix -INVESTS_IN-> Metz']);
  });

  it('reads "A, together with B, will invest … in X" as both', () => {
    expect(invests('Orvane, together with Gardane Foods, will invest $60 million in a plant in Fresno.', 'en'))
      .toEqual(['Gardane Foods -INVESTS_IN-> Fresno', 'Orvane -INVESTS_IN-> Fresno']);
  });
});
