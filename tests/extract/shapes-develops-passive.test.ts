/** A product made "by" its maker with a product noun and an auxiliary between; invented names. */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

describe('passive of developing with an auxiliary', () => {
  it('reads "the X vaccine was developed by A" and "le vaccin X a été mis au point par A"', () => {
    expect(relations(extract('The Doravir vaccine was developed by Pellix Bio.', 'en'), 'DEVELOPS')).toEqual(['Pellix Bio -DEVELOPS-> Doravir']);
    expect(relations(extract('Le vaccin Doravir a été mis au point par Pellix.', 'fr'), 'DEVELOPS')).toEqual(['Pellix -DEVELOPS-> Doravir']);
  });
});
