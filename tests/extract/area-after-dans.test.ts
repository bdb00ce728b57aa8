/** An area no place list knows, after "dans" and its lower-case article (src/extract/mentions/place-context.ts); invented names. */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

describe('a French area after "dans" and its article', () => {
  it('reads "dans le Vellardin." and "dans la Pellarde, et" as places, not firms', () => {
    expect(names(extract('Le groupe financera une usine de production de lait dans le Vellardin.', 'fr'))).toContain('Vellardin/Region');
    expect(names(extract('Ils construisent ici, dans la Pellarde, et ailleurs un nouveau site.', 'fr'))).toContain('Pellarde/Region');
  });

  it('not a name that goes on, nor one after a capitalised article', () => {
    expect(names(extract('Il a investi dans le Vellardin Group en mars.', 'fr'))).not.toContain('Vellardin/Region');
    expect(names(extract('Il l\'a dit dans Le Vellardin.', 'fr'))).not.toContain('Vellardin/Region');
  });
});
