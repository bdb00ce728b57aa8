/**
 * Round 10, entity precision on parliamentary records, letters and press releases (released sets 12 and 13, by class):
 * forms of address, Hansard furniture, stage directions, country governments, names joined by "and"/"et"/"&", sentence-opening
 * prepositions, and spans that general knowledge says are no entity. Sentences of our own, made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

const has = (all: string[], re: RegExp) => all.some((n) => re.test(n));

describe('forms of address and parliamentary furniture', () => {
  it('"Chère Jeanne PELLOU," and "Dear Tom Varnley" name the person, not the greeting; "dans le Cher" stays the department', () => {
    const fr = names(extract('Chère Jeanne PELLOU,\nCher Marc VORTAIN,\nL\'usine Orvex est située dans le Cher, près de Bourges.', 'fr'));
    expect(fr).toEqual(expect.arrayContaining(['Jeanne PELLOU/Person', 'Marc VORTAIN/Person', 'Cher/Region']));
    expect(has(fr, /^Ch[eè]re? (?:Jeanne|Marc)/)).toBe(false);
    expect(names(extract('Dear Tom Varnley, thank you for your letter.', 'en'))).toEqual(['Tom Varnley/Person']);
  });
  it('Hansard\'s "my hon. Friend" is no name; the friend named after it is a person; a constituency with "and" is one place', () => {
    const all = names(extract('I thank my hon. Friend Anna Pellworth for this debate. As my hon. Friend said, Pellix Steel matters. My right hon. Friend the Member for Orvington North and Pellham East (Ms Pellworth) agreed.', 'en'));
    expect(all).toEqual(expect.arrayContaining(['Anna Pellworth/Person', 'Pellix Steel/Company', 'Orvington North and Pellham East/Region']));
    expect(has(all, /Friend/)).toBe(false);
  });
  it('stage directions of a parliamentary record are blanked, the members named after a dash stay', () => {
    const all = names(extract("Le site doit vivre ! (Applaudissements sur les travées du groupe ORV et sur des travées du groupe PLX. – MM. Jean-Luc Varnier et Paul Dorsand applaudissent également.) Vantor Pneus a refusé l'offre.", 'fr'));
    expect(all).toEqual(expect.arrayContaining(['Jean-Luc Varnier/Person', 'Paul Dorsand/Person', 'Vantor Pneus/Company']));
    expect(has(all, /^(?:ORV|PLX)\//)).toBe(false);
  });
  it('a legislature in brackets at the end of a title labels the record; named in the body it stays', () => {
    const label = names(extract("Mme Claire Dorvan interroge le ministre sur l'usine Vantor de Pellac.", 'fr', 'Question écrite de Mme Claire Dorvan (Assemblée nationale)'));
    expect(has(label, /Assembl/)).toBe(false);
    const body = names(extract("L'Assemblée nationale a voté le texte sur l'usine Vantor.", 'fr', 'Question écrite de Mme Claire Dorvan (Assemblée nationale)'));
    expect(has(body, /Assembl/)).toBe(true);
  });
});

describe('governments, joined names and sentence openers', () => {
  it('"UK Government", "UK Gov" and "a UK Government-backed deal" are the country', () => {
    const x = extract('UK Gov backs the deal. A UK Government-backed deal will see Pellix Marine buy the yard. Without UK Government subsidies Vantor would have failed.', 'en');
    expect(x.mentions.filter((m) => m.type === 'Country').map((m) => m.canonical)).toEqual(['United Kingdom', 'United Kingdom', 'United Kingdom']);
    expect(has(names(x), /Gov/)).toBe(false);
  });
  it('"Orvell and Pashby" is the firm the article writes "Orvell & Pashby"; "GV et T" is one name (a letter is no name)', () => {
    const en = names(extract('Pellix Marine will buy Orvell and Pashby. The minister visited Orvell and Pashby\'s yard. Orvell & Pashby employs 350 people.', 'en'));
    expect(en).toEqual(expect.arrayContaining(['Orvell and Pashby/Company', 'Orvell & Pashby/Company']));
    expect(has(en, /^(?:Orvell|Pashby)\//)).toBe(false);
    const fr = names(extract("Les salariés de l'entreprise GV et T de Pellac, sous-traitant de Vantor, manifestent.", 'fr'));
    expect(fr).toEqual(expect.arrayContaining(['GV et T/Company']));
    expect(has(fr, /^T\b/)).toBe(false);
  });
  it('"&" joins words in capitals ("PELLMAN & VORTE") but not two-letter codes ("in IL, WI & WV")', () => {
    expect(names(extract('Selon un baromètre PELLMAN & VORTE, les projets augmentent.', 'fr'))).toEqual(['PELLMAN & VORTE/Company']);
  });
  it('a preposition or participle opening a sentence opens no name ("Following Varn Capital\'s collapse", "Between July 2020 and …")', () => {
    expect(names(extract("Following Varn Capital's collapse, the firm said so.", 'en'))).toEqual(['Varn Capital/Company']);
    expect(names(extract('Between July 2020 and January 2022, the Secretary of State for Business, Energy and Industrial Strategy issued four notices.', 'en'))).toEqual([]);
  });
  it('a capital letter before a capitalised word opens a model\'s name ("the Q Series")', () => {
    expect(names(extract('Vantor would have been unable to develop the Q Series aircraft.', 'en'))).toEqual(expect.arrayContaining(['Q Series/Product']));
  });
});

describe('spans that name no entity', () => {
  it('wars, awards, documents in common words, parts of laws and fiscal years', () => {
    const all = names(extract('It is the worst crisis since the Second World War and the Pellandia war. The Merger Package won the Orvex Antitrust Writing Award for Best Soft Law. A new Memorandum of Understanding between Vantor Bio and the Government was signed. The office runs the Title XVII Section 1703 programme. Since Fiscal Year 2008, Pellix Bank has earned $1 billion.', 'en'));
    expect(has(all, /War|Pellandia|Award|Memorandum|Title XVII|Fiscal Year/)).toBe(false);
    expect(all).toEqual(expect.arrayContaining(['Vantor Bio/Company']));
  });
  it('letters after a name ("Tom Varnley, CEcD, FM, is …") and "my Department" name nothing; "NEC Director Jo Pell" keeps the body', () => {
    const all = names(extract('Mr. Tom Varnley, CEcD, FM, is the Chair of the Orvex Council. I thank officials in my Department.', 'en'));
    expect(has(all, /CEcD|^FM|Department/)).toBe(false);
    expect(all).toEqual(expect.arrayContaining(['Tom Varnley/Person']));
    expect(has(names(extract('Secretary Dana Roe, ORX Director Jo Pell and others met.', 'en')), /^ORX/)).toBe(true);
  });
  it('a common abbreviation opening a name qualifies it ("the PV Pellrock Solar Ranch Project")', () => {
    const all = names(extract('It supports the 250-megawatt PV Pellrock Solar Ranch Project, sponsored by Vantor Corporation.', 'en'));
    expect(has(all, /^PV/)).toBe(false);
    expect(has(all, /^Pellrock Solar Ranch Project/)).toBe(true);
  });
});

describe('villages read by their neighbours', () => {
  it('a list of sites after "in" with a known place in it is a list of places', () => {
    const x = extract("It is unwelcome news for the workforce across the company's sites in Belfast, Pellmurry, Vantards and Newtownabbey.", 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['Pellmurry/Region', 'Vantards/Region']));
  });
  it('"X en Savoie", "à X, dans l\'Allier" are places; "Orvane en Savoie a annoncé" and "celle de ORV en Isère" are not', () => {
    const all = names(extract("Le plan concerne trois usines : les Pellaux en Isère, Vantrieux et Montorvel en Savoie. Les salariés sont allés à Dompellier, dans l'Allier.", 'fr'));
    expect(all).toEqual(expect.arrayContaining(['Pellaux/Region', 'Montorvel/Region', 'Dompellier/Region']));
    const firms = names(extract("Orvane en Savoie a annoncé des embauches. Le groupe a repris celle de ORV en Isère.", 'fr'));
    expect(has(firms, /^(?:Orvane|ORV)\/Region/)).toBe(false);
  });
  it('a list joined by "à" is no list of places ("Je pense à Vantor à Amiens")', () => {
    expect(names(extract('Je pense à Vantor à Amiens, qui a été repris par une PME de Picardie.', 'fr'))).toEqual(expect.arrayContaining(['Picardie/Region']));
    expect(has(names(extract('Je pense à Vantor à Amiens, qui a été repris par une PME de Picardie.', 'fr')), /^Vantor\/Region/)).toBe(false);
  });
});

describe('laws named with their year', () => {
  it('"the Pellmark Trade Act 2002" is one programme with its year', () => {
    expect(names(extract('The Department used its powers under the Pellmark Trade Act 2002 to intervene.', 'en'))).toContain('Pellmark Trade Act 2002/Program');
  });
});

describe('a body sentence of names with corporate forms is no Title Case headline', () => {
  it('"Orvane Corp will acquire Brantel Inc and Corvo Ltd." keeps its three companies; a Title Case headline still reads none of its words', () => {
    const body = names(extract('Orvane Corp will acquire Brantel Inc and Corvo Ltd. The deal closes in May.', 'en', 'Deal'));
    expect(body).toEqual(expect.arrayContaining(['Orvane Corp/Company', 'Brantel Inc/Company', 'Corvo Ltd/Company']));
    const headline = names(extract('The rest of the text says nothing.', 'en', 'Orvane Plans To Buy Pellix For Its Growth'));
    expect(headline.filter((n) => n.startsWith('Orvane Plans'))).toEqual([]);
  });
});
