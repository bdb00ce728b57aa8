/** Firms named like a foreign city: a site abroad after the name, a firm's noun as its predicate, a legal form after it. */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

describe('a foreign city that names a firm', () => {
  it('reads the name before a site in another country as the firm', () => {
    expect(names(extract('The minister met suppliers at Ulsan on Deeside last week.', 'en'))).toContain('Ulsan/Company');
    expect(names(extract('Le ministre a visité Hamamatsu, à Valenciennes, la semaine dernière.', 'fr'))).toContain('Hamamatsu/Company');
  });

  it('reads the subject of a firm noun predicate as the firm, and its other mentions too', () => {
    const x = extract('Suwon became the largest chipmaker in two thousand ten. Suwon says demand is rising.', 'en');
    expect(names(x)).toContain('Suwon/Company');
    expect(names(x)).not.toContain('Suwon/Region');
  });

  it('keeps the city a place where the article places it, names its country or makes it a place predicate', () => {
    expect(names(extract('Sendai is the home of the largest automaker in the region.', 'en'))).toContain('Sendai/Region');
    expect(names(extract('Ulsan, in South Korea, hosts shipyards.', 'en'))).toContain('Ulsan/Region');
    expect(names(extract('The delegation flew from Kobe to Deeside.', 'en'))).toContain('Kobe/Region');
  });

  it('reads a city and a legal form in a salutation as the firm the body names by the city alone', () => {
    const x = extract('Monsieur le Président de Hamamatsu Motor Corporation,\n\nJe salue le Japon. Hamamatsu et ses partenaires ont bâti un succès.', 'fr');
    expect(names(x)).toContain('Hamamatsu Motor Corporation/Company');
    expect(names(x)).not.toContain('Hamamatsu/Region');
  });

  it('leaves a common word before a legal form in a headline alone', () => {
    expect(names(extract('Big in Texas: Energy Company Agrees to a Record Buyout\n\nA utility in Texas agreed to be bought.', 'en'))).not.toContain('Energy Company/Company');
  });
});
