/**
 * PARTNERS_WITH and SUBSIDIARY_OF classes of round 9 (ties-patterns.ts): collaborating on a subject with an
 * organization, "joined with", "a partnership of A and B", agreements between states or regions, "a subsidiary
 * called X". Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const ties = (text: string, type: string, lang = 'en') => relations(extract(text, lang), type);

describe('partners by clause', () => {
  it('"A has undertaken efforts to collaborate on research with the University of B"', () => {
    expect(ties('Tarvel Group has also undertaken efforts to collaborate on research with the University of Norwick.', 'PARTNERS_WITH'))
      .toEqual(['Tarvel Group -PARTNERS_WITH-> University of Norwick']);
  });
  it('a refusal or a mere "worked with" is no partnership', () => {
    expect(ties('Tarvel Group refused to collaborate with the University of Norwick.', 'PARTNERS_WITH')).toEqual([]);
    expect(ties('SelectUSA worked with Tarvel Group to help the company grow.', 'PARTNERS_WITH')).toEqual([]);
  });
  it('"A joined with B in 1998" and "a partnership of A and B"', () => {
    expect(ties('But Velmont joined with Quarsen-Benz in 1998.', 'PARTNERS_WITH')).toEqual(['Velmont -PARTNERS_WITH-> Quarsen-Benz']);
    expect(ties('So has a partnership of the Orvane Group and Pellix Partners.', 'PARTNERS_WITH')).toEqual(['Orvane Group -PARTNERS_WITH-> Pellix Partners']);
  });
  it('"joined" without "with" (an employee, a member) is no partnership', () => {
    expect(ties('Velmont joined Quarsen-Benz as a supplier in 1998.', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('agreements between states and regions', () => {
  it('"a memorandum … between the United States and the Hyogo Prefecture"', () => {
    expect(ties('SelectUSA signed a memorandum of intent to promote the business relationship between the United States and the Hyogo Prefecture in Japan.', 'PARTNERS_WITH'))
      .toEqual(['United States -PARTNERS_WITH-> Hyogo Prefecture']);
  });
  it('"un accord portant sur … entre la France et la Chine" (fr)', () => {
    expect(ties("La ministre et son homologue ont signé un accord portant sur la promotion des investissements croisés entre la France et la Chine.", 'PARTNERS_WITH', 'fr'))
      .toEqual(['France -PARTNERS_WITH-> Chine']);
  });
  it('trade between two countries with no agreement word is no partnership', () => {
    expect(ties('Trade between France and China grew by 8% last year, Velmont said.', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('a subsidiary called X', () => {
  it('"help the company establish a U.S. subsidiary called X" and "une filiale baptisée X" (fr)', () => {
    expect(ties('SelectUSA worked with Tarvel Group, a Thai company, to help the company establish a U.S. subsidiary called Pellix Shrimp USA.', 'SUBSIDIARY_OF'))
      .toEqual(['Pellix Shrimp USA -SUBSIDIARY_OF-> Tarvel Group']);
    expect(ties('Velmont a créé une filiale baptisée Orvane Services à Lyon.', 'SUBSIDIARY_OF', 'fr')).toEqual(['Orvane Services -SUBSIDIARY_OF-> Velmont']);
  });
  it('a product called X is no subsidiary', () => {
    expect(ties('Velmont launched a new model called the Orvane.', 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('signatories', () => {
  it('a party written in two languages with a dash is one signatory ("A and B – C (BC) signed a guarantee agreement")', () => {
    const r = ties('The European Investment Fund (EIF) and Cassa di Velmonte – Velmonter Sparkasse (CVS) signed a guarantee agreement on 19 October on a EUR 60 million portfolio of loans.', 'PARTNERS_WITH');
    expect(r.some((x) => x.startsWith('European Investment Fund -PARTNERS_WITH-> ') && /Velmont/.test(x))).toBe(true);
  });
});

describe('ANNOUNCED_AT: the medium of an interview announced nothing', () => {
  it('"Entretien de M. X avec CNews … sur le Sommet Choose France" (fr)', () => {
    expect(ties("Extraits d'un entretien de M. Paul Quarnet, ministre délégué, avec Velnews le 14 mai 2024, sur le Sommet Choose France et les investissements étrangers.", 'ANNOUNCED_AT', 'fr')).toEqual([]);
  });
  it('a company announcing at the summit still does', () => {
    expect(ties("Velmont a annoncé au Sommet Choose France un investissement de 20 millions d'euros à Lyon.", 'ANNOUNCED_AT', 'fr')).toEqual(['Velmont -ANNOUNCED_AT-> Sommet Choose France']);
  });
});
