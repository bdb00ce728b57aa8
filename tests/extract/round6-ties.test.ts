/**
 * PARTNERS_WITH, SUBSIDIARY_OF and COMPETES_WITH shapes (ties-patterns.ts, partners.ts): one describe
 * per linguistic class, sentences of our own with made-up names (English and French).
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const rel = (type: string, text: string, lang = 'en') => relations(extract(text, lang), type);
/** Symmetric relations as sorted pairs. */
const pairs = (type: string, text: string, lang = 'en') =>
  rel(type, text, lang).map((r) => r.split(` -${type}-> `).sort().join(' ~ ')).sort();

describe('agreements named by their kind', () => {
  it('"A has signed a memorandum of understanding with B" (en)', () => {
    expect(pairs('PARTNERS_WITH', 'Velorand Corp has signed a memorandum of understanding with Tarvel Systems to develop batteries.')).toEqual(['Tarvel Systems ~ Velorand Corp']);
  });
  it('"A and B signed an MoU", "A et la société B ont signé un protocole d\'accord"', () => {
    expect(pairs('PARTNERS_WITH', 'Velorand Corp and Tarvel Systems signed an MoU on Tuesday.')).toEqual(['Tarvel Systems ~ Velorand Corp']);
    expect(pairs('PARTNERS_WITH', "Le groupe Velorand et la société Tarvel ont signé un protocole d'accord.", 'fr')).toEqual(['Tarvel ~ Velorand']);
  });
  it('"la signature du contrat-cadre entre A, la B et C": every party with every other (fr)', () => {
    expect(pairs('PARTNERS_WITH', "Je salue la signature du contrat-cadre entre Velorand Airlines, la Tarvel Supply Corporation et Quenrod Aviation pour l'achat de cinq avions.", 'fr'))
      .toEqual(['Quenrod Aviation ~ Tarvel Supply Corporation', 'Quenrod Aviation ~ Velorand Airlines', 'Tarvel Supply Corporation ~ Velorand Airlines']);
  });
  it('"A will collaborate with B" (en); talks about collaboration with a customer list relate nobody', () => {
    expect(pairs('PARTNERS_WITH', 'Velorand Corp will collaborate with Tarvel Systems on battery cells.')).toEqual(['Tarvel Systems ~ Velorand Corp']);
    expect(pairs('PARTNERS_WITH', 'Velorand Corp sells cells to Tarvel Systems.')).toEqual([]);
  });
});

describe('founders of a consortium or joint venture', () => {
  it('"A, B and C have formed a consortium" (en)', () => {
    expect(pairs('PARTNERS_WITH', 'Velorand Corp, Tarvel Systems and Quenrod Inc have formed a consortium to build the plant.'))
      .toEqual(['Quenrod Inc ~ Tarvel Systems', 'Quenrod Inc ~ Velorand Corp', 'Tarvel Systems ~ Velorand Corp']);
  });
  it('"a consortium led by A and including B and C" (en)', () => {
    expect(pairs('PARTNERS_WITH', 'A consortium led by Velorand Corp and including Tarvel Systems and Quenrod Inc won the contract.'))
      .toEqual(['Quenrod Inc ~ Tarvel Systems', 'Quenrod Inc ~ Velorand Corp', 'Tarvel Systems ~ Velorand Corp']);
  });
  it('"A et la société B vont créer une coentreprise" (fr); one company creating one relates nobody', () => {
    expect(pairs('PARTNERS_WITH', 'Le groupe Velorand et la société Tarvel vont créer une coentreprise.', 'fr')).toEqual(['Tarvel ~ Velorand']);
    expect(pairs('PARTNERS_WITH', 'Le groupe Velorand va créer une coentreprise en Inde.', 'fr')).toEqual([]);
  });
  it('"owned 51% by A and 49% by B" (en)', () => {
    expect(pairs('PARTNERS_WITH', 'The joint venture, owned 51% by Velorand Corp and 49% by Tarvel Systems, will build the plant.')).toEqual(['Tarvel Systems ~ Velorand Corp']);
  });
});

describe('subsidiaries named by title, parenthesis, possessive or control', () => {
  it('"Y subsidiary X", "X (a subsidiary of Y)", "Y\'s X unit" (en)', () => {
    expect(rel('SUBSIDIARY_OF', 'Velorand Corp subsidiary Tarvel Systems will build the plant.')).toEqual(['Tarvel Systems -SUBSIDIARY_OF-> Velorand Corp']);
    expect(rel('SUBSIDIARY_OF', 'Tarvel Systems (a subsidiary of Velorand Corp) will build the plant.')).toEqual(['Tarvel Systems -SUBSIDIARY_OF-> Velorand Corp']);
    expect(rel('SUBSIDIARY_OF', "Velorand Corp's Tarvel Systems unit will build the plant.")).toEqual(['Tarvel Systems -SUBSIDIARY_OF-> Velorand Corp']);
  });
  it('"… to Y Inc.\'s (Y) subsidiary, X, LLC" (en)', () => {
    expect(rel('SUBSIDIARY_OF', "The office announced a loan to Velorand Power Inc.'s (Velorand) subsidiary, Velorand Hydrogen Borrower, LLC, for a plant."))
      .toContain('Velorand Hydrogen Borrower, LLC -SUBSIDIARY_OF-> Velorand Power Inc'); // ', LLC' is part of the name (round6-entities)
  });
  it('"Filiale du groupe Y, la société X …", "X, qui appartient au groupe Y" (fr)', () => {
    expect(rel('SUBSIDIARY_OF', "Filiale du groupe Velorand, la société Tarvel construira l'usine.", 'fr')).toEqual(['Tarvel -SUBSIDIARY_OF-> Velorand']);
    expect(rel('SUBSIDIARY_OF', "La société Tarvel, qui appartient au groupe Velorand, construira l'usine.", 'fr')).toEqual(['Tarvel -SUBSIDIARY_OF-> Velorand']);
  });
  it('"Y owns X"; "Y détient le contrôle de la société X …, ainsi que celui de la société Z"', () => {
    expect(rel('SUBSIDIARY_OF', 'Velorand Corp owns Tarvel Systems, which will build the plant.')).toEqual(['Tarvel Systems -SUBSIDIARY_OF-> Velorand Corp']);
    const r = rel('SUBSIDIARY_OF', 'La société Velorand détient le contrôle de la société Tarvel, active dans le négoce de matériaux, ainsi que celui de la société Quenrod, elle aussi active dans le négoce.', 'fr');
    expect(r).toContain('Tarvel -SUBSIDIARY_OF-> Velorand');
    expect(r).toContain('Quenrod -SUBSIDIARY_OF-> Velorand');
  });
  it('a takeover noun ("la prise de contrôle de X par Y") is no subsidiary yet', () => {
    expect(rel('SUBSIDIARY_OF', 'Le dossier porte sur la prise de contrôle exclusif du groupe Tarvel par la société Velorand.', 'fr')).toEqual([]);
  });
});

describe('rivals by possessive', () => {
  it('"A et son concurrent B", "racheté par son ex-concurrent canadien, B" (fr)', () => {
    expect(pairs('COMPETES_WITH', 'Le groupe Velorand et son concurrent Tarvel ont baissé leurs prix.', 'fr')).toEqual(['Tarvel ~ Velorand']);
    expect(pairs('COMPETES_WITH', "Le groupe Velorand vient d'accepter d'être acheté par son ex-concurrent canadien, la Tarvel Corporation, pour 8 milliards d'euros.", 'fr'))
      .toEqual(['Tarvel Corporation ~ Velorand']);
  });
});

describe('names that carry their owner', () => {
  it('"Velorand Transport" beside "Velorand" is its division; "Velorand Power" is not read so', () => {
    expect(rel('SUBSIDIARY_OF', "Le groupe Velorand a vendu 75 % de ses activités. Il n'était pas acceptable que Velorand Transport reste seul.", 'fr'))
      .toEqual(['Velorand Transport -SUBSIDIARY_OF-> Velorand']);
    expect(rel('SUBSIDIARY_OF', 'Velorand Power Inc builds electrolysers. Velorand said demand is strong.')).toEqual([]);
  });
  it('"the Velorand Z380" beside the company Velorand is its product', () => {
    expect(rel('DEVELOPS', "Je salue l'achat de cinq Velorand Z380 par la compagnie. C'est un succès pour le groupe Velorand.", 'fr'))
      .toEqual(['Velorand -DEVELOPS-> Velorand Z380']);
  });
});

describe('more shapes of working together and of ownership', () => {
  it('"A and B are working together on …", "A has agreed to work with B", "A collaborera avec B"', () => {
    expect(pairs('PARTNERS_WITH', 'Velorand Corp and Tarvel Systems are working together on the plant.')).toEqual(['Tarvel Systems ~ Velorand Corp']);
    expect(pairs('PARTNERS_WITH', 'Velorand Corp has agreed to work with Tarvel Systems on battery cells.')).toEqual(['Tarvel Systems ~ Velorand Corp']);
    expect(pairs('PARTNERS_WITH', 'Le groupe Velorand collaborera avec la société Tarvel.', 'fr')).toEqual(['Tarvel ~ Velorand']);
  });
  it('"X, filiale à 100 % du groupe Y" (fr)', () => {
    expect(rel('SUBSIDIARY_OF', "La société Tarvel, filiale à 100 % du groupe Velorand, construira l'usine.", 'fr')).toEqual(['Tarvel -SUBSIDIARY_OF-> Velorand']);
  });
});

describe('control stated after a long apposition, with a legal form', () => {
  it('"La société Y, société de tête du groupe Z (…), détient le contrôle de la société anonyme A (…), …, ainsi que celui de la société B"', () => {
    const r = rel('SUBSIDIARY_OF', "La société Velorand Finance, société de tête du Groupe Tarvel (ci-après « le groupe Tarvel »), détient le contrôle de la société anonyme Tarvel Matériaux (ci-après « Tarvel Matériaux »), active dans le négoce, ainsi que celui de la société Quenrod Matériaux, elle aussi active dans le négoce.", 'fr');
    expect(r).toContain('Tarvel Matériaux -SUBSIDIARY_OF-> Velorand Finance');
    expect(r).toContain('Quenrod Matériaux -SUBSIDIARY_OF-> Velorand Finance');
  });
});

describe('who makes a product: the subject, not a company named in a title or an apposition', () => {
  it('"Le fondateur de Y lance un site baptisé Z": Y is not the maker; "X, co-fondateur de Y, a dévoilé un projet nommé Z": X is', () => {
    const x = extract("Jean Dupont, co-fondateur de l'encyclopédie en ligne Velopedia, a dévoilé un nouveau projet nommé Tarvelnews dont l'ouverture se fera le 22 mai.", 'fr',
      'Le fondateur de Velopedia lance un site de nouvelles baptisé Tarvelnews');
    const r = relations(x, 'DEVELOPS');
    expect(r).not.toContain('Velopedia -DEVELOPS-> Tarvelnews');
    expect(r).toContain('Jean Dupont -DEVELOPS-> Tarvelnews');
  });
});
