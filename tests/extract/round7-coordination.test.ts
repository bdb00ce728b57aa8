/**
 * Round 7: several parties in one phrase (blind set 6): a project "led by" several companies makes them
 * partners; "X-based A and B" locates both. Sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

describe('coordinated parties', () => {
  it('"Project X, led by … A and B": A and B are partners; "U.S.-based A and B" are both in the United States', () => {
    const x = extract('Project Orvane, led by U.S.-based Korvix and Dalmera, announced a $5 billion investment in data infrastructure.', 'en');
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Korvix -PARTNERS_WITH-> Dalmera']);
    expect(relations(x, 'LOCATED_IN').map((r) => r.split(' -')[0]).sort()).toEqual(['Dalmera', 'Korvix']);
  });
  it('"un consortium mené par A et B": partners', () => {
    const x = extract('Un consortium mené par Trovin Industries et Belsac Énergie construira le parc.', 'fr');
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Trovin Industries -PARTNERS_WITH-> Belsac Énergie']);
  });
  it('"a funding round led by A and B" names co-investors, not partners', () => {
    const x = extract('Pellix raised $20 million in a funding round led by Korvix and Dalmera.', 'en');
    expect(relations(x, 'PARTNERS_WITH')).toEqual([]);
  });
  it('"Japan-based A and U.S.-based B": each its own prefix', () => {
    const x = extract('The deal, signed by Tokyo-based Vantora and Texas-based Korvix, closed today.', 'en');
    expect(relations(x, 'LOCATED_IN').filter((r) => r.startsWith('Vantora')).every((r) => r.endsWith('Tokyo'))).toBe(true);
  });
});
