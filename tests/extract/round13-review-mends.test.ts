/**
 * Readings the round-13 review found too wide: each sentence here was read wrongly before its mend. Sentences of our own
 * with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const names = (text: string, lang: 'fr' | 'en') => extract(text, lang, '').mentions.map((m) => `${m.text}/${m.type}`);

describe('review mends', () => {
  it('"la vie" is no rivalry: "les deux entreprises ont changé la vie de…" gives no COMPETES_WITH', () => {
    const x = extract('Corvane et Pellix sont deux groupes industriels. Les deux entreprises ont changé la vie de leurs salariés.', 'fr', '');
    expect(relations(x, 'COMPETES_WITH')).toEqual([]);
  });
  it('"the two companies vie for" still states a rivalry', () => {
    const x = extract('Corvane and Pellix make lorries. The two companies vie for the same customers.', 'en', '');
    expect(relations(x, 'COMPETES_WITH')).toHaveLength(1);
  });
  it('a heading in a list of sites by department is no firm', () => {
    const all = names('Les projets retenus :\n\n- Rénovation énergétique des bâtiments publics – Gap (05)\n- Orvanex – Gap (05)', 'fr');
    expect(all.filter((n) => n.startsWith('Rénovation'))).toEqual([]);
    expect(all).toContain('Orvanex/Company');
  });
  it('a capitalised "De" opening a French sentence opens no name', () => {
    expect(names('De Pellix, on ne sait rien. Le groupe Corvane investit à Lyon.', 'fr')).not.toContain('De Pellix/Company');
  });
  it('the subject\'s own verb of promoting keeps its investment ("X is boosting jobs and investment in Y with a plant")', () => {
    const x = extract('Corvane is boosting jobs, wages and investment in Ohio with a new $40 million plant.', 'en', '');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Corvane -INVESTS_IN-> Ohio']);
  });
  it('"son concurrent traditionnel" and "sa concurrente traditionnelle" both state a rivalry', () => {
    const x = extract('Le groupe Corvane, concurrent traditionnel du groupe Pellix, a annoncé ses résultats.', 'fr', '');
    const y = extract('La société Corvane, concurrente traditionnelle du groupe Pellix, a annoncé ses résultats.', 'fr', '');
    expect(relations(x, 'COMPETES_WITH')).toHaveLength(1);
    expect(relations(y, 'COMPETES_WITH')).toHaveLength(1);
  });
});
