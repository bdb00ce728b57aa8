/**
 * English INVESTS_IN missed on the released sets 12–13 (and 10–11), by class, with made-up names: projects sponsored,
 * loans to a builder, a possessor's project; possessed and suffixed nominal acquisitions; "investment into X from A";
 * a headline "A establishes base in X"; and what must stay unread (a project or a kind of project as investor, a
 * lender "investing" in a project, plants that close, a founding).
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const invests = (text: string, title = '') => relations(extract(text, 'en', title), 'INVESTS_IN');

describe('projects: sponsors, funded builders, possessors', () => {
  it('"the … Solar Project, sponsored by A, in X": the sponsor invests in X, the project does not', () => {
    const r = invests('It finalized a $1.1 billion guarantee to support the 200-megawatt (MW) Larkspur Valley Solar Project, sponsored by Orvane Corporation, in Tulare County, California.');
    expect(r).toContain('Orvane Corporation -INVESTS_IN-> Tulare County');
    expect(r.filter((x) => x.startsWith('Larkspur'))).toEqual([]);
  });
  it('"a larger project, sponsored by A, that …": the place of the project stated just before', () => {
    const r = invests('Today, the Department of Energy offered a $2.1 billion loan guarantee to support a solar thermal power plant near Barstow, California. The loan will support two units of the plant. These units are part of a larger project, sponsored by Pellix Energy, that when completed will generate 1,000 megawatts.');
    expect(r).toContain('Pellix Energy -INVESTS_IN-> Barstow');
  });
  it('the sponsor of a project placed before carries the loan stated with that place', () => {
    const x = extract('Today, the Department of Energy offered a $2.1 billion conditional commitment loan guarantee to support a solar thermal power plant near Barstow, California. The loan will support two units of the plant. These units are part of a larger project, sponsored by Pellix Energy, that when completed will generate 1,000 megawatts.', 'en');
    const r = x.relations.find((r) => r.type === 'INVESTS_IN' && x.mentions[r.source]!.text === 'Pellix Energy');
    expect(r?.properties.amount).toBe(2_100_000_000);
  });
  it('"The project sponsor, A, estimates …": the place of the project just stated', () => {
    const r = invests('The loan guarantee will support the construction of the Brantel Solar energy project, a 290-megawatt solar facility in Yuma County, Arizona. The solar energy project sponsor, Corvo Solar LLC, estimates the facility will fund approximately 400 construction jobs.');
    expect(r).toContain('Corvo Solar LLC -INVESTS_IN-> Yuma County');
  });
  it('"a loan guarantee to A to support … a PV project in X": A invests, not the kind of project', () => {
    const r = invests('DOE announced five loan guarantees for photovoltaic (PV) projects. And the agency announced a $300 million loan guarantee to Brantel Solar 2, LLC to support the development of an innovative 120-MW PV project in Pima County, Arizona.');
    expect(r).toEqual(['Brantel Solar 2, LLC -INVESTS_IN-> Pima County']);
  });
  it('"providing €40 million to A to make … in the X region": the recipient acts in X', () => {
    expect(invests('In Spain, the bank is providing €40 million to Orvane to make 3,000 homes more energy efficient in the Andalusia region.'))
      .toContain('Orvane -INVESTS_IN-> Andalusia');
  });
  it('"a loan guarantee for A Inc.\'s B project near X"', () => {
    expect(invests('The Department of Energy announced that it had finalized a $1.2 billion loan guarantee for Velto Power Inc.\'s Marrow project near Tucson, Arizona.'))
      .toContain('Velto Power Inc -INVESTS_IN-> Tucson');
  });
  it('"A\'s electric vehicle production plant in X" in a list of projects', () => {
    expect(invests('The 12 projects include a paper production plant in Oregon, Pellix Motor\'s electric vehicle production plant in New Mexico, and biofuel facilities in Iowa.'))
      .toContain('Pellix Motor -INVESTS_IN-> New Mexico');
  });
});

describe('precision around projects', () => {
  it('a lender finalizing guarantees for a named project does not invest in it', () => {
    expect(invests('DOE reported that it finalized partial loan guarantees of $1.46 billion to support the Larkspur Sunlight Project.')).toEqual([]);
  });
  it('a project named after a sum with no sponsor invests in nothing', () => {
    expect(invests('Another loan guarantee, for $646 million, will support the Corvo Valley Solar Ranch 1 Project, a 230-MW solar generation facility in Kern County, California.')
      .filter((x) => x.startsWith('Corvo Valley'))).toEqual([]);
  });
  it('a possessor\'s plant that closes is no project', () => {
    expect(invests('Workers at Orvane\'s plant in Dayton, Ohio were laid off after the plant closed.')).toEqual([]);
  });
  it('a grant to a research institute to study something in a place is no company investing', () => {
    expect(invests('The department awarded a grant to the Velto Institute to study wheat yields in Kansas.')).toEqual([]);
  });
});

describe('acquisitions stated by a noun', () => {
  it('"the proposed acquisition of A plc by B": the corporate suffix between does not hide the buyer', () => {
    expect(invests('the proposed acquisition of Velto Electronics Holdings plc by Brantel Acquisitions Limited;')).toEqual(['Brantel Acquisitions Limited -INVESTS_IN-> Velto Electronics Holdings']);
  });
  it('"their proposed acquisition of joint control of B": the parties informed buy', () => {
    const r = invests('The European Commission has informed Orvane Airlines AG and the Italian Ministry of Economy and Finance of its preliminary view that their proposed acquisition of joint control of Velto Air may restrict competition.');
    expect(r).toContain('Orvane Airlines AG -INVESTS_IN-> Velto Air');
    expect(r.filter((x) => x.startsWith('European Commission'))).toEqual([]);
  });
  it('"A\'s planned takeover of B"', () => {
    expect(invests('Regulators cleared Orvane Group\'s planned takeover of Brantel Foods on Monday.')).toEqual(['Orvane Group -INVESTS_IN-> Brantel Foods']);
  });
  it('a regulator\'s "its preliminary view" is no acquisition of its own', () => {
    expect(invests('The European Commission has informed Orvane Airlines AG of its preliminary view on the market.')).toEqual([]);
  });
});

describe('investments by source and headline verbs', () => {
  it('"a major investment into the UK\'s industrial base from A": A invests in the UK, not the company named after', () => {
    const r = invests('The deal represents a major investment into the UK\'s industrial base from Velto Marine and will provide opportunities for future naval work at Brantel Yards\' shipyards across the country.');
    expect(r).toContain('Velto Marine -INVESTS_IN-> UK');
    expect(r.filter((x) => x.startsWith('Brantel'))).toEqual([]);
  });
  it('"A establishes base in X" (headline)', () => {
    const x = extract('Orvane Biosciences has announced the UK as the home for its first base outside the US.', 'en', 'Orvane Biosciences establishes base in London, in win for UK life sciences');
    expect(relations(x, 'INVESTS_IN')).toContain('Orvane Biosciences -INVESTS_IN-> London');
  });
  it('a company established in a place long ago is a founding, no investment', () => {
    expect(invests('Orvane Biosciences was established in London in 1990.')).toEqual([]);
  });
});

describe('clauses read by the English clause reader (made-up probes of unseen press-release shapes)', () => {
  it('"is moving its European headquarters to X": X gains the headquarters', () => {
    expect(invests('The engineering group Orvane Corp is moving its European headquarters to Dublin, Ireland, the company said on Monday.'))
      .toContain('Orvane Corp -INVESTS_IN-> Dublin');
  });
  it('"has selected X, Y as the site of its new plant"', () => {
    expect(invests('The engineering group Orvane Corp has selected Tulsa, Oklahoma as the site of its new plant, the governor said.'))
      .toContain('Orvane Corp -INVESTS_IN-> Tulsa');
  });
  it('"X will be home to A\'s new plant": the place before, the owner after', () => {
    expect(invests('The city of Toledo, Ohio will be home to Orvane Corp\'s new $50 million plant, the governor said on Monday.'))
      .toContain('Orvane Corp -INVESTS_IN-> Toledo');
  });
  it('"The plant, which A is building near X, …": the relative clause\'s subject builds', () => {
    expect(invests('The plant, which Orvane Corp is building near Dayton, Ohio, will open in 2026.')).toContain('Orvane Corp -INVESTS_IN-> Dayton');
  });
  it('"In X, Y, the group A will build a plant": the fronted place', () => {
    expect(invests('In Dayton, Ohio, the engineering group Orvane Corp will build a $50 million plant that will employ 300 people.'))
      .toContain('Orvane Corp -INVESTS_IN-> Dayton');
  });
  it('"the new A Corp plant in X": a name with its corporate suffix owns the plant', () => {
    expect(invests('When it opens next year, the new Orvane Corp plant in Toledo, Ohio will employ more than 300 people.'))
      .toContain('Orvane Corp -INVESTS_IN-> Toledo');
  });
  it('"Among the investors are A and B, which will together put $N into the new plant in X": both invest', () => {
    const r = invests('Among the investors are Orvane Corp and Brantel Inc, which will together put $100 million into the new plant in Dayton, Ohio.');
    expect(r).toContain('Orvane Corp -INVESTS_IN-> Dayton');
    expect(r).toContain('Brantel Inc -INVESTS_IN-> Dayton');
  });
  it('"A, the new owner of B": stated ownership', () => {
    expect(invests('The investment fund Corvo Capital, the new owner of Brantel Inc, will invest £5m in the plant over the next two years.'))
      .toContain('Corvo Capital -INVESTS_IN-> Brantel Inc');
  });
  it('a lender named before the builder is not coordinated with it ("from the bank, A has inaugurated")', () => {
    const r = invests('As a result of a EUR 40 million loan from the Velto Bank, Orvane Aero has inaugurated a new plant for titanium parts in Evora, Portugal.');
    expect(r).toContain('Orvane Aero -INVESTS_IN-> Evora');
    expect(r.filter((x) => x.startsWith('Velto'))).toEqual([]);
  });
  it('a company founded in a place, moving nothing, is no relocation', () => {
    expect(invests('The engineering group Orvane Corp moved quickly to reassure its customers in Dublin, Ireland.')).toEqual([]);
  });
});

describe('parties and sums across the sentence', () => {
  it('"buy out Brantel and Wolde" where the article writes "Brantel & Wolde": one company bought', () => {
    const r = invests('Velto Marine backs the future of Brantel & Wolde. A deal will see shipbuilding subsidiary Velto Marine UK buy out Brantel and Wolde, securing the future of four yards.');
    // read as one name either way: the mention joined with "and" (mentions/conjoined-names.ts) or the article's "&" form
    expect(r.filter((x) => /^Velto Marine UK -INVESTS_IN-> Brantel (?:&|and) Wolde$/.test(x))).toHaveLength(1);
    expect(r.filter((x) => x.endsWith('-> Brantel') || x.endsWith('-> Wolde'))).toEqual([]);
  });
  it('"… a $900 million loan guarantee to A. The loan guarantee will support the construction of … a facility in X": the loan\'s sum', () => {
    const x = extract('The Department of Energy finalized a $900 million loan guarantee to Orvane Solar, LLC. The loan guarantee will support the construction of the Orvane Solar energy project, a 290-megawatt solar power generating facility in Yuma County, Arizona.', 'en');
    const r = x.relations.find((r) => r.type === 'INVESTS_IN' && x.mentions[r.target]!.text === 'Yuma County');
    expect(r?.properties.amount).toBe(900_000_000);
  });
});

