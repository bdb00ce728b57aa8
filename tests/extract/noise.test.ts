import { describe, expect, it } from 'vitest';
import { names, extract } from './helpers.ts';

describe('boilerplate produces no entities', () => {
  it('drops photo credits, bylines, bios and comment forms (FR)', () => {
    const x = extract([
      'Le groupe Veolia investit 300 millions d’euros à Lyon. REUTERS/Jean Martin',
      '',
      'Claire Dubois',
      '',
      '"Passionnée de Netflix et de voyages."',
      '',
      'Laisser un commentaire',
      'Votre adresse e-mail ne sera pas publiée. Guillaume Roux',
    ].join('\n'));
    expect(names(x)).toEqual(['Veolia/Company', 'Lyon/Region']);
  });

  it('drops URLs, "read also" links and author boxes (EN)', () => {
    const x = extract([
      'Siemens will invest $1 billion in Texas, see https://www.example.com/Siemens-Texas for details.',
      'Related: Bosch cuts jobs',
      'About the author',
      'John Carter writes about Tesla.',
    ].join('\n'), 'en');
    expect(names(x)).toEqual(['Siemens/Company', 'Texas/Region']);
  });

  it('never reads "IA" or "AI" as a place or a name', () => {
    const x = extract("L'IA en France progresse. AI in Japan is booming, says the AI Office.", 'fr');
    expect(names(x).filter((n) => /^(IA|AI)\//.test(n))).toEqual([]);
    expect(names(x)).toContain('France/Country');
  });

  it('does not read stock indices or periods as names, but reads the listed companies', () => {
    const x = extract('Le CAC 40 a gagné 2 %, porté par le titre Kering, tandis que le S&P 500 recule. Au T3 2024, le groupe Orano a publié ses comptes.');
    expect(names(x)).toEqual(['Kering/Company', 'Orano/Company']);
  });

  it('reads a shouted headline for places only', () => {
    const x = extract('', 'fr', 'VOLVO INVESTIT 2 MILLIARDS EN SUÈDE POUR SES USINES');
    expect(names(x)).toEqual(['SUÈDE/Country']);
  });
});
