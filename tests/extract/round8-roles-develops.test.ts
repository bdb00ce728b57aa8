/**
 * DEVELOPS from a model a company makes (develops-models.ts): a name before a vehicle noun, in apposition
 * after one, in French order after "modèle", or after a model year. Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names, relations } from './helpers.ts';

const develops = (text: string, lang = 'en') => relations(extract(text, lang), 'DEVELOPS');

describe('models a company makes', () => {
  it('"X is expected to produce its next-generation Vela hybrid model": Vela becomes a product', () => {
    const x = extract('Tarvel Motors is expected to produce its next-generation Vela hybrid model in Indiana.', 'en');
    expect(relations(x, 'DEVELOPS')).toEqual(['Tarvel Motors -DEVELOPS-> Vela']);
    expect(names(x)).toContain('Vela/Product');
  });
  it('"to produce its all-electric vehicle, the ZEPH, at its plant": the model in apposition', () => {
    expect(develops('Tarvel plans to use the loan to produce its all-electric vehicle, the ZEPH, at its existing plant.')).toEqual(['Tarvel -DEVELOPS-> ZEPH']);
  });
  it('"the X plant, which builds the 2012 Orvik": a model year before the name', () => {
    expect(develops('The minister visited the Tarvel manufacturing plant, which builds the 2012 Orvik.')).toEqual(['Tarvel -DEVELOPS-> Orvik']);
  });
  it('"X produira son nouveau modèle Vela" (fr)', () => {
    expect(develops('Tarvel Automobiles produira son nouveau modèle Vela dès 2027.', 'fr')).toEqual(['Tarvel Automobiles -DEVELOPS-> Vela']);
  });
  it('no making verb, or a clause between the verb and the model: no product', () => {
    expect(develops('Tarvel Motors sold its Vela hybrid model to a rival.')).toEqual([]);
    expect(develops('Tarvel Motors will build a plant and Quenrod sells the 2012 Orvik.')).toEqual([]);
  });
});
