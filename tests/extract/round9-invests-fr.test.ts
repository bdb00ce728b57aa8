/**
 * French INVESTS_IN read by clause (src/extract/relations/clauses-fr): failure classes of the released sets 10 and 11
 * (and 4, 5, 7, 8), fixed as classes. Sentences of our own with made-up company names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relation, relations } from './helpers.ts';

const invests = (text: string, title = '') => relations(extract(text, 'fr', title), 'INVESTS_IN');

describe('relative clauses: the antecedent of "qui" invests', () => {
  it('a list of companies each with its own relative clause, past an apposition', () => {
    expect(invests('Je pense à Corvane, un groupe chimique, qui compte investir à Valenciennes, et à Belmont Tools, qui va également investir à Metz.'))
      .toEqual(['Corvane -INVESTS_IN-> Valenciennes', 'Belmont Tools -INVESTS_IN-> Metz']);
  });
  it('a company object of the main verb, subject of the relative', () => {
    expect(invests('Le ministre a rencontré Corvane, qui investit à Lille.')).toEqual(['Corvane -INVESTS_IN-> Lille']);
  });
  it('a relative that says something else invests nothing', () => {
    expect(invests('Corvane, qui emploie 300 salariés à Lyon, a annoncé des résultats en baisse.')).toEqual([]);
  });
});

describe('the place a clause refers back to, and the place of a facility', () => {
  it('"c\'est à X que A va investir"', () => {
    expect(invests("C'est à Douai que Corvane va investir 50 millions d'euros.")).toEqual(['Corvane -INVESTS_IN-> Douai']);
  });
  it('"A a inauguré sa nouvelle usine de X"', () => {
    expect(invests('Corvane a inauguré sa nouvelle usine de Valenciennes.')).toEqual(['Corvane -INVESTS_IN-> Valenciennes']);
  });
  it('a building verb with a country and its town: both are destinations, for each builder', () => {
    expect(invests('Corvane et Belmont Tools ont construit une usine commune en Espagne, à Saragosse.').sort()).toEqual([
      'Belmont Tools -INVESTS_IN-> Espagne', 'Belmont Tools -INVESTS_IN-> Saragosse', 'Corvane -INVESTS_IN-> Espagne', 'Corvane -INVESTS_IN-> Saragosse']);
  });
  it('settling needs its place at once: "s\'est installé en tête du classement en France" is no investment', () => {
    expect(invests("Corvane s'est installé en tête du classement en France.")).toEqual([]);
    expect(invests("Corvane envisage de s'implanter à Nantes.")).toEqual(['Corvane -INVESTS_IN-> Nantes']);
  });
  it('a closure or an inquiry opened is no investment', () => {
    expect(invests('Corvane a fermé son usine de Lille.')).toEqual([]);
    expect(invests('Corvane a ouvert une enquête à Lyon.')).toEqual([]);
  });
});

describe('nouns of investment with their agent', () => {
  it('"les investissements de A en P et en Q"', () => {
    expect(invests('Les investissements de Corvane en Pologne et en Roumanie ont doublé.')).toEqual(['Corvane -INVESTS_IN-> Pologne', 'Corvane -INVESTS_IN-> Roumanie']);
  });
  it('"les investissements de A en France (dans la division X de B et la division Y de C)": the companies it went into', () => {
    const x = extract('Les investissements récents de Corvane en France (dans la division outillage de Belmont Tools et la division robots de Orvane Systems) ont été salués.', 'fr');
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'Belmont Tools')).toBeDefined();
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'Orvane Systems')).toBeDefined();
    expect(relation(x, 'Corvane', 'INVESTS_IN', 'France')).toBeDefined();
  });
  it('"l\'arrivée de A à X"', () => {
    expect(invests("L'arrivée de Corvane à Valenciennes créera 300 emplois.")).toEqual(['Corvane -INVESTS_IN-> Valenciennes']);
  });
  it('a speech to a company: "cette implantation de votre société en France, et particulièrement en Alsace"', () => {
    const text = "Monsieur le Président de Corvane, je salue Corvane et ses équipes. Corvane emploie 500 personnes. " +
      "Cette implantation durable de votre société en France, et particulièrement en Alsace, est exemplaire.";
    expect(invests(text)).toEqual(['Corvane -INVESTS_IN-> France', 'Corvane -INVESTS_IN-> Alsace']);
  });
  it('"vous" in a question to a minister is nobody\'s investment', () => {
    expect(invests("Corvane a annoncé des résultats. Vous avez investi 10 millions d'euros à Rouen, monsieur le ministre.")).toEqual([]);
  });
});

describe('buying: verbs, lists, passives, sales', () => {
  it('"Ce groupe a ensuite repris l\'usine de A, celle de B et celle de C": the group introduced just before, each plant\'s owner', () => {
    const text = "L'entreprise Valmont Alu a été rachetée par le groupe chinois Corvane Europe. " +
      "Ce groupe a ensuite repris l'usine de la Belmont Tools, installée en Aveyron, celle de Orvane Systems en Lorraine et celle de Tarvin en Espagne.";
    expect(invests(text)).toEqual(['Corvane Europe -INVESTS_IN-> Valmont Alu', 'Corvane Europe -INVESTS_IN-> Belmont Tools',
      'Corvane Europe -INVESTS_IN-> Orvane Systems', 'Corvane Europe -INVESTS_IN-> Tarvin']);
  });
  it('"A, elle aussi reprise par B"', () => {
    expect(invests('Je pense à la fonderie Belmont Tools, elle aussi reprise par Corvane à la barre du tribunal.')).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
  });
  it('a sale, passive or active: the buyer after "à" invests, not the seller after "par"', () => {
    expect(invests('Belmont Tools a été cédée par Orvane au groupe Corvane.')).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
    expect(invests('Orvane a cédé sa filiale Belmont Tools au groupe Corvane.')).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
  });
  it('"reprendre ses activités" is no takeover', () => {
    expect(invests('Corvane a repris ses activités à Lyon après la grève.')).toEqual([]);
  });
});

describe('control, capital, stakes, offers, owners and buyers', () => {
  it('"A a annoncé qu\'il détenait le contrôle de N % des actions de B": the pronoun is the main clause\'s subject', () => {
    expect(invests("Le groupe canadien Corvane a annoncé, le 8 janvier, qu'il détenait le contrôle de 97,9 % des actions et des droits de vote du groupe Belmont Tools."))
      .toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
  });
  it('holding control with no share stated is a group structure, not a purchase', () => {
    expect(invests('Corvane détient le contrôle de la société Belmont Tools.')).toEqual([]);
  });
  it('taking control, entering the capital, a stated share', () => {
    expect(invests('Corvane a pris le contrôle de Belmont Tools.')).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
    expect(invests('Corvane est entré au capital de Belmont Tools en 2019.')).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
    expect(invests("Corvane a annoncé qu'elle détenait désormais 85 % du capital de Belmont Tools.")).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
  });
  it('"la montée au capital de B par l\'État français": the country invests', () => {
    expect(invests("Il fut à l'origine de la montée au capital de Corvane par l'État français en 2015.")).toEqual(['France -INVESTS_IN-> Corvane']);
  });
  it('"l\'offre publique d\'achat du groupe A sur B"', () => {
    expect(invests("Le député attire l'attention du ministre sur l'offre publique d'achat du groupe canadien Corvane sur Belmont Tools.")).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
  });
  it('"B appartenant à A", "A, repreneur de B", "le repreneur de B, A"', () => {
    expect(invests("Ils préféraient l'offre de Belmont Tools appartenant à Corvane.")).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
    expect(invests("Corvane, repreneur de Belmont Tools, maintiendra l'emploi.")).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
    expect(invests("Le repreneur de Belmont Tools, Corvane, maintiendra l'emploi.")).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
  });
  it('"au capital de X" types no place: the share capital is no capital city', () => {
    const x = extract('Corvane est entré au capital de Belmont Tools en 2019.', 'fr');
    expect(x.mentions.find((m) => m.text === 'Belmont Tools')?.type).toBe('Company');
  });
});

describe('buyers named as such', () => {
  it('"le nom des repreneurs du journal. Ce sont : A et B": each buyer takes over the company the article is about', () => {
    const text = 'Le quotidien Vendée-Soir est en difficulté. Le tribunal a annoncé hier le nom des repreneurs du journal. ' +
      "Ce sont : l'homme d'affaires Marcel Doucerain (fondateur de Tarvin Conseil) et le journaliste Gilles Armentier. Leur projet est de relancer Vendée-Soir.";
    expect(invests(text)).toEqual(['Marcel Doucerain -INVESTS_IN-> Vendée-Soir', 'Gilles Armentier -INVESTS_IN-> Vendée-Soir']);
  });
  it('"chercher un repreneur" names nobody', () => {
    expect(invests("Corvane a annoncé son intention de fermer son usine s'il ne trouve pas de repreneur. Corvane emploie 130 salariés.")).toEqual([]);
  });
  it('a passive with a dated adjunct, and buying idioms', () => {
    expect(invests('Belmont Tools, racheté en 2015 par Corvane, emploie 300 personnes.')).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
    expect(invests('Corvane a mis la main sur Belmont Tools.')).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
    expect(invests("Corvane s'offre Belmont Tools pour 2 milliards d'euros.")).toEqual(['Corvane -INVESTS_IN-> Belmont Tools']);
  });
});

describe('workers laid off by a company: the employer invests nothing', () => {
  it('"N millions € serviront à aider 2 089 travailleurs licenciés par A en France"', () => {
    expect(invests('Le montant total est réparti comme suit. 11,9 millions € serviront à aider 2 089 travailleurs licenciés par Corvane Automobiles en France.')).toEqual([]);
  });
});

describe('an ordinal in Roman numerals is no investor', () => {
  it('"les investissements japonais à l\'aube du XXIe siècle", "la XVIIe commission mixte"', () => {
    expect(invests("Je salue le séminaire « Les investissements japonais à l'aube du XXIe siècle » organisé en France.")).toEqual([]);
    expect(invests("La question des investissements chinois en France est discutée à l'issue de la XVIIe commission mixte.")).toEqual([]);
  });
});

describe('who organises an event about investments makes none', () => {
  it('"le séminaire « Les investissements japonais » organisé par la Chambre X"', () => {
    expect(invests("Je salue le séminaire « Les investissements japonais » organisé par la Chambre de Commerce Franco-Tarvine en France.")).toEqual([]);
  });
});

describe('the owner of a plan or decision does what it plans', () => {
  it('"la décision de A de s\'implanter à X", "le projet de A d\'investir à X"', () => {
    expect(invests("La décision de Corvane Industries de s'implanter à Valenciennes a surpris.")).toEqual(['Corvane Industries -INVESTS_IN-> Valenciennes']);
    expect(invests("Le projet de Corvane Industries de construire une usine à Douai avance.")).toEqual(['Corvane Industries -INVESTS_IN-> Douai']);
  });
});
