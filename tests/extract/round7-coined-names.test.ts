/**
 * Round 7 (blind set 6 released for tuning): names made of words no dictionary knows. A capitalised coined word
 * ("Pellvora à Méru", "to restructure Quortex", "une usine Vantrix") is a brand or a company even with no cue
 * around it; words made by a prefix and a common word, French inverted questions, aliases in brackets, surnames
 * after a title and local authorities' areas are not. Made-up names throughout.
 */
import { describe, expect, it } from 'vitest';
import { extractPatch } from '../../src/resolve/index.ts';
import { extract, names } from './helpers.ts';

const en = (text: string) => names(extract(text, 'en'));
const fr = (text: string) => names(extract(text, 'fr'));

describe('coined words name companies', () => {
  it('a coined word in a list of sites, after a semicolon or a facility noun, or at a clause end is a company', () => {
    const all = fr('Nous pouvons citer : Zelvane et Quortex à Lyon ; Pellvora à Lyon ; une nouvelle usine Vantrix en Bretagne.');
    expect(all).toEqual(expect.arrayContaining(['Pellvora/Company', 'Vantrix/Company', 'Zelvane/Company']));
    expect(en('The regulator opened an investigation into a measure to restructure Quortex')).toContain('Quortex/Company');
    expect(en('The venture is led by Japan-based Brevantis and Zelvane.')).toContain('Brevantis/Company');
  });
  it('a coined name written in lower case elsewhere in a transcript is still a name', () => {
    const all = fr("Dans les cas d'zelvane et de quortex, rien n'a changé. La branche énergie d'Zelvane a été vendue.");
    expect(all).toContain('Zelvane/Company');
  });
  it('words made of a prefix and a common word, and French inverted questions, are no names', () => {
    expect(fr('Réindustrialisation : le plan de Quortex avance.')).not.toContain('Réindustrialisation/Company');
    expect(fr('Reconfigurer les sites est la priorité de Quortex.')).not.toContain('Reconfigurer/Company');
    expect(fr("Pourriez-vous nous indiquer votre niveau d'intervention ?")).toEqual([]);
  });
  it('a coined word after a title is a person; before "borough council" it is no company; an alias in brackets joins its name', () => {
    expect(en('See the remarks by Executive Vice-President Vandersloot on the decision.')).toContain('Vandersloot/Person');
    expect(en('I thank Pentrevyn borough council for its help.')).not.toContain('Pentrevyn/Company');
    const patch = extractPatch({ id: 'article:t', title: '', text: "Orvane sold the unit to the brokerage company Arthur J. Quellbright ('Quellbright'). The deal will strengthen Quellbright in reinsurance.", lang: 'en' });
    expect(patch.entities.map((e) => e.id).filter((id) => id.includes('quellbright'))).toEqual(['company:arthur-j-quellbright']);
  });
});
