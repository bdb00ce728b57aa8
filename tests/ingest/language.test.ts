import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageTag } from '../../src/ingest/language.ts';

describe('detectLanguage', () => {
  it('tells French from English', () => {
    expect(detectLanguage("Amazon a annoncé lundi qu'il investirait plus de 1,2 milliard d'euros en France et créerait des emplois dans le pays.")).toBe('fr');
    expect(detectLanguage('Amazon said on Tuesday that it plans to invest $5 billion in South Korea by 2031, the company said.')).toBe('en');
  });

  it('recognises German, Spanish and Italian', () => {
    expect(detectLanguage('Die Firma hat angekündigt, dass sie in Deutschland eine neue Fabrik bauen wird und nicht nur in Berlin.')).toBe('de');
    expect(detectLanguage('La empresa anunció que invertirá en España para construir una nueva fábrica, según el gobierno.')).toBe('es');
    expect(detectLanguage("L'azienda ha annunciato che investirà in Italia per costruire una nuova fabbrica della regione, anche con il governo.")).toBe('it');
  });

  it("answers 'und' when it cannot tell", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Amazon Microsoft 2025')).toBe('und');
    expect(detectLanguage('12 345 678')).toBe('und');
  });
});

describe('normalizeLanguageTag', () => {
  it('keeps the primary subtag, lower-cased', () => {
    expect(normalizeLanguageTag('fr-FR')).toBe('fr');
    expect(normalizeLanguageTag('EN_us')).toBe('en');
    expect(normalizeLanguageTag('Français')).toBe('fr');
    expect(normalizeLanguageTag('  ')).toBeUndefined();
    expect(normalizeLanguageTag('not a tag!')).toBeUndefined();
  });
});
