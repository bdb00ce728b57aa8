import { describe, expect, it } from 'vitest';
import { extract, relation, relations } from './helpers.ts';

describe('INVESTS_IN', () => {
  it('investor → country with amount, currency, amountUsd, until and jobs (FR)', () => {
    const x = extract("Le groupe Stellantis a annoncé un investissement de 1,5 milliard d'euros en Italie d'ici 2030, créant plus de deux mille emplois.");
    const r = relation(x, 'Stellantis', 'INVESTS_IN', 'Italie')!;
    expect(r.properties).toMatchObject({ amount: 1.5e9, currency: 'EUR', until: 2030, jobs: 2000 });
    expect(r.properties.amountUsd).toBeGreaterThan(1.5e9);
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.evidence).toContain('1,5 milliard');
  });

  it('investor → company, in English, with since', () => {
    const x = extract('Since 2021, Google has invested $2 billion in the startup Anthropic, a rival of OpenAI.', 'en');
    expect(relation(x, 'Google', 'INVESTS_IN', 'Anthropic')?.properties).toMatchObject({ amount: 2e9, currency: 'USD', since: 2021 });
    expect(relations(x, 'INVESTS_IN')).toHaveLength(1);
  });

  it('one investment when the same sum is restated in another currency', () => {
    const x = extract('Le groupe Sony investira 2 000 milliards de yens, soit 13 milliards de dollars, au Japon.');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Sony -INVESTS_IN-> Japon']);
    expect(x.relations[0]!.properties).toMatchObject({ amount: 2e12, currency: 'JPY' });
  });

  it('reads anaphora and coordinated investors, with lower confidence', () => {
    const x = extract("Oracle s'implante en Espagne. Le géant américain a injecté 1 milliard de dollars dans le pays. Dell et HP investissent en Irlande.");
    // (the first sentence states the settlement itself since round 6: the anaphora's relation is the second sentence's)
    const r = x.relations.find((c) => c.type === 'INVESTS_IN' && c.sentence === 1)!;
    expect(relation(x, 'Oracle', 'INVESTS_IN', 'Espagne')).toBeDefined();
    expect(r.confidence).toBeLessThanOrEqual(0.6);
    expect(relations(x, 'INVESTS_IN')).toEqual(expect.arrayContaining(['Dell -INVESTS_IN-> Irlande', 'HP -INVESTS_IN-> Irlande']));
    expect(relation(x, 'Dell', 'INVESTS_IN', 'Irlande')!.confidence).toBeLessThan(relation(x, 'HP', 'INVESTS_IN', 'Irlande')!.confidence);
  });

  it('reads a subject pronoun as the company the article is about, at low confidence (EN, FR)', () => {
    const x = extract('Iberdrola recrute. It will invest $2 billion in Spain by 2027. Il investira 3 milliards d’euros en France.');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Iberdrola -INVESTS_IN-> Spain', 'Iberdrola -INVESTS_IN-> France']);
    expect(x.relations.every((r) => r.confidence <= 0.5)).toBe(true);
  });

  it('reads fund-raisings the other way round', () => {
    const x = extract('La start-up Pasqal lève 100 millions d’euros auprès de Temasek et de Bpifrance.');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Temasek -INVESTS_IN-> Pasqal', 'Bpifrance -INVESTS_IN-> Pasqal']);
  });

  it('reads acquisitions, commitments "to" a company, stakes without a currency, year ranges and multi-word regions', () => {
    expect(relations(extract('Le groupe Safran rachète la société Collins pour 1,8 milliard de dollars.'), 'INVESTS_IN')).toEqual(['Safran -INVESTS_IN-> Collins']);
    expect(relations(extract('BlackRock committed €500m to Mistral AI.', 'en'), 'INVESTS_IN')).toEqual(['BlackRock -INVESTS_IN-> Mistral AI']);
    expect(relations(extract('Le fonds Mubadala a pris une participation de 2 milliards dans la start-up Helsing.'), 'INVESTS_IN')).toEqual(['Mubadala -INVESTS_IN-> Helsing']);
    const x = extract("Stellantis investira 5,6 milliards d'euros en Amérique latine entre 2025 et 2030.");
    expect(relation(x, 'Stellantis', 'INVESTS_IN', 'Amérique latine')?.properties).toMatchObject({ since: 2025, until: 2030 });
    expect(relations(extract('Alstom a signé un contrat de 2 milliards d’euros avec la SNCF.'), 'INVESTS_IN')).toEqual([]);
  });

  it('does not take revenue for an investment', () => {
    const x = extract("Le groupe Capgemini a réalisé un chiffre d'affaires de 22 milliards d'euros en France.");
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
});

describe('ROLE_AT', () => {
  it.each([
    ['Brad Smith, président de Microsoft, a parlé.', 'fr', 'Brad Smith', 'Microsoft', 'président'],
    ['Le PDG de SoftBank, Masayoshi Son, a parlé.', 'fr', 'Masayoshi Son', 'SoftBank', 'pdg'],
    ["Microsoft's president Brad Smith spoke.", 'en', 'Brad Smith', 'Microsoft', 'president'],
    ['Nvidia CEO Jensen Huang spoke.', 'en', 'Jensen Huang', 'Nvidia', 'ceo'],
    ['Jane Fraser, chief executive of Citigroup, spoke.', 'en', 'Jane Fraser', 'Citigroup', 'chief executive'],
    ['Jensen Huang, PDG et cofondateur de Nvidia, a parlé.', 'fr', 'Jensen Huang', 'Nvidia', 'pdg'],
    ['Le groupe Vestas recrute, a expliqué son PDG, Henrik Andersen.', 'fr', 'Henrik Andersen', 'Vestas', 'pdg'],
    ['The firm Arm said its chief executive Rene Haas would speak.', 'en', 'Rene Haas', 'Arm', 'chief executive'],
  ])('%s', (text, lang, person, org, role) => {
    const x = extract(text, lang);
    expect(relation(x, person, 'ROLE_AT', org)?.properties.role).toBe(role);
  });

  it('a head of state is in the role of the country its demonym names', () => {
    expect(relations(extract('Le président brésilien Lula da Silva a reçu les patrons.'), 'ROLE_AT')).toEqual(['Lula da Silva -ROLE_AT-> Brazil']);
    expect(relations(extract('German Chancellor Olaf Scholz visited the plant.', 'en'), 'ROLE_AT')).toEqual(['Olaf Scholz -ROLE_AT-> Germany']);
  });
});

describe('SUBSIDIARY_OF', () => {
  it.each([
    ['Waymo est une filiale d’Alphabet depuis 2016.', 'fr', 'Waymo', 'Alphabet'],
    ['Instagram, filiale de Meta, grandit.', 'fr', 'Instagram', 'Meta'],
    ['Waymo, a unit of Alphabet, expands.', 'en', 'Waymo', 'Alphabet'],
    ["Alphabet's self-driving unit Waymo expands.", 'en', 'Waymo', 'Alphabet'],
  ])('%s', (text, lang, child, parent) => {
    expect(relations(extract(text, lang), 'SUBSIDIARY_OF')).toEqual([`${child} -SUBSIDIARY_OF-> ${parent}`]);
  });

  it('a company named after another plus a country is its subsidiary', () => {
    const x = extract('Le groupe Carrefour recrute. Carrefour Espagne aussi.');
    expect(relations(x, 'SUBSIDIARY_OF')).toEqual(['Carrefour Espagne -SUBSIDIARY_OF-> Carrefour']);
  });
});

describe('COMPETES_WITH and PARTNERS_WITH', () => {
  it('competition, with targets in lists (FR, EN)', () => {
    expect(relations(extract("Renault, concurrent de Stellantis, investit."), 'COMPETES_WITH')).toEqual(['Renault -COMPETES_WITH-> Stellantis']);
    expect(relations(extract('Nvidia rivals AMD and Intel in chips.', 'en'), 'COMPETES_WITH')).toEqual(['Nvidia -COMPETES_WITH-> AMD', 'Nvidia -COMPETES_WITH-> Intel']);
    expect(relations(extract('Le groupe Orange se renforce face à Free et Bouygues.'), 'COMPETES_WITH')).toEqual(['Orange -COMPETES_WITH-> Free', 'Orange -COMPETES_WITH-> Bouygues']);
  });

  it('"le concurrent français" competes with the company the article is about', () => {
    const x = extract('Le groupe Alstom gagne un contrat. Alstom livre des trains. Des annonces comparables à celles de Talgo, le concurrent espagnol.');
    expect(relations(x, 'COMPETES_WITH')).toEqual(['Talgo -COMPETES_WITH-> Alstom']);
    expect(relations(x, 'LOCATED_IN')).toEqual([]);
  });

  it('partnerships (FR, EN)', () => {
    expect(relations(extract('La start-up Pasqal s’associe avec le groupe Thales.'), 'PARTNERS_WITH')).toEqual(['Pasqal -PARTNERS_WITH-> Thales']);
    expect(relations(extract('Deutsche Telekom is teaming up with Nvidia in Munich.', 'en'), 'PARTNERS_WITH')).toEqual(['Deutsche Telekom -PARTNERS_WITH-> Nvidia']);
    expect(relations(extract('Le groupe Sanofi, en partenariat avec la société Owkin, lance un essai.'), 'PARTNERS_WITH')).toEqual(['Sanofi -PARTNERS_WITH-> Owkin']);
    expect(relations(extract('Siemens announced a partnership with Microsoft.', 'en'), 'PARTNERS_WITH')).toEqual(['Siemens -PARTNERS_WITH-> Microsoft']);
  });
});

describe('ANNOUNCED_AT, DEVELOPS, LOCATED_IN', () => {
  it('companies announcing at a summit or within an initiative', () => {
    const x = extract("Lors du sommet Choose Europe, le groupe Danone et l'allemand Bosch ont annoncé des investissements.");
    expect(relations(x, 'ANNOUNCED_AT')).toEqual(['Danone -ANNOUNCED_AT-> Choose Europe', 'Bosch -ANNOUNCED_AT-> Choose Europe']);
    const y = extract('IBM announced the deal at the Web Summit in Lisbon.', 'en');
    expect(relations(y, 'ANNOUNCED_AT')).toEqual(['IBM -ANNOUNCED_AT-> Web Summit']);
  });

  it('products developed by a company', () => {
    const x = extract('Le groupe Renault développe ses propres véhicules, comme Renault 5 et Alpine A290.');
    expect(relations(x, 'DEVELOPS')).toEqual(['Renault -DEVELOPS-> Renault 5', 'Renault -DEVELOPS-> Alpine A290']);
    const y = extract('Airbus unveiled its new A321XLR aircraft.', 'en');
    expect(relations(y, 'DEVELOPS')).toEqual(['Airbus -DEVELOPS-> A321XLR']);
  });

  it('a nationality adjective does not locate a company; the country\'s own name before it does (FR, EN)', () => {
    expect(relations(extract('The German firm Omix is hiring.', 'en'), 'LOCATED_IN')).toEqual([]);
    expect(relations(extract('Le groupe suédois Northvolt et le petit français Verkor recrutent.'), 'LOCATED_IN')).toEqual([]);
    expect(relations(extract('The bid was matched by US rival Omix.', 'en'), 'LOCATED_IN')).toEqual(['Omix -LOCATED_IN-> US']);
    expect(relations(extract('The UK engineering group Halvex will open a plant.', 'en'), 'LOCATED_IN')).toEqual(['Halvex -LOCATED_IN-> UK']);
  });

  it('cities in their country, companies based somewhere', () => {
    expect(relations(extract('Le groupe investit à Lyon et à Grenoble, en France.'), 'LOCATED_IN')).toEqual(expect.arrayContaining(['Lyon -LOCATED_IN-> France', 'Grenoble -LOCATED_IN-> France']));
    expect(relations(extract('Mistral AI, based in Paris, grows.', 'en'), 'LOCATED_IN')).toEqual(['Mistral AI -LOCATED_IN-> Paris']);
  });
});
