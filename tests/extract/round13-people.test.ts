/**
 * Round 13, people and titles in mention detection (classes of the misses of sets 18–19): sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

describe('a title\'s body or place glued before its holder splits', () => {
  it('"Director of the Orvane Economic Council Lael Brandt": the council and the person', () => {
    const all = names(extract('Today, Director of the Orvane Economic Council Lael Brandt met the delegation in Boston.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Orvane Economic Council/Organization', 'Lael Brandt/Person']));
    expect(all.some((n) => n.startsWith('Orvane Economic Council Lael'))).toBe(false);
  });
  it('"Ambassador to Switzerland and Liechtenstein Suzi Varn": the second country and the person', () => {
    const all = names(extract('Today, the Ambassador to Switzerland and Liechtenstein Suzi Varn met the delegation.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Liechtenstein/Country', 'Suzi Varn/Person']));
  });
  it('"Coordinator for the Indo-Pacific Kurt Pellam": a portfolio region of no body is the title\'s, the person stays', () => {
    const all = names(extract('Today, the Coordinator for the Indo-Pacific Kurt Pellam co-hosted the event.', 'en'));
    expect(all).toContain('Kurt Pellam/Person');
  });
  it('"Chair of the Orvane Bank (OB) Reta Jo Varn": the holder after the acronym is a person, not part of the bank', () => {
    const all = names(extract('Today, the Chair of the Orvane Bank (OB) Reta Jo Varn co-hosted the event.', 'en'));
    expect(all).toContain('Reta Jo Varn/Person');
    expect(all.some((n) => n.includes('(OB) Reta'))).toBe(false);
  });
  it('"Secretary of Commerce Jane Roe": a portfolio of common words is still no name', () => {
    expect(names(extract('Secretary of Commerce Jane Roe visited the plant.', 'en'))).toEqual(['Jane Roe/Person']);
  });
});

describe('a title before a name is that name\'s, not the apposition of the name before', () => {
  it('"at the OC, Secretary Roe toured": the body before the comma is no person', () => {
    const all = names(extract('Secretary Roe visited the Orvane Centre. While at the OC, Secretary Roe toured the facilities.', 'en'));
    expect(all).not.toContain('OC/Person');
  });
  it('"the Orvane Summit, Secretary of Commerce Gina Varn, …": the summit is no person', () => {
    const all = names(extract('As part of the Orvane CEO Summit, U.S. Secretary of Commerce Gina Varn spoke.', 'en'));
    expect(all).not.toContain('Summit/Person');
    expect(all).toContain('Gina Varn/Person');
  });
  it('"Pellix, CEO of Orvane, said": a title with no name after it still makes a person', () => {
    expect(names(extract('Jane Pellix, CEO of Orvane, said the plant would open.', 'en'))).toContain('Jane Pellix/Person');
  });
});

describe('words glued to names', () => {
  it('"in Luxembourg Monday": wire copy\'s weekday after a place is no part of it', () => {
    const all = names(extract('The chairman spoke at a news conference in Luxembourg Monday.', 'en'));
    expect(all).toContain('Luxembourg/Country');
    expect(all.some((n) => n.includes('Monday'))).toBe(false);
  });
  it('"Secretary Jane Roe Visits Orvane Technology": a headline verb between two names ends the first', () => {
    const all = names(extract('Secretary Penny Varn Visits Orvane Technology\nToday, Secretary Penny Varn visited the Orvane plant in Hartford.', 'en'));
    expect(all).toContain('Penny Varn/Person');
    expect(all.some((n) => n.includes('Visits'))).toBe(false);
  });
  it('"Prince George County", "Prince Albert Island": a title word opening a county\'s name is the county\'s', () => {
    const all = names(extract('The centre is in Prince Edmund County, Virginia, and opened on Friday.', 'en'));
    expect(all).toContain('Prince Edmund County/Region');
    expect(all.some((n) => n.endsWith('/Person'))).toBe(false);
  });
  it('"Cher Docteur Varnier": a doctor\'s or professor\'s title makes a person and is no part of the name', () => {
    const all = names(extract('Monsieur le Président, Cher Docteur Varnier et cher ami, bonjour. La société Orvane est là.', 'fr'));
    expect(all).toContain('Varnier/Person');
    expect(names(extract('Professor Varnier and his team visited the plant.', 'en'))).toContain('Varnier/Person');
  });
});
