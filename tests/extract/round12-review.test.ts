/**
 * Review of round 12: each probe (made-up names) shows a reading the round's new rules got wrong before the mend.
 */
import { describe, expect, it } from 'vitest';
import { isBylineLine } from '../../src/extract/text/noise.ts';
import { extract, relations } from './helpers.ts';

const rel = (text: string, type: string, lang: 'fr' | 'en' = 'en') => relations(extract(text, lang, ''), type);

describe('INVESTS_IN readers of round 12', () => {
  it('a list answers the question right before it, not an earlier one', () => {
    const text = 'To ask the Secretary of State which companies have announced plans to invest in Wales since 1 May. Korvex, Velmor plc and Orbex. '
      + 'To ask the Secretary of State which companies have closed factories in Scotland since 1 May. Pellix and Ardel Tooling.';
    const r = rel(text, 'INVESTS_IN');
    expect(r).not.toContain('Pellix -INVESTS_IN-> Wales');
    expect(r).not.toContain('Ardel Tooling -INVESTS_IN-> Wales');
  });
  it('the agent of a participle after a fronted decision is not its subject', () => {
    expect(rel('The decision to relocate to Poland, criticised by Velmor, was taken by the board of Korvex.', 'INVESTS_IN')).not.toContain('Velmor -INVESTS_IN-> Poland');
  });
  it('investments refused or absent are none', () => {
    expect(rel('Germany has blocked investments by companies such as Korvex and Velmor.', 'INVESTS_IN')).toEqual([]);
    expect(rel('Since 2010 Wales has attracted no new investment from Korvex and Velmor.', 'INVESTS_IN')).toEqual([]);
  });
  it('jobs announced as lost bring no investment', () => {
    expect(rel('Korvex announced 628 jobs would be lost in Sunderland.', 'INVESTS_IN')).toEqual([]);
  });
});

describe('other relations of round 12', () => {
  it('a Hansard header office "for Europe" is no role at Europe', () => {
    const r = rel('The Minister of State for Europe (Mr. John Smith)\n\nThe Government welcome the agreement.', 'ROLE_AT');
    expect(r.filter((x) => x.endsWith('-> Europe'))).toEqual([]);
  });
  it('regulators that coordinate their merger investigations are no partners; a contract announced is a sale', () => {
    expect(rel('The Korvex Authority and the Velmor Commission coordinated their merger investigations.', 'PARTNERS_WITH')).toEqual([]);
    expect(rel('Korvex announced a $3 billion contract with Velmor Aerospace.', 'PARTNERS_WITH')).toEqual([]);
  });
  it('owning shares of a firm is no role at it', () => {
    expect(rel('Jane Pellix owned Korvex shares for decades.', 'ROLE_AT')).toEqual([]);
  });
  it('a French restaurant group is not thereby located in France (a nationality adjective)', () => {
    expect(rel('The French restaurant group Korvex bought Pellix, a caterer.', 'LOCATED_IN')).not.toContain('Korvex -LOCATED_IN-> France');
  });
});

describe('bylines', () => {
  it('a surname that is an office word keeps the byline', () => {
    expect(isBylineLine('Par Julien Maire')).toBe(true);
    expect(isBylineLine('By Jane Mayor')).toBe(true);
    expect(isBylineLine('Commerce Secretary Jane Roe')).toBe(false);
  });
});
