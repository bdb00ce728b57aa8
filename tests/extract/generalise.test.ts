/** Rules added for articles outside the development set (see tests/extract/heldout/): one test per rule, names of our own. */
import { describe, expect, it } from 'vitest';
import { extract, names, relations } from './helpers.ts';

describe('media outlets cited without a cue noun are organizations', () => {
  it('"according to the X", "X reported", "told X" (en)', () => {
    const x = extract('Orvane will invest $2 billion in Kenya, according to the Morning Ledger. Daily Courier reported on Monday that Pellix Corp is next. "We are ready," Jane Roe told Weekly Dispatch.', 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['Morning Ledger/Organization', 'Daily Courier/Organization', 'Weekly Dispatch/Organization']));
  });
  it('"selon X", "d\'après X", "a déclaré aux X", "rapporte X", "cité par X" (fr)', () => {
    const x = extract("Orvane investira 2 milliards d'euros au Kenya, selon Le Courrier. D'après Trident Infos, la société Pellix suivra. Le PDG d'Orvane a déclaré aux Dépêches que tout était prêt. Le site ouvrira en 2026, rapporte Ondes Claires. Le maire, cité par Canal Nord, s'en réjouit.", 'fr');
    expect(names(x)).toEqual(expect.arrayContaining(['Le Courrier/Organization', 'Trident Infos/Organization', 'Dépêches/Organization', 'Ondes Claires/Organization', 'Canal Nord/Organization']));
  });
  it('a company that reports results stays a company', () => {
    const x = extract('Pellix Corp reported a loss of $2 million. Orvane said its sales rose, according to Pellix Corp.', 'en');
    expect(names(x)).toContain('Pellix Corp/Company');
  });
});

describe('places', () => {
  it('a capital written without its district ("Washington") is a place anywhere', () => {
    const x = extract('Washington has promised faster permits. Orvane opened an office in Washington.', 'en');
    expect(names(x).filter((n) => n.startsWith('Washington'))).toEqual(['Washington/Region', 'Washington/Region']);
  });
});
