/**
 * French INVESTS_IN, round 10 (src/extract/relations/clauses-fr: owners.ts, state-holder.ts, new-facility.ts): failure
 * classes of the released sets 12 and 13 — owners and shareholders, the State as a shareholder, a new plant of several
 * groups, takeovers stated as passives or offers. Sentences of our own with made-up company names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const invests = (text: string, title = '') => relations(extract(text, 'fr', title), 'INVESTS_IN');

describe('owners: relatives, far participles, owner nouns, passives of holding', () => {
  it('"le groupe A, à qui appartient B depuis 2000"', () => {
    expect(invests('La décision a été prise par la direction du groupe Belmont, à qui appartient la société Corvane depuis 2000.')).toEqual(['Belmont -INVESTS_IN-> Corvane']);
  });
  it('"B, dont A est l\'actionnaire majoritaire"', () => {
    expect(invests("La société Corvane, dont Belmont est l'actionnaire majoritaire, a annoncé des pertes.")).toEqual(['Belmont -INVESTS_IN-> Corvane']);
  });
  it('a participle of ownership past appositions: the company it qualifies, not the place or the brand between', () => {
    expect(invests("Elle s'inquiète du site industriel Corvane à Grenoble (Isère), seule usine de ce type en France, berceau de la marque « Orlys » implanté depuis 80 ans et appartenant au groupe Belmont."))
      .toEqual(['Belmont -INVESTS_IN-> Corvane']);
  });
  it('a finite verb between the company and the participle breaks the link', () => {
    expect(invests("Le groupe Belmont a vendu à la société Corvane l'usine appartenant au groupe Orvane.")).toEqual([]);
  });
  it('"A est devenu l\'actionnaire principal de B", "B est désormais détenue par le fonds A", "B, propriété du groupe A"', () => {
    expect(invests("Le groupe Belmont est devenu l'actionnaire principal de la société Corvane.")).toEqual(['Belmont -INVESTS_IN-> Corvane']);
    expect(invests('La société Corvane est désormais détenue par le fonds Orvane Capital.')).toEqual(['Orvane Capital -INVESTS_IN-> Corvane']);
    expect(invests('La société Corvane, propriété du groupe Belmont depuis 2010, ferme son usine.')).toEqual(['Belmont -INVESTS_IN-> Corvane']);
    expect(invests('La société Corvane est passée sous le contrôle du groupe Belmont en 2019.')).toEqual(['Belmont -INVESTS_IN-> Corvane']);
  });
  it('"le nouvel actionnaire, le fonds X": the company the article is about, named before', () => {
    const text = "Le groupe Corvane va mieux. Le groupe Corvane recrute. Le plan mis en oeuvre par le nouvel actionnaire, le fonds d'investissement américain Orvane Capital, porte ses fruits.";
    expect(invests(text)).toEqual(['Orvane Capital -INVESTS_IN-> Corvane']);
  });
  it('"le groupe X, l\'actionnaire historique," names the owner of the article\'s company; a clause after the noun names none', () => {
    const before = 'La société Corvane est cotée. La société Corvane recrute. ';
    expect(invests(before + "L'opération, menée avec le groupe Orvane, l'actionnaire historique, valorise la société à 20 euros.")).toEqual(['Orvane -INVESTS_IN-> Corvane']);
    expect(invests(before + "L'opération est soutenue par l'actionnaire historique, valorise la société Belmont à 20 euros.")).toEqual([]);
  });
  it('a bare owner noun with no company named before invests in nothing', () => {
    expect(invests("Le nouvel actionnaire, le fonds d'investissement américain Orvane Capital, porte le plan.")).toEqual([]);
  });
  it('a subsidiary is not read as an investment here', () => {
    expect(invests('La société Corvane est une filiale du groupe Belmont.')).toEqual([]);
  });
});

describe('the State as a shareholder', () => {
  const speech = 'Déclaration de M. Paul Verdier, Président de la République, sur l\'industrie.\n\n';
  it('"nous avons pris une participation dans A, comme nous avons avec l\'État une participation dans B" in a president\'s speech', () => {
    const x = extract(speech + "Nous avons même pris une participation dans le groupe Corvane, comme nous avons avec l'État une participation dans la société Belmont.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['France -INVESTS_IN-> Corvane', 'France -INVESTS_IN-> Belmont']);
  });
  it('"nous" outside a speech of an office holder is nobody\'s State', () => {
    expect(invests('Nous avons pris une participation dans le groupe Corvane.')).toEqual([]);
  });
  it('"l\'État français est actionnaire de A", "l\'État belge détient 20 % du capital de A"', () => {
    expect(invests("L'État français est actionnaire de la société Corvane à hauteur de 15 %.")).toEqual(['France -INVESTS_IN-> Corvane']);
    expect(invests("L'État belge détient 20 % du capital de la société Corvane.")).toEqual(['Belgium -INVESTS_IN-> Corvane']);
  });
  it('"la France … que l\'État entrera au capital de A", "la participation de l\'État dans A"', () => {
    expect(invests("La France a annoncé que l'État entrera au capital du groupe Corvane.")).toEqual(['France -INVESTS_IN-> Corvane']);
    expect(invests("La France vendra la participation de l'État dans le groupe Corvane.")).toEqual(['France -INVESTS_IN-> Corvane']);
  });
  it('another actor between "nous" and the stake takes it', () => {
    expect(invests(speech + 'Nous avons aidé le groupe Belmont à prendre une participation dans le groupe Corvane.')).toEqual(['Belmont -INVESTS_IN-> Corvane']);
  });
});

describe('a new facility of named companies at a place', () => {
  it('"la nouvelle usine de A et B, à Y": both owners', () => {
    expect(invests('Le président a visité la nouvelle usine de Corvane et Belmont, à Grenoble.')).toEqual(['Corvane -INVESTS_IN-> Grenoble', 'Belmont -INVESTS_IN-> Grenoble']);
  });
  it('"l\'inauguration de l\'usine du groupe A à Y", "la pose de la première pierre du nouveau site de production de A à Y"', () => {
    expect(invests("Le ministre a salué l'inauguration de l'usine du groupe Corvane à Grenoble.")).toEqual(['Corvane -INVESTS_IN-> Grenoble']);
    expect(invests('La pose de la première pierre du nouveau site de production de la société Corvane à Rennes aura lieu lundi.')).toEqual(['Corvane -INVESTS_IN-> Rennes']);
  });
  it('a plant named in its place with nothing new is no investment; nor a place further in the sentence', () => {
    expect(invests("L'usine de Corvane à Lille emploie 300 personnes.")).toEqual([]);
    expect(invests('La nouvelle usine du groupe Corvane, présentée hier à Paris, ouvrira en 2026.')).toEqual([]);
  });
});

describe('takeovers: passives with long adjuncts, offers, "s\'emparer de"', () => {
  it('"B a été rachetée il y a deux ans par A"', () => {
    expect(invests('La société Corvane a été rachetée il y a deux ans par Belmont Industries.')).toEqual(['Belmont Industries -INVESTS_IN-> Corvane']);
  });
  it('"le tribunal a retenu l\'offre de A pour reprendre B": the bidder, not the court', () => {
    expect(invests("Le tribunal de commerce a retenu l'offre du groupe Belmont pour reprendre la société Corvane.")).toEqual(['Belmont -INVESTS_IN-> Corvane']);
  });
  it('"A s\'est emparé de B"', () => {
    expect(invests("Le groupe Belmont s'est emparé de la société Corvane.")).toEqual(['Belmont -INVESTS_IN-> Corvane']);
  });
});

describe('precision: places read from another clause or another list item', () => {
  it('a line that opens on another company\'s sum does not take the place of the line before', () => {
    const text = "Le fonds a signé quatre financements :\n• 15 millions € en faveur de Corvane Technologies pour ouvrir un nouveau site de production à Grenoble ;\n" +
      "• 20 millions € en faveur de Belmont SA afin de créer de nouvelles lignes de production.";
    expect(invests(text)).toEqual(['Corvane Technologies -INVESTS_IN-> Grenoble']);
  });
  it('a place in a relative clause after the plant is not the plant\'s place', () => {
    expect(invests("Après le rejet par le groupe Belmont du projet de reprise de l'usine sur le modèle qui avait prévalu à Grenoble en 2013, les salariés attendent.")).toEqual([]);
  });
});

describe('owning outright, sales in the passive, buyers named by a court', () => {
  it('"A, qui détient la société B depuis 2010"; "A est devenu propriétaire de B"', () => {
    expect(invests('Le groupe Corvane, qui détient la société Belmont depuis 2010, a promis des investissements.')).toEqual(['Corvane -INVESTS_IN-> Belmont']);
    expect(invests('Le groupe Corvane est devenu propriétaire de la société Belmont.')).toEqual(['Corvane -INVESTS_IN-> Belmont']);
  });
  it('"B a été cédée au fonds A": the buyer after "à"', () => {
    expect(invests('La société Belmont a été cédée au fonds Orvane Capital.')).toEqual(['Orvane Capital -INVESTS_IN-> Belmont']);
  });
  it('"A a été désigné repreneur de B", "le tribunal a désigné le groupe A comme repreneur de B"', () => {
    expect(invests('Le groupe Corvane a été désigné repreneur de la société Belmont.')).toEqual(['Corvane -INVESTS_IN-> Belmont']);
    expect(invests('Le tribunal a désigné le groupe Corvane comme repreneur de la société Belmont.')).toEqual(['Corvane -INVESTS_IN-> Belmont']);
  });
});

describe('the place of a new facility: hosting, choosing, "sur son site de X"', () => {
  it('"X accueillera la future usine du groupe A", "X accueille la nouvelle usine de A et de B"', () => {
    expect(invests('Lyon accueillera la future usine du groupe Corvane.')).toEqual(['Corvane -INVESTS_IN-> Lyon']);
    expect(invests('Lyon accueille la nouvelle usine de Corvane et de Belmont.')).toEqual(['Corvane -INVESTS_IN-> Lyon', 'Belmont -INVESTS_IN-> Lyon']);
  });
  it('"A a choisi X pour sa nouvelle usine", "a retenu X pour implanter son nouveau centre de recherche"; a jury choosing a town for a final invests nothing', () => {
    expect(invests('Le groupe japonais Corvane a choisi Lyon pour sa nouvelle usine.')).toEqual(['Corvane -INVESTS_IN-> Lyon']);
    expect(invests('Le groupe Corvane a retenu Lyon pour implanter son nouveau centre de recherche.')).toEqual(['Corvane -INVESTS_IN-> Lyon']);
    expect(invests('Le jury a choisi Lyon pour la finale.')).toEqual([]);
  });
  it('"un investissement de 30 millions d\'euros sur son site de X"', () => {
    expect(invests("Le groupe Corvane a annoncé un investissement de 30 millions d'euros sur son site de Grenoble.")).toEqual(['Corvane -INVESTS_IN-> Grenoble']);
  });
});

describe('verbs of reshoring and modernising, and the place pronoun "y"', () => {
  it('"A relocalise / rapatrie sa production à X", "A modernisera son site de X"', () => {
    expect(invests('Le groupe Corvane relocalise sa production à Lyon.')).toEqual(['Corvane -INVESTS_IN-> Lyon']);
    expect(invests('Le groupe Corvane rapatrie sa production à Lyon.')).toEqual(['Corvane -INVESTS_IN-> Lyon']);
    expect(invests('Le groupe Corvane modernisera son site de Lyon.')).toEqual(['Corvane -INVESTS_IN-> Lyon']);
  });
  it('"A y investira": the place of the sentence before; "il y a" is no place pronoun', () => {
    expect(invests("Le groupe Corvane connaît bien Lyon. Le groupe Corvane y investira 20 millions d'euros.")).toEqual(['Corvane -INVESTS_IN-> Lyon']);
    expect(invests("Le maire de Lyon est content. Il y a 20 millions d'euros investis.")).toEqual([]);
  });
});
