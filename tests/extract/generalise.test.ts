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

describe('products', () => {
  it('"the maker of X" / "le créateur de X" names a product, and who makes it', () => {
    const en = extract('Orvane, the maker of Chatly, will open a lab in Kenya.', 'en');
    expect(names(en)).toContain('Chatly/Product');
    expect(relations(en, 'DEVELOPS')).toContain('Orvane -DEVELOPS-> Chatly');
    const fr = extract("Le groupe a noué un partenariat avec Orvane, le créateur de Chatly, pour ses clients.", 'fr');
    expect(names(fr)).toContain('Chatly/Product');
    expect(relations(fr, 'DEVELOPS')).toContain('Orvane -DEVELOPS-> Chatly');
  });
  it('plural product nouns, "and other <products>", a possessive platform, a model number', () => {
    const x = extract('Pellix competes in obesity drugs such as Zentra and Lumio. The plant will supply the Vela 5 and other electric vehicles. Orvane sells its Nexus platform to banks.', 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['Zentra/Product', 'Lumio/Product', 'Vela 5/Product', 'Nexus/Product']));
  });
  it('"X\'s Y chips", "la puce Y de X", "X maker Z": who develops the product', () => {
    const x = extract("Orvane's Helix chips will ship in 2026. Chatly maker Pellix said it would invest $1 billion in Kenya.", 'en');
    expect(relations(x, 'DEVELOPS')).toEqual(expect.arrayContaining(['Orvane -DEVELOPS-> Helix', 'Pellix -DEVELOPS-> Chatly']));
    expect(relations(extract("Le campus accueillera l'assistant Nexus de Pellix dès 2026.", 'fr'), 'DEVELOPS')).toContain('Pellix -DEVELOPS-> Nexus');
  });
  it('a relative clause hangs the product on the company before it; "conçu" is not "concurrence"', () => {
    const x = extract('Le groupe Orvane, né en 2001, concurrence Pellix, qui produit la Vela Nova à Lyon.', 'fr');
    expect(relations(x, 'DEVELOPS')).toEqual(['Pellix -DEVELOPS-> Vela Nova']);
  });
  it('a name followed by a verb inside a sentence is an actor', () => {
    expect(names(extract('The news came a week after Orvane unveiled its Helix chips in Nairobi.', 'en'))).toContain('Orvane/Company');
  });
});

describe('roles', () => {
  it('in a list of appositions each person works where their own title says (fr)', () => {
    const x = extract("Jean Morel, directeur général d'Orvane, Claire Dumas, directrice générale de Pellix, et Paul Girard, patron de Zentra, ont signé l'accord.", 'fr');
    expect(relations(x, 'ROLE_AT').sort()).toEqual(['Claire Dumas -ROLE_AT-> Pellix', "Jean Morel -ROLE_AT-> Orvane", 'Paul Girard -ROLE_AT-> Zentra']);
  });
  it('in a list of appositions each person works where their own title says (en)', () => {
    const x = extract('John Carter, chief executive of Orvane, and Mary Hall, head of Pellix, attended the signing.', 'en');
    expect(relations(x, 'ROLE_AT').sort()).toEqual(['John Carter -ROLE_AT-> Orvane', 'Mary Hall -ROLE_AT-> Pellix']);
  });
  it('two titles joined by "and", a title with a complement', () => {
    expect(relations(extract('Mark Stone, chairman and chief executive of Orvane, said so.', 'en'), 'ROLE_AT')).toEqual(['Mark Stone -ROLE_AT-> Orvane']);
    expect(relations(extract("Paul Girard, directeur des opérations de Pellix pour l'Afrique, a signé.", 'fr'), 'ROLE_AT')).toEqual(['Paul Girard -ROLE_AT-> Pellix']);
  });
  it('a title at a region ("le président de la région X, Y")', () => {
    const x = extract("L'usine ouvrira en 2026, selon le président de la région Occitanie, Paul Girard.", 'fr');
    expect(relations(x, 'ROLE_AT')).toEqual(['Paul Girard -ROLE_AT-> Occitanie']);
  });
  it('"Its chief executive, X" works at the company the previous sentence is about', () => {
    const x = extract('Orvane is a unit of Pellix. Zentra, a London-based start-up, announced a €1 billion project in France. Its chief executive, Paul Girard, said the first phase would open in 2026.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Paul Girard -ROLE_AT-> Zentra']);
  });
});

describe('investment and announcement words inside names', () => {
  it('"International Investment Summit", "according to" state no investment and no announcement', () => {
    const x = extract('Orvane chief executive Paul Girard and Pellix boss Jane Roe are expected at the Global Investment Summit, according to Weekly Dispatch.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
    expect(relations(x, 'ANNOUNCED_AT')).toEqual([]);
  });
  it('"le fonds d\'investissement X, Y et Z … investira": all three invest', () => {
    const x = extract("Le fonds d'investissement émirien Orvane, Pellix et Zentra ont annoncé une coentreprise qui investira 2 milliards d'euros en Occitanie.", 'fr');
    expect(relations(x, 'INVESTS_IN').sort()).toEqual(['Orvane -INVESTS_IN-> Occitanie', 'Pellix -INVESTS_IN-> Occitanie', 'Zentra -INVESTS_IN-> Occitanie']);
  });
});

describe('competition, partnerships, anaphora', () => {
  it('"fait face à la concurrence d\'A et de B", "faces competition from A"', () => {
    expect(relations(extract("Orvane, qui domine le marché, fait face à la concurrence de Pellix et de Zentra.", 'fr'), 'COMPETES_WITH').sort())
      .toEqual(['Orvane -COMPETES_WITH-> Pellix', 'Orvane -COMPETES_WITH-> Zentra']);
    expect(relations(extract('Orvane faces competition from Pellix in Kenya.', 'en'), 'COMPETES_WITH')).toEqual(['Orvane -COMPETES_WITH-> Pellix']);
  });
  it('a subject separated from "concurrence" by an incidental clause', () => {
    const x = extract('Le groupe Orvane, né de la fusion de Pellix et de Zentra, concurrence Vantor sur ce marché.', 'fr');
    expect(relations(x, 'COMPETES_WITH')).toEqual(['Orvane -COMPETES_WITH-> Vantor']);
  });
  it('a city named where only a company fits is a company ("competes with Toyota and Orvane")', () => {
    const x = extract('Pellix competes with Toyota and Orvane in electric cars.', 'en');
    expect(names(x)).toContain('Toyota/Company');
    expect(relations(x, 'COMPETES_WITH').sort()).toEqual(['Pellix -COMPETES_WITH-> Orvane', 'Pellix -COMPETES_WITH-> Toyota']);
    expect(names(extract('Pellix opened a plant in Toyota, Japan.', 'en'))).toContain('Toyota/Region');
  });
  it('"formed a joint venture with X", "une coentreprise avec X" is a partnership', () => {
    expect(relations(extract('Orvane, the battery arm of Pellix, said it had formed a joint venture with Zentra.', 'en'), 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Zentra']);
    expect(relations(extract("Orvane a créé une coentreprise avec Zentra.", 'fr'), 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Zentra']);
  });
  it('"le groupe" refers to the company introduced as a group, not to the last one named', () => {
    const x = extract("Le groupe français Orvane a racheté Pellix, une société cotée à New York. D'après Weekly Dispatch, Pellix emploie 6 000 personnes. Le groupe a par ailleurs noué un partenariat avec Zentra.", 'fr');
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Zentra']);
  });
});

describe('investments', () => {
  it('"X, which Y acquired in 2021 for $N" is an investment of Y in X; names do not hide a "sales" word', () => {
    const x = extract('Zentra, which Salesmark acquired in 2021 for $2.5 billion, will open a lab in Kenya.', 'en');
    const r = x.relations.filter((r) => r.type === 'INVESTS_IN');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Salesmark -INVESTS_IN-> Zentra']);
    expect(r[0]!.properties).toMatchObject({ amount: 2_500_000_000, currency: 'USD', year: 2021 });
  });
  it('"le rachat de X" makes X the target, the subject the buyer', () => {
    const x = extract("Le groupe Orvane a annoncé le rachat de Pellix, une société cotée à New York, pour 3 milliards de dollars.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Pellix']);
  });
  it('a country invests "in a French campus": the demonym names the target; a medium cited is not the investor', () => {
    const x = extract('Kenya also said it would invest between €3 billion and €5 billion in a French AI campus, according to the Morning Ledger.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Kenya -INVESTS_IN-> France']);
  });
});

describe('names with numbers, long subsidiary appositions', () => {
  it('"le plan Horizon 2030." and "cité par Canal 3." keep their number', () => {
    const x = extract("Orvane a investi 2 milliards d'euros en France dans le cadre du plan Horizon 2030. Le maire, cité par Canal 3.", 'fr');
    expect(names(x)).toEqual(expect.arrayContaining(['Horizon 2030/Program', 'Canal 3/Organization']));
    // (a plan is a frame, not an event: being part of one is no ANNOUNCED_AT — the gold's convention, round 6)
    expect(relations(x, 'ANNOUNCED_AT')).toEqual([]);
    expect(names(extract('Orvane a investi en 2024.', 'fr'))).not.toContain('Orvane 2024/Company');
  });
  it('"X, la filiale de santé grand public de Y"', () => {
    expect(relations(extract("Orvane, la filiale de santé grand public de Pellix, sera cédée.", 'fr'), 'SUBSIDIARY_OF')).toEqual(['Orvane -SUBSIDIARY_OF-> Pellix']);
  });
});

describe('name shapes', () => {
  it('"San Francisco-based", "Texas AI campus": the place alone', () => {
    const x = extract('Orvane, the San Francisco-based software company, will build a Texas AI campus.', 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['San Francisco/Region', 'Texas/Region']));
    expect(names(x).some((n) => /based|Texas AI/.test(n))).toBe(false);
  });
  it('"X Service" is a public body; a partnership with it is a partnership', () => {
    const x = extract('Orvane agreed a partnership with the National Health Service.', 'en');
    expect(names(x)).toContain('National Health Service/Organization');
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> National Health Service']);
  });
  it('"…, a précisé X, directeur de Y, aux Dépêches." names a medium', () => {
    expect(names(extract("Le site ouvrira en 2026, a précisé Jean Morel, directeur d'Orvane, aux Dépêches.", 'fr'))).toContain('Dépêches/Organization');
  });
});

describe('small places by their context', () => {
  it('after a facility noun, a location verb or a month; before ", en Région"', () => {
    const fr = extract("Le site, situé à Brévannes, ouvrira en 2026. Orvane construit une gigafactory à Lestrem. Le salon aura lieu en novembre à Sidi Kacem. L'usine de Pellix, à Fouquet, en Seine-et-Marne, ouvrira.", 'fr');
    expect(names(fr)).toEqual(expect.arrayContaining(['Brévannes/Region', 'Lestrem/Region', 'Sidi Kacem/Region', 'Fouquet/Region']));
    const en = extract('The plan includes a data centre in Carvin, in northern France, built by Orvane.', 'en');
    expect(names(en)).toContain('Carvin/Region');
  });
  it('an adjective of origin before a noun is not a name ("to Asian businesses")', () => {
    expect(names(extract('Orvane sells its tools to Asian businesses and European banks.', 'en')).filter((n) => /Asian|European/.test(n))).toEqual([]);
  });
});

describe('second held-out round', () => {
  it('"X, the medical technology unit of Y"; "sa filiale X"; "X, maison mère de l\'opérateur Y"', () => {
    expect(relations(extract('Orvane Health, the medical technology unit of Orvane, said so.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Orvane Health -SUBSIDIARY_OF-> Orvane']);
    expect(relations(extract("Le groupe Pellix investit 2 milliards d'euros en France. Sa filiale Zentra exploitera le site.", 'fr'), 'SUBSIDIARY_OF')).toEqual(['Zentra -SUBSIDIARY_OF-> Pellix']);
    expect(relations(extract("Le groupe Pellix, maison mère de l'opérateur Zentra, a annoncé un plan.", 'fr'), 'SUBSIDIARY_OF')).toEqual(['Zentra -SUBSIDIARY_OF-> Pellix']);
  });
  it('a bare corporate title before a person works at the company the sentence is about', () => {
    const x = extract('The round values the company Orvane at $4 billion, chief executive Jane Roe said.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Jane Roe -ROLE_AT-> Orvane']);
    expect(relations(extract('Orvane met Prime Minister Jane Roe.', 'en'), 'ROLE_AT')).toEqual([]);
  });
  it('"led by X, with participation from Y and Z": three investors', () => {
    const x = extract('Orvane has raised $75 million in a funding round led by Pellix Capital, with participation from Zentra Global and Vantor.', 'en');
    expect(relations(x, 'INVESTS_IN').sort()).toEqual(['Pellix Capital -INVESTS_IN-> Orvane', 'Vantor -INVESTS_IN-> Orvane', 'Zentra Global -INVESTS_IN-> Orvane']);
  });
  it('"Orvia Pay, a payments tool"; "build its Vela Prime scanners"; "It is also launching X" develops', () => {
    const x = extract('Orvane will invest $1 billion in Kenya. It is also launching Orvia Pay, a payments tool for small businesses.', 'en');
    expect(names(x)).toContain('Orvia Pay/Product');
    expect(relations(x, 'DEVELOPS')).toEqual(['Orvane -DEVELOPS-> Orvia Pay']);
    expect(names(extract('Orvane will build its Vela Prime scanners in Kenya.', 'en'))).toContain('Vela Prime/Product');
  });
  it('"X exploitera le site, tandis que Y développera Z": the developer is in the clause of the verb', () => {
    const x = extract("Sa filiale Orvane exploitera le site, tandis que le laboratoire Pellix, fondé en 2023, développera le modèle Vela.", 'fr');
    expect(relations(x, 'DEVELOPS')).toEqual(['Pellix -DEVELOPS-> Vela']);
  });
  it('"L\'équipementier, qui concurrence X" refers to the company before; "compte s\'allier à X"', () => {
    const x = extract("Le groupe allemand Orvane investit 600 millions d'euros à Rodez. L'équipementier, qui concurrence Pellix et Zentra, compte aussi s'allier à Vantor.", 'fr');
    expect(relations(x, 'COMPETES_WITH').sort()).toEqual(['Orvane -COMPETES_WITH-> Pellix', 'Orvane -COMPETES_WITH-> Zentra']);
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Vantor']);
  });
  it('"a salué l\'annonce, faite lors du salon X": the article\'s company announced there; a complement did not', () => {
    const x = extract("Le groupe Orvane investit 600 millions d'euros à Rodez. La maire a salué l'annonce, faite lors du salon Industria Expo à Lyon.", 'fr');
    expect(relations(x, 'ANNOUNCED_AT')).toEqual(['Orvane -ANNOUNCED_AT-> Industria Expo']);
    const y = extract("Le groupe Pellix, maison mère de l'opérateur Zentra, a annoncé au salon Industria Expo un plan.", 'fr');
    expect(relations(y, 'ANNOUNCED_AT')).toEqual(['Pellix -ANNOUNCED_AT-> Industria Expo']);
  });
  it('initials make a person; "OLED" is not a company; "à Rodez, dans l\'Aveyron"', () => {
    expect(names(extract('The plan was welcomed, minister T.R.B. Rajan wrote on Monday.', 'en'))).toContain('T.R.B. Rajan/Person');
    expect(names(extract("Orvane va injecter 2 milliards de dollars dans une usine d'écrans OLED au Vietnam.", 'fr')).some((n) => n.startsWith('OLED'))).toBe(false);
    expect(names(extract("Orvane investit dans son usine de Rodez, dans l'Aveyron, pour 2028.", 'fr'))).toContain('Aveyron/Region');
  });
});

describe('French names of foreign places', () => {
  it('"Pékin", "Bruxelles", "Tanger" are the gazetteer places Beijing, Brussels, Tangier', () => {
    const x = extract("Pékin a annoncé des mesures. Bruxelles veut encadrer l'IA. Orvane ouvre un site à Tanger.", 'fr');
    expect(x.mentions.filter((m) => m.type === 'Region').map((m) => `${m.text}=${m.canonical}`)).toEqual(['Pékin=Beijing', 'Bruxelles=Brussels', 'Tanger=Tangier']);
  });
});

describe('third held-out round', () => {
  it('"Exclusive Networks": a stop word opening a company-shaped name stays in it', () => {
    expect(names(extract('Pellix will buy Exclusive Systems for $2 billion. Exclusive Systems, based in Lyon, agreed.', 'en')).filter((n) => n.includes('Systems'))).toEqual(['Exclusive Systems/Company', 'Exclusive Systems/Company']);
  });
  it('"le sommet Choisir l\'Europe": an elided article inside a program name', () => {
    const x = extract("Orvane a annoncé un investissement de 250 millions d'euros à l'occasion du sommet Choisir l'Avenir à Bruxelles.", 'fr');
    expect(names(x)).toContain("Choisir l'Avenir/Program");
    expect(relations(x, 'ANNOUNCED_AT')).toEqual(["Orvane -ANNOUNCED_AT-> Choisir l'Avenir"]);
  });
  it('"X, president of North America operations at Y" works at Y', () => {
    expect(relations(extract('Jane Roe, president of North America operations at Orvane, told reporters.', 'en'), 'ROLE_AT')).toEqual(['Jane Roe -ROLE_AT-> Orvane']);
  });
  it('"co-founded by A and chief executive B": B is the chief executive of the subject', () => {
    expect(relations(extract('Shares of Orvane rose. Orvane, co-founded by Paul Girard and chief executive Jane Roe, builds processors.', 'en'), 'ROLE_AT')).toEqual(['Jane Roe -ROLE_AT-> Orvane']);
  });
  it('"X, the Chinese-owned maker controlled by Y"; "Y-Next, the venture arm of Italian energy group Y"', () => {
    expect(relations(extract('Shares of Orvane rose. Orvane, the Chinese-owned battery maker controlled by Pellix Group, runs a plant.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Orvane -SUBSIDIARY_OF-> Pellix Group']);
    expect(relations(extract('Zentra Next, the venture arm of Italian energy group Zentra, joined the round.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Zentra Next -SUBSIDIARY_OF-> Zentra']);
  });
  it('"X and its battery partner Y"; "X, qui rivalise avec A, s\'est également associé à la biotech B"', () => {
    expect(relations(extract('Shares of Orvane rose. Orvane and its battery partner Pellix will invest £1 billion in Sunderland.', 'en'), 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Pellix']);
    expect(relations(extract("Les actions d'Orvane montent. Orvane, qui rivalise avec Zentra sur ce marché, s'est également associé à la biotech lyonnaise Pellix.", 'fr'), 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Pellix']);
  });
  it('"X, whose Y 3"; "X produira de son côté la Y"; "Z, un traitement phare"', () => {
    expect(relations(extract('Orvane faces competition from Pellix, whose Vela 3 sells well.', 'en'), 'DEVELOPS')).toEqual(['Pellix -DEVELOPS-> Vela 3']);
    expect(relations(extract("Orvane, la filiale de Pellix, produira de son côté la Vela Nova à Douai.", 'fr'), 'DEVELOPS')).toEqual(['Orvane -DEVELOPS-> Vela Nova']);
    expect(names(extract("Le site produira notamment le Zentrol, un traitement phare du groupe Orvane.", 'fr'))).toContain('Zentrol/Product');
  });
  it('"une coentreprise dans les moteurs, baptisée X" is a company; "prendre une participation dans X" is an investment', () => {
    const x = extract("Orvane et Pellix créent une coentreprise dans les moteurs thermiques, baptisée Horsa. Le saoudien Zentra doit prendre une participation de 10 % dans Horsa.", 'fr');
    expect(names(x)).toContain('Horsa/Company');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Zentra -INVESTS_IN-> Horsa']);
  });
});

describe('a country name that is also a region', () => {
  it('"Georgia" with Atlanta and Savannah is the US state; alone, or with Tbilisi, the country', () => {
    const us = extract('Orvane will invest $4 billion in Georgia. The plant near Savannah opens in 2025; the signing took place in Atlanta.', 'en');
    expect(names(us).filter((n) => n.startsWith('Georgia'))).toEqual(['Georgia/Region']);
    expect(names(extract('Orvane will invest $1 billion in Georgia, near Tbilisi.', 'en')).filter((n) => n.startsWith('Georgia'))).toEqual(['Georgia/Country']);
    expect(names(extract('Orvane will invest $1 billion in Georgia.', 'en'))).toContain('Georgia/Country');
  });
});

describe('fourth held-out round', () => {
  it('"lead over rivals A and B"; "où elle affronte A"; "permettra à X de concurrencer A"', () => {
    expect(relations(extract("The move deepens Orvane's lead over rivals Pellix and Zentra.", 'en'), 'COMPETES_WITH').sort()).toEqual(['Orvane -COMPETES_WITH-> Pellix', 'Orvane -COMPETES_WITH-> Zentra']);
    expect(relations(extract("L'opération permettra à Orvane de concurrencer Pellix et Zentra.", 'fr'), 'COMPETES_WITH').sort()).toEqual(['Orvane -COMPETES_WITH-> Pellix', 'Orvane -COMPETES_WITH-> Zentra']);
    expect(relations(extract("Orvane investit en Allemagne, où elle affronte Pellix.", 'fr'), 'COMPETES_WITH')).toEqual(['Orvane -COMPETES_WITH-> Pellix']);
  });
  it('"X, le président du groupe" works at the group the anaphor stands for', () => {
    const x = extract("Le groupe Orvane a racheté Pellix. L'opération est logique, a expliqué Jean Morel, le président du groupe, au Courrier.", 'fr');
    expect(relations(x, 'ROLE_AT')).toEqual(['Jean Morel -ROLE_AT-> Orvane']);
  });
  it('"X, a new Y subsidiary"; "Y Arizona" is a regional arm of Y', () => {
    expect(relations(extract('Shares of Orvane rose. The plant will be run by Zentra, a new Orvane subsidiary.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Zentra -SUBSIDIARY_OF-> Orvane']);
    expect(relations(extract('Orvane will invest $1 billion in Kenya. The state will work with Orvane Arizona on training.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Orvane Arizona -SUBSIDIARY_OF-> Orvane']);
  });
  it('"X, the British carmaker Y bought in 2008": an acquisition without a price', () => {
    expect(relations(extract('The plant will supply Zentra Cars, the British carmaker Orvane Motors bought in 2008.', 'en'), 'INVESTS_IN')).toEqual(['Orvane Motors -INVESTS_IN-> Zentra Cars']);
  });
  it('"La licorne … a bouclé un tour de table mené par A, aux côtés d\'B et de C": the article\'s company raised from all three', () => {
    const x = extract("Nouvelle levée pour Orvane ! La licorne a bouclé un tour de table de 500 millions d'euros mené par le fonds Pellix, aux côtés d'Eurazeo et de Zentra.", 'fr');
    expect(relations(x, 'INVESTS_IN').sort()).toEqual(['Eurazeo -INVESTS_IN-> Orvane', 'Pellix -INVESTS_IN-> Orvane', 'Zentra -INVESTS_IN-> Orvane']);
  });
  it('"Business Secretary X" is a portfolio, not a company; "vient de lancer X" develops X', () => {
    expect(names(extract('"This is good," Business Secretary Jane Roe said.', 'en')).some((n) => n.startsWith('Business'))).toBe(false);
    expect(relations(extract('Orvane vient par ailleurs de lancer Vela Chat, une messagerie sécurisée.', 'fr'), 'DEVELOPS')).toEqual(['Orvane -DEVELOPS-> Vela Chat']);
  });
});

describe('fifth held-out round', () => {
  it('"agreed to buy X for £N" is an acquisition', () => {
    expect(relations(extract('Orvane agreed to buy Pellix West for £2.1 billion.', 'en'), 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Pellix West']);
  });
  it('Scotland and Wales are places; Ghent and Gothenburg are Gent and Göteborg', () => {
    const x = extract('The money will go to substations in Scotland and north Wales. Orvane builds cars at its Ghent plant in Belgium and in Gothenburg.', 'en');
    expect(x.mentions.filter((m) => m.type === 'Region').map((m) => m.canonical)).toEqual(['Scotland', 'Wales', 'Gent', 'Göteborg']);
  });
  it('"The Gothenburg-based company, which is majority-owned by China\'s X, will invest…": the anaphor, its owner, its chief executive', () => {
    const x = extract("Orvane Cars will build its Vela car in Belgium. The Gothenburg-based company, which is majority-owned by China's Pellix Holding, will invest about €150 million in Belgium, chief executive Jane Roe said.", 'en');
    expect(relations(x, 'SUBSIDIARY_OF')).toEqual(['Orvane Cars -SUBSIDIARY_OF-> Pellix Holding']);
    expect(relations(x, 'ROLE_AT')).toEqual(['Jane Roe -ROLE_AT-> Orvane Cars']);
    expect(relations(x, 'INVESTS_IN')).toContain('Orvane Cars -INVESTS_IN-> Belgium');
  });
  it('"un partenariat avec l\'école d\'ingénieurs X": a school is an organisation and a partner', () => {
    const x = extract("Orvane s'appuiera sur un partenariat avec l'école d'ingénieurs Centrale Nord pour former ses techniciens.", 'fr');
    expect(names(x)).toContain('Centrale Nord/Organization');
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Centrale Nord']);
  });
});

describe('sixth held-out round', () => {
  it('"Ursula von der Leyen": two particles; "Pays de la Loire" hides "Loire"', () => {
    expect(names(extract('Orvane met European Commission President Ursula von der Leyen.', 'en'))).toContain('Ursula von der Leyen/Person');
    expect(names(extract("Le projet est soutenu par la région Pays de la Loire à hauteur de 20 millions d'euros.", 'fr')).filter((n) => n.includes('Loire'))).toEqual(['Pays de la Loire/Region']);
  });
  it('"Orvane-backed Pellix": two names, and only the backed one invests', () => {
    const x = extract('Shares of Zentra rose. Zentra, Orvane-backed Pellix and Vantor have launched a $30 billion fund to invest in data centres in the United States.', 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['Orvane/Company', 'Pellix/Company']));
    expect(relations(x, 'INVESTS_IN').sort()).toEqual(['Pellix -INVESTS_IN-> United States', 'Vantor -INVESTS_IN-> United States', 'Zentra -INVESTS_IN-> United States']);
  });
  it('"en marge du Sommet pour l\'action sur l\'IA": an event named with lower-case words; "A et le groupe B ont annoncé un partenariat"', () => {
    const x = extract("L'éditeur de logiciels Orvane et le groupe de services Pellix ont annoncé mardi un partenariat, en marge du Sommet pour l'action sur l'IA à Paris.", 'fr');
    expect(names(x)).toContain("Sommet pour l'action sur l'IA/Program");
    expect(relations(x, 'ANNOUNCED_AT').sort()).toEqual(["Orvane -ANNOUNCED_AT-> Sommet pour l'action sur l'IA", "Pellix -ANNOUNCED_AT-> Sommet pour l'action sur l'IA"]);
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Pellix']);
  });
  it('"la ministre chargée du Numérique" names a portfolio, not an entity', () => {
    expect(names(extract("Jeanne Roux, ministre chargée du Numérique, a présenté l'accord.", 'fr')).some((n) => n.startsWith('Numérique'))).toBe(false);
  });
  it('"Les deux groupes investiront N dans un centre commun à X": both companies, a place after a facility and an adjective', () => {
    const x = extract("Orvane et Pellix ont signé un accord. Les deux groupes investiront 300 millions d'euros dans un centre commun à Montigny-Voisins.", 'fr');
    expect(names(x)).toContain('Montigny-Voisins/Region');
    expect(relations(x, 'INVESTS_IN').sort()).toEqual(['Orvane -INVESTS_IN-> Montigny-Voisins', 'Pellix -INVESTS_IN-> Montigny-Voisins']);
  });
  it('"began construction of a €5 billion plant in X, its largest investment": the place after the amount', () => {
    expect(relations(extract('German chipmaker Orvane began construction on Tuesday of a €5 billion plant in Dresden, its largest ever investment.', 'en'), 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Dresden']);
  });
  it('"X, which agreed to buy Y for $12.5 billion in January, competes with A"; "a signé un accord avec X"', () => {
    expect(relations(extract('Orvane, which agreed to buy Pellix for $12.5 billion in January, competes with Zentra.', 'en'), 'COMPETES_WITH')).toEqual(['Orvane -COMPETES_WITH-> Zentra']);
    expect(relations(extract("Les actions d'Orvane montent. Orvane a également signé un accord avec Pellix pour approvisionner sa raffinerie.", 'fr'), 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Pellix']);
  });
  it('a bare title goes to the company the text is about rather than to a name typed by default', () => {
    const x = extract('German chipmaker Orvane Technologies began building a plant. The Smart Vela Fab will make chips, chief executive Jane Roe said.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Jane Roe -ROLE_AT-> Orvane Technologies']);
  });
});

describe('seventh held-out round', () => {
  it('"Victoria Premier Jane Roe": a premier is a title; "messenger RNA", "COVID-19" are not names', () => {
    const x = extract("Orvane will build a messenger RNA vaccine plant, including of Vela, Orvane's COVID-19 vaccine. Victoria Premier Jane Roe welcomed it.", 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['Jane Roe/Person', 'Vela/Product']));
    expect(names(x).some((n) => /RNA|COVID|Premier/.test(n))).toBe(false);
    expect(names(x)).toContain('Victoria/Region');
    expect([...new Set(relations(x, 'DEVELOPS'))]).toEqual(['Orvane -DEVELOPS-> Vela']);
  });
  it('"the Tamil Nadu Global Investors Meet" is an event where companies announce', () => {
    const x = extract('Orvane will invest up to $2 billion in India, the company said at the Kerala Global Investors Meet.', 'en');
    expect(names(x)).toContain('Kerala Global Investors Meet/Program');
    expect([...new Set(relations(x, 'ANNOUNCED_AT'))]).toEqual(['Orvane -ANNOUNCED_AT-> Kerala Global Investors Meet']);
  });
  it('"The carmaker will compete with A and B"; "président du directoire de X" is a title', () => {
    expect(relations(extract('Orvane makes electric cars in Hanoi. The carmaker will compete with Pellix and Zentra in India.', 'en'), 'COMPETES_WITH').sort()).toEqual(['Orvane -COMPETES_WITH-> Pellix', 'Orvane -COMPETES_WITH-> Zentra']);
    const x = extract("Jean Morel, président du directoire de Voltaria, et Paul Girard, PDG de Pellix, ont signé l'accord.", 'fr');
    expect(names(x)).toContain('Voltaria/Company');
    expect(relations(x, 'ROLE_AT').sort()).toEqual(['Jean Morel -ROLE_AT-> Voltaria', 'Paul Girard -ROLE_AT-> Pellix']);
  });
  it('"X, propriétaire de A et de B": both subsidiaries; "Y deviendra actionnaire de X": an investment', () => {
    const x = extract("Le groupe de luxe Orvane, propriétaire de Pellix et de Zentra Paris, a annoncé un rachat. Vantor deviendra par ailleurs actionnaire d'Orvane.", 'fr');
    expect(relations(x, 'SUBSIDIARY_OF').sort()).toEqual(['Pellix -SUBSIDIARY_OF-> Orvane', 'Zentra Paris -SUBSIDIARY_OF-> Orvane']);
    expect(relations(x, 'INVESTS_IN')).toEqual(['Vantor -INVESTS_IN-> Orvane']);
  });
  it('"près de Grenoble" is a place; "développée par le CEA-Leti" an actor', () => {
    const x = extract("Orvane investira 7 milliards d'euros à Crolles, près de Grenoble. La technologie est développée par le Lab-Orvia.", 'fr');
    expect(names(x)).toEqual(expect.arrayContaining(['Grenoble/Region', 'Lab-Orvia/Company']));
  });
  it('"The first phase should start production of the Vela 7 and Vela 6 models": the company before develops them', () => {
    const x = extract('Orvane will invest $2 billion in Kenya. The first phase should start production of the Vela 7 and Vela 6 models in 2025.', 'en');
    expect(relations(x, 'DEVELOPS').sort()).toEqual(['Orvane -DEVELOPS-> Vela 6', 'Orvane -DEVELOPS-> Vela 7']);
  });
});

describe('eighth held-out round', () => {
  it('"Google Cloud for European customers" ends before the adjective; "China\'s state-owned X" in a competition list is a company', () => {
    const x = extract('Orvane battles Amazon Web Services and Google Cloud for European customers. The planemaker competes with Pellix and China\'s state-owned Zentra.', 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['Google Cloud/Company', 'Zentra/Company']));
    expect([...new Set(relations(x, 'COMPETES_WITH'))].sort()).toEqual(['Orvane -COMPETES_WITH-> Amazon Web Services', 'Orvane -COMPETES_WITH-> Google Cloud', 'Orvane -COMPETES_WITH-> Pellix', 'Orvane -COMPETES_WITH-> Zentra']);
  });
  it('"The European planemaker, which competes…" stands for the company before; then "Chief executive X" works there', () => {
    const x = extract('Orvane signed a deal in Tianjin. The European planemaker, which competes with Pellix, did not disclose the cost. Chief executive Jane Roe signed the deal with the city.', 'en');
    expect(relations(x, 'ROLE_AT')).toEqual(['Jane Roe -ROLE_AT-> Orvane']);
  });
  it('"le ministère de la Transition énergétique" is a portfolio; a place read as one elsewhere is a place everywhere', () => {
    const x = extract("Le projet est salué par le ministère de la Transition énergétique. C'est un projet pour la Bretagne. Orvane va s'associer à la région Bretagne.", 'fr');
    expect(names(x).filter((n) => /Transition|Bretagne/.test(n))).toEqual(['Bretagne/Region', 'Bretagne/Region']);
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Bretagne']);
  });
  it('"X, déjà propriétaire de Y"; "A et B ont par ailleurs signé un partenariat"; "a service built with X"', () => {
    const x = extract("L'opération permettra à Orvane, déjà propriétaire de Pellix Gestion, de grandir. Orvane et Zentra ont par ailleurs signé un partenariat.", 'fr');
    expect(relations(x, 'SUBSIDIARY_OF')).toEqual(['Pellix Gestion -SUBSIDIARY_OF-> Orvane']);
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Zentra']);
    expect(relations(extract('Shares of Orvane rose. Orvane will host Vela, a service built with Pellix.', 'en'), 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Pellix']);
  });
  it('"Le danois A et le français B vont investir": both invest; "its A350 jets" and "50 H160 helicopters" are products', () => {
    const x = extract("Le danois Orvane et le français Pellix vont investir 3 milliards d'euros au large de Brest.", 'fr');
    expect(relations(x, 'INVESTS_IN').sort()).toEqual(['Orvane -INVESTS_IN-> Brest', 'Pellix -INVESTS_IN-> Brest']);
    expect(names(extract('Orvane will build its V320neo jets in Tianjin and sell 50 Z160 helicopters.', 'en'))).toEqual(expect.arrayContaining(['V320neo/Product', 'Z160/Product']));
  });
  it('"Orvane IM" is "Orvane Investment Managers"; "Orvane Asset Management" is not "Orvane"', async () => {
    const { extractPatch } = await import('../../src/resolve/index.ts');
    const ids = extractPatch({ id: 'a', title: 'Pellix rachète Orvane IM', text: "Pellix a annoncé l'acquisition d'Orvane Investment Managers, la filiale de l'assureur Orvane, pour 5 milliards d'euros.", lang: 'fr' })
      .entities.map((e) => e.id).filter((i) => i.startsWith('company:orvane')).sort();
    expect(ids).toEqual(['company:orvane', 'company:orvane-investment-managers']);
  });
});

describe('ninth held-out round', () => {
  it('"le salon Mondial de l\'Auto"; "la Banque européenne d\'investissement"; "le ministre délégué à l\'Industrie"', () => {
    const x = extract("Orvane a présenté son projet lors du salon Mondial de l'Auto à Paris, en présence du ministre délégué à l'Industrie, Jean Roux. Orvane a reçu le soutien de la Banque européenne d'investissement.", 'fr');
    expect(names(x)).toEqual(expect.arrayContaining(["Mondial de l'Auto/Program", "Banque européenne d'investissement/Organization"]));
    expect(names(x).some((n) => n.startsWith('Industrie'))).toBe(false);
    expect(relations(x, 'ANNOUNCED_AT')).toContain("Orvane -ANNOUNCED_AT-> Mondial de l'Auto");
  });
  it('"…, et Jean Roe, futur patron de X": a person at the end of a list; "X détiendra 50 % de Y"; "Y, qui affrontera A"', () => {
    const x = extract("Claire Dumas, directrice générale d'Orvane, et Meinrad Holt, futur patron de Pellix, ont présenté l'entité. Orvane détiendra 50 % de Pellix, qui affrontera Zentra et Vantor.", 'fr');
    expect(names(x)).toContain('Meinrad Holt/Person');
    expect(relations(x, 'ROLE_AT').sort()).toEqual(['Claire Dumas -ROLE_AT-> Orvane', 'Meinrad Holt -ROLE_AT-> Pellix']);
    expect(relations(x, 'INVESTS_IN')).toEqual(['Orvane -INVESTS_IN-> Pellix']);
    expect(relations(x, 'COMPETES_WITH').sort()).toEqual(['Pellix -COMPETES_WITH-> Vantor', 'Pellix -COMPETES_WITH-> Zentra']);
  });
  it('"A et le fonds B, propriétaire de C, ont finalisé la fusion": partners; "a joint venture between A and Japan\'s B"', () => {
    expect(relations(extract("L'opérateur Orvane et le fonds Pellix, propriétaire de Zentra, ont finalisé mardi la fusion de leurs activités.", 'fr'), 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Pellix']);
    expect(relations(extract("The mill will be built next to the plant of a joint venture between Orvane and Japan's Pellix Steel.", 'en'), 'PARTNERS_WITH')).toEqual(['Orvane -PARTNERS_WITH-> Pellix Steel']);
  });
  it('"the United Steelworkers union" is an organisation; a quoted "chief executive X said" works at the article\'s company', () => {
    const x = extract('Orvane will invest $1 billion in Alabama. Pellix is trying to buy Zentra Steel, a deal opposed by the Metal Workers union. "Demand is growing," chief executive Jane Roe said. Orvane competes with Vantor.', 'en');
    expect(names(x)).toContain('Metal Workers/Organization');
    expect(relations(x, 'ROLE_AT')).toEqual(['Jane Roe -ROLE_AT-> Orvane']);
  });
});

describe('tenth held-out round', () => {
  it('"la cession de 63 % de sa filiale X au holding Y pour 200 M€": Y invests in X', () => {
    const x = extract("Le groupe Orvane a finalisé la cession de 63,7 % de sa filiale Pellix Maroc au holding marocain Zentra, pour environ 200 millions d'euros.", 'fr');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Zentra -INVESTS_IN-> Pellix Maroc']);
  });
  it('"The British government will invest £N in X": the country invests', () => {
    const x = extract('The British government will invest £14.2 billion in the Orvane Power company in Suffolk, Pellix said.', 'en');
    expect(relations(x, 'INVESTS_IN')).toContain('United Kingdom -INVESTS_IN-> Orvane Power');
  });
  it('"X, the Mexican unit of US retailer Y"; "au groupe belge Louis Y" is a company; "s\'est par ailleurs associé à"', () => {
    expect(relations(extract('Orvane México, the Mexican unit of US retailer Orvane, will invest in Mexico.', 'en'), 'SUBSIDIARY_OF')).toEqual(['Orvane México -SUBSIDIARY_OF-> Orvane']);
    const x = extract("Le distributeur Pellix rachète les magasins Vela au groupe belge Louis Orvane. Le groupe s'est par ailleurs associé à l'américain Zentra.", 'fr');
    expect(names(x)).toContain('Louis Orvane/Company');
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Pellix -PARTNERS_WITH-> Zentra']);
  });
});
