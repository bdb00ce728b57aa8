import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.ts';

describe('names and types from cues (FR)', () => {
  it('types companies by cue nouns, demonyms and lists', () => {
    const x = extract("La start-up d'intelligence artificielle Hugging Face lève des fonds. Le groupe Vinci et d'autres sociétés, dont Eiffage, suivent, de Bouygues à Spie, sans oublier l'italien Webuild et le suédois Skanska.");
    expect(names(x)).toEqual(['Hugging Face/Company', 'Vinci/Company', 'Eiffage/Company', 'Bouygues/Company', 'Spie/Company', 'Webuild/Company', 'Skanska/Company']);
    expect(x.mentions.find((m) => m.text === 'Webuild')!.nationality).toBe('IT');
  });

  it('finds people by role and given name, and the organisation of the role', () => {
    const x = extract('Le PDG de Capgemini, Aiman Ezzat, a rencontré Catherine Vautrin. Patrick Pouyanné, président de TotalEnergies, était présent.');
    expect(names(x)).toEqual(['Capgemini/Company', 'Aiman Ezzat/Person', 'Catherine Vautrin/Person', 'Patrick Pouyanné/Person', 'TotalEnergies/Company']);
  });

  it('reads programs and summits, quoted or not', () => {
    const x = extract('Le groupe a annoncé lors du sommet Tech for Good un plan baptisé « France Relance ». Il rejoint l\'initiative "Cloud de confiance".');
    expect(names(x)).toEqual(expect.arrayContaining(['Tech for Good/Program', 'France Relance/Program']));
  });

  it('reads countries, regions and cities from the gazetteer in French', () => {
    const x = extract("Les usines en Allemagne, aux États-Unis et en Corée du Sud, et le site de Lyon dans la région Auvergne-Rhône-Alpes. L'Inde suit.");
    expect(names(x)).toEqual(['Allemagne/Country', 'États-Unis/Country', 'Corée du Sud/Country', 'Lyon/Region', 'Auvergne-Rhône-Alpes/Region', 'Inde/Country']);
    expect(x.mentions.find((m) => m.text === 'Corée du Sud')!.iso2).toBe('KR');
  });

  it('keeps a multi-word company whole and links its acronym', () => {
    const x = extract('Selon Électricité de France (EDF), le chantier avance.');
    const edf = x.mentions.find((m) => m.text === 'Électricité de France')!;
    expect(edf.aliases).toEqual(['EDF']);
    expect(x.mentions.some((m) => m.text === 'EDF')).toBe(false);
  });

  it('does not take sentence adverbs for names (FR, EN)', () => {
    expect(names(extract("Ensuite, Orano a confirmé. Aujourd'hui, Verkor recrute. Désormais, le groupe Naval Group livre."))).toEqual(
      ['Orano/Company', 'Verkor/Company', 'Naval Group/Company']);
    expect(names(extract('Moreover, Nvidia said so. Separately, Arm Holdings listed.', 'en'))).toEqual(['Nvidia/Company', 'Arm Holdings/Company']);
  });

  it('does not take sentence-initial words or headings for names', () => {
    const x = extract('Concurrence accrue\n\nPriorité donnée à la formation. Garantir l\'accès sera difficile. Dimanche, Orano a confirmé.');
    expect(names(x)).toEqual(['Orano/Company']);
  });
});

describe('names and types from cues (EN)', () => {
  it('types companies by cue nouns, suffixes, possessives and title words', () => {
    const x = extract("Chipmaker Nvidia and Deutsche Telekom Group met Acme Holdings Inc. Microsoft's president Brad Smith joined, said the German firm Siemens.", 'en');
    expect(names(x)).toEqual(['Nvidia/Company', 'Deutsche Telekom Group/Company', 'Acme Holdings Inc/Company', 'Microsoft/Company', 'Brad Smith/Person', 'Siemens/Company']);
  });

  it('reads products, programs and places', () => {
    const x = extract('Airbus showed its A350 aircraft at the Paris Air Show, near Toulouse in France, as part of the Clean Sky initiative.', 'en');
    expect(names(x)).toEqual(['Airbus/Company', 'A350/Product', 'Paris Air Show/Program', 'Toulouse/Region', 'France/Country', 'Clean Sky/Program']);
  });

  it('links an acronym defined in the text and people with titles', () => {
    const x = extract('Taiwan Semiconductor Manufacturing Company (TSMC) said CEO C. C. Wei will open a plant in Arizona. French President Emmanuel Macron welcomed TSMC.', 'en');
    expect(x.mentions.find((m) => m.text === 'Taiwan Semiconductor Manufacturing Company')!.aliases).toEqual(['TSMC']);
    expect(names(x)).toEqual(expect.arrayContaining(['Arizona/Region', 'Emmanuel Macron/Person']));
  });

  it('does not read currency symbols, days or common acronyms as names', () => {
    const x = extract('On Tuesday, SoftBank said it will pump US$2 billion into AI and GPU data centers.', 'en');
    expect(names(x)).toEqual(['SoftBank/Company']);
  });
});

describe('places and lists from context', () => {
  it('reads unknown places from their surroundings (FR, EN)', () => {
    expect(names(extract('Le groupe ouvre une usine en Basse-Saxe et un bureau à Eindhoven aux Pays-Bas.'))).toEqual(
      ['Basse-Saxe/Region', 'Eindhoven/Region', 'Pays-Bas/Country']);
    expect(names(extract('The firm Arm opens a campus in Waltham Cross, north of London, and backs a Leeds-based startup.', 'en'))).toEqual(
      ['Arm/Company', 'Waltham Cross/Region', 'London/Region', 'Leeds/Region']);
  });

  it('shares a type along a list, not along an apposition', () => {
    expect(names(extract('Fondée par Arthur Mensch, Guillaume Lample et Timothée Lacroix, la société grandit.'))).toEqual(
      ['Arthur Mensch/Person', 'Guillaume Lample/Person', 'Timothée Lacroix/Person']);
    expect(names(extract("Le ministre de l'Économie, Roland Lescure, a salué l'accord."))).toEqual(['Roland Lescure/Person']);
  });

  it('keeps media names with their article and is not fooled by them into a Title Case reading', () => {
    expect(names(extract('Selon Le Monde et La Tribune, le groupe Orano investit en France.'))).toEqual(
      ['Le Monde/Company', 'La Tribune/Company', 'Orano/Company', 'France/Country']);
  });

  it('reads a city name as the company the article types by a cue', () => {
    expect(names(extract('Le constructeur Toyota investit. Toyota recrute au Japon.'))).toEqual(['Toyota/Company', 'Toyota/Company', 'Japon/Country']);
  });

  it('reads a Title Case headline for places only', () => {
    expect(names(extract('', 'en', 'Boeing To Build New Plant In South Carolina For Its Jets'))).toEqual(['South Carolina/Region']);
  });
});

describe('anaphora', () => {
  it('links "le géant américain" and "le pays" to what they mean (FR)', () => {
    const x = extract('Oracle investit en Espagne. Le géant américain du logiciel a injecté 1 milliard de dollars dans le pays depuis 2015.');
    const ana = x.mentions.filter((m) => m.cue === 'coref').map((m) => `${m.text} → ${x.mentions[m.refersTo!]!.text}`);
    expect(ana).toEqual(['Le géant américain du logiciel → Oracle', 'le pays → Espagne']);
  });

  it('links "the company" and "the country" (EN)', () => {
    const x = extract('Samsung is expanding in Vietnam. The company said the country would host its largest plant.', 'en');
    const ana = x.mentions.filter((m) => m.cue === 'coref').map((m) => `${m.text} → ${x.mentions[m.refersTo!]!.text}`);
    expect(ana).toEqual(['The company → Samsung', 'the country → Vietnam']);
  });

  it('does not read "le géant américain Amazon" as an anaphor', () => {
    const x = extract('Le géant américain Cisco investit.');
    expect(x.mentions.filter((m) => m.cue === 'coref')).toEqual([]);
    expect(names(x)).toEqual(['Cisco/Company']);
  });
});
