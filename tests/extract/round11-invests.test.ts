/**
 * INVESTS_IN, round 11 (failure classes of the released sets 14 and 15): changes of owner stated by a participle far
 * from its company (lists of takeovers in parliamentary questions), sites of another company, jobs from a company,
 * subsidiaries and State aid. Sentences of our own with made-up company names.
 */
import { describe, expect, it } from 'vitest';
import { RulesExtractor } from '../../src/extract/rules-extractor.ts';
import { extract, relations } from './helpers.ts';

const invests = (text: string, lang: 'fr' | 'en' = 'fr') => relations(extract(text, lang, ''), 'INVESTS_IN');

describe('a participle of sale or purchase qualifying a company named before it', () => {
  it('bought by, past an apposition and a year', () => {
    expect(invests("Il y a Corvane, fleuron de l'optique, acheté en 2019 par le fonds d'investissement américain Belmont.")).toEqual(['Belmont -INVESTS_IN-> Corvane']);
  });
  it('sold to, with or without a comma, a unit of the company or the company and its products', () => {
    expect(invests('Il y a le pétrolier Corvane lâché en 2016 à Belmont Industries.')).toEqual(['Belmont Industries -INVESTS_IN-> Corvane']);
    expect(invests("Il y a la branche énergie d'Orvane, bradée en 2014 à Belmont Industries.")).toEqual(['Belmont Industries -INVESTS_IN-> Orvane']);
    expect(invests("Il y a Corvane et ses capteurs essentiels à l'industrie cédés en 2023 au groupe américain d'électronique et de défense Kestrane."))
      .toEqual(['Kestrane -INVESTS_IN-> Corvane']);
  });
  it('passed under the control of a fund', () => {
    expect(invests('Il y a Corvane, PME experte en optique pour la défense, passée sous le contrôle du fonds Belmont Partners en 2018.')).toEqual(['Belmont Partners -INVESTS_IN-> Corvane']);
  });
  it('a list with a summing noun, the buyer an anaphor', () => {
    const r = invests("La société Belmont a déjà un passif en France : Corvane, Orvane ou Pellix, autant d'entreprises reprises par cette société sans stratégie.");
    expect(r).toHaveLength(3);
    expect(r).toEqual(expect.arrayContaining(['Belmont -INVESTS_IN-> Corvane', 'Belmont -INVESTS_IN-> Orvane', 'Belmont -INVESTS_IN-> Pellix']));
  });
  it('an active sale (an auxiliary before the participle) or a company as indirect object is left alone', () => {
    expect(invests('Le groupe Corvane a vendu ses avions à la société Belmont.')).toEqual([]);
    expect(invests('Le contrat confié à Corvane, vendu à Belmont, est clos.')).toEqual([]);
  });
});

describe('sites, subsidiaries, regulators, joining the capital', () => {
  it("an investment in another company's former site at a place goes to the place", () => {
    expect(invests('On 3 May, the Pellix Group announced a £12 million investment in Corvane’s old site at Harlow to expand its laboratories.', 'en'))
      .toEqual(['Pellix Group -INVESTS_IN-> Harlow']);
  });
  it('a subsidiary named as such is no investor in its parent', () => {
    expect(invests('Commission approves €60 million Dutch support to compensate Varnex Rail for damages suffered by its subsidiary Varnex Freight due to the outbreak', 'en'))
      .toEqual([]);
  });
  it('a regulator approving a contribution to a recapitalisation invests in nothing', () => {
    expect(invests('The European Commission has approved German plans to contribute up to €1.5 billion to the recapitalisation of Corvane AG, as part of a wider package.', 'en')).toEqual([]);
  });
  it('"A a intégré le capital du nouveau groupe B"', () => {
    expect(invests("Le fonds Orvane Capital a intégré il y a peu le capital du nouveau groupe Corvane et dispose d'un siège à son conseil.")).toEqual(['Orvane Capital -INVESTS_IN-> Corvane']);
  });
});

describe('jobs from a company, the sum of a new investment stated with no actor', () => {
  it('"74 new jobs in X from A"', () => {
    expect(invests('Recent good news includes 80 new jobs in Belfast from Varnex Press; and about 70 new jobs in Derry.', 'en')).toEqual(['Varnex Press -INVESTS_IN-> Belfast']);
  });
  it('"un nouvel investissement d\'un montant de N" after the investment is stated', () => {
    const x = extract("Le président s'est rendu chez Varnex à Chartres pour annoncer un nouvel investissement majeur de l'entreprise pharmaceutique en France. Lors de son déplacement, le président a annoncé un nouvel investissement d'un montant de 1,5 milliard d'euros.", 'fr', '');
    const r = x.relations.find((r) => r.type === 'INVESTS_IN');
    expect(r?.properties.amount).toBe(1.5e9);
  });
});

describe('a plant sold or bought as such: the buyer invests in its town', () => {
  it('"cette usine a été vendue à la société A" after "l\'usine B, site situé à X"', () => {
    const text = "Ma question concerne l'usine Corvane, site industriel majeur situé à Blanquefort, en Gironde. Le site a connu son heure de gloire. Cette usine a été vendue il y a une semaine à la société Varnex, spécialisée dans le retournement.";
    expect(invests(text)).toEqual(['Varnex -INVESTS_IN-> Blanquefort']);
  });
  it('"the plant was acquired by A" after "the B plant in X"', () => {
    expect(invests('Workers at the Corvane plant in Swindon were told the news on Monday. The plant was acquired by Varnex Holdings in 2019.', 'en'))
      .toEqual(['Varnex Holdings -INVESTS_IN-> Swindon']);
  });
  it('no town for the plant: nothing', () => {
    expect(invests('The plant was acquired by Varnex Holdings in 2019.', 'en')).toEqual([]);
  });
});

describe('English participles of a change of owner', () => {
  it('"A, a maker of X, acquired in 2018 by the fund B"', () => {
    expect(invests('Corvane, a maker of infrared sensors, acquired in 2018 by the private equity fund Varnex Partners, employs 300 people.', 'en')).toEqual(['Varnex Partners -INVESTS_IN-> Corvane']);
  });
  it('"A, sold to B in 2016," and a list bought by one buyer', () => {
    expect(invests('Corvane, sold to Varnex Holdings in 2016, closed its plant.', 'en')).toEqual(['Varnex Holdings -INVESTS_IN-> Corvane']);
    const r = invests('Corvane, Pellix and Orvane, all bought by Varnex Holdings, were later closed.', 'en');
    expect(r).toEqual(expect.arrayContaining(['Varnex Holdings -INVESTS_IN-> Corvane', 'Varnex Holdings -INVESTS_IN-> Pellix', 'Varnex Holdings -INVESTS_IN-> Orvane']));
  });
  it('an active sale or a finite verb between is left alone', () => {
    expect(invests('Corvane sold its trucks to Varnex Holdings in 2016.', 'en')).toEqual([]);
    expect(invests('Corvane has closed the shops bought by Varnex Holdings in 2010.', 'en')).toEqual([]);
  });
});

describe('jobs at a facility named by reference', () => {
  it('"A will create 83 jobs at the new operation" after "an old factory … back into use in X"', () => {
    const text = 'Further funding of £300,000 is also helping bring an old factory, which closed in 2021, back into use in Treorchy, near Pontypridd. Varnex, an international maker of packaging, will create 60 jobs at the new operation.';
    expect(invests(text, 'en')).toEqual(['Varnex -INVESTS_IN-> Treorchy']);
  });
  it('no facility named before: nothing', () => {
    expect(invests('The weather was fine in Treorchy. Varnex, a maker of packaging, will create 60 jobs at the new operation.', 'en')).toEqual([]);
  });
});

describe('a name opening a sentence before a participle of a change of owner is a company', () => {
  it('"Corvane, racheté en 2018 par le groupe américain Varnex, ferme."', () => {
    expect(invests('Corvane, racheté en 2018 par le groupe américain Varnex, ferme.')).toEqual(['Varnex -INVESTS_IN-> Corvane']);
    expect(invests('Corvane, acquired by Varnex Holdings in 2018, makes sensors.', 'en')).toEqual(['Varnex Holdings -INVESTS_IN-> Corvane']);
  });
});

describe('companies bought, each with its year', () => {
  it('"A a racheté B en 2015, C en 2017 et D en 2019", "A, which bought B in 2015 and C in 2017"', () => {
    expect(invests('Varnex a racheté successivement Corvane en 2015, Pellix en 2017 et Orvane en 2019.'))
      .toEqual(['Varnex -INVESTS_IN-> Corvane', 'Varnex -INVESTS_IN-> Pellix', 'Varnex -INVESTS_IN-> Orvane']);
    expect(invests('Varnex Holdings, which bought Corvane in 2015 and Pellix in 2017, is now eyeing Orvane.', 'en'))
      .toEqual(['Varnex Holdings -INVESTS_IN-> Corvane', 'Varnex Holdings -INVESTS_IN-> Pellix']);
  });
});

describe('a site of a company at a town, bought or invested in: the town', () => {
  it('"dans l\'ancienne usine B de X", "a racheté l\'usine B de X", "acquired B\'s plant in X"', () => {
    expect(invests("Varnex investit 20 millions d'euros dans l'ancienne usine Corvane de Douai.")).toEqual(['Varnex -INVESTS_IN-> Douai']);
    expect(invests("Varnex a racheté l'usine Corvane de Douai.")).toEqual(['Varnex -INVESTS_IN-> Douai']);
    expect(invests("Varnex Holdings acquired Corvane's plant in Swindon.", 'en')).toEqual(['Varnex Holdings -INVESTS_IN-> Swindon']);
  });
  it('a plant of a company with no town after it stays an investment in the company (the rules\' reading)', () => {
    // the rules alone: the learned scorer retrained after the round-11 merge vetoes this bare one-clause sentence (p < 0.05)
    const read = new RulesExtractor({ learned: null }).extract({ id: 'article:round11-plant', title: '', text: "Varnex a repris l'usine de Corvane.", lang: 'fr' });
    expect(relations(read, 'INVESTS_IN')).toEqual(['Varnex -INVESTS_IN-> Corvane']);
  });
});
