/** Names whose first word is a given name but whose last is an industry a company is named after; invented names. */
import { describe, expect, it } from 'vitest';
import { extract, names, relations } from './helpers.ts';

describe('industry words after a given name', () => {
  it('types "<given name> Logistics / Bio / Foods" as a company, not a person', () => {
    const x = extract('Halvard Logistics is headquartered in Rotterdam and Maren Bio is building a plant in Ghent.', 'en');
    expect(names(x)).toContain('Halvard Logistics/Company');
    expect(names(x)).toContain('Maren Bio/Company');
    expect(relations(x)).toContain('Halvard Logistics -LOCATED_IN-> Rotterdam');
  });
});
