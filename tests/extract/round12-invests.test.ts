/**
 * INVESTS_IN, round 12 (failure classes of the released sets 16 and 17): lists of investors in parliamentary and
 * official prose, investments stated from the side of who receives them. Sentences of our own with made-up names.
 */
import { describe, expect, it } from 'vitest';
import { extract, relations } from './helpers.ts';

const invests = (text: string, lang: 'fr' | 'en' = 'en') => relations(extract(text, lang, ''), 'INVESTS_IN');

describe('lists of investors', () => {
  it('a legal form outside the name does not end the list', () => {
    const r = invests('Since June, Corvane plc, Belmont Systems, Orvane Research, Kestrane Co., Pellix and Dalvik Electric have announced plans to invest in Scotland.');
    expect(r).toEqual(expect.arrayContaining(['Corvane -INVESTS_IN-> Scotland', 'Belmont Systems -INVESTS_IN-> Scotland', 'Orvane Research -INVESTS_IN-> Scotland',
      'Pellix -INVESTS_IN-> Scotland', 'Dalvik Electric -INVESTS_IN-> Scotland']));
  });
  it('each firm past its origin ("A from Korea, B from France and C from Japan")', () => {
    const r = invests('Over the year, Belmont from Korea, Kestrane from France and Dalvik from Japan invested in Northern Ireland.');
    expect(r).toEqual(['Belmont -INVESTS_IN-> Northern Ireland', 'Kestrane -INVESTS_IN-> Northern Ireland', 'Dalvik -INVESTS_IN-> Northern Ireland']);
  });
});

describe('investors listed by origin after the investment', () => {
  it('each firm given its origin is a list even without "and"', () => {
    const r = invests('In the past year we have had the largest American investment in Northern Ireland for 10 years—Belmont from Korea, Kestrane from France, Dalvik from Japan.');
    expect(r).toEqual(['Belmont -INVESTS_IN-> Northern Ireland', 'Kestrane -INVESTS_IN-> Northern Ireland', 'Dalvik -INVESTS_IN-> Northern Ireland']);
  });
});

describe('firms listed by origin past an aside holding the investment word', () => {
  it('"we have had A from the US—the largest investment in X—B from Korea and C from France"', () => {
    const r = invests('In the past year we have had Corvane from the United States—the single largest American investment in Northern Ireland for 10 years—Belmont from Korea, Kestrane from France and Dalvik from Japan.');
    expect(r).toEqual(['Corvane -INVESTS_IN-> Northern Ireland', 'Belmont -INVESTS_IN-> Northern Ireland', 'Kestrane -INVESTS_IN-> Northern Ireland', 'Dalvik -INVESTS_IN-> Northern Ireland']);
  });
});

describe('an investment stated by who receives it', () => {
  it('a place attracts investment from listed firms', () => {
    const r = invests('Northern Ireland has attracted investment from Belmont from Korea, Kestrane from France and Dalvik from Japan.');
    expect(r).toEqual(['Belmont -INVESTS_IN-> Northern Ireland', 'Kestrane -INVESTS_IN-> Northern Ireland', 'Dalvik -INVESTS_IN-> Northern Ireland']);
  });
  it('a company secures an equity investment: the firm after "from" buys into it', () => {
    const r = invests('Hyvane Motor Group, a Korean carmaker, secured an equity investment and agreement from Posvan Holdings, a steel maker, for its planned plant in Louisiana.');
    expect(r).toContain('Posvan Holdings -INVESTS_IN-> Hyvane Motor Group');
  });
  it('a place the sentence opens on, shown by the projects of listed firms', () => {
    expect(invests('North Wales is sharing in the success story, as projects by companies such as Corvane and Kestrane Seal clearly show.'))
      .toEqual(['Corvane -INVESTS_IN-> North Wales', 'Kestrane Seal -INVESTS_IN-> North Wales']);
    expect(invests('The minister praised projects by companies such as Corvane and Kestrane Seal.')).toEqual([]);
  });
  it('a public body after "from" funds, it invests in nothing', () => {
    expect(invests('Wales received investment from the Welsh Government and Kestrane.')).toEqual([]);
  });
});

describe('relocating production abroad', () => {
  it('"délocaliser au Brésil la production": the place before the object; a fronted decision takes the main subject', () => {
    const r = invests("La société Corvane emploie 300 personnes à Lyon. A la suite de la décision de délocaliser au Brésil la production des grosses pièces, cette entreprise doit faire l'objet d'un plan de restructuration.", 'fr');
    expect(r).toEqual(['Corvane -INVESTS_IN-> Brésil']);
  });
  it('a decision with no company after it names no investor', () => {
    expect(invests("A la suite de la décision de délocaliser au Brésil la production, le plan de restructuration supprimera 200 emplois.", 'fr')).toEqual([]);
  });
});

describe("a company's groundbreaking or opening in a place", () => {
  it('the company before the event, the place after it', () => {
    expect(invests('Secretary Smith spoke at the Corvane Systems groundbreaking ceremony in Dalton, Georgia, on Monday.')).toEqual(['Corvane Systems -INVESTS_IN-> Dalton']);
    expect(invests("The Governor attended Corvane's ribbon cutting at Dalton on Monday.")).toEqual(['Corvane -INVESTS_IN-> Dalton']);
  });
});

describe('a borrower selected for a loan builds what the funds will be used for', () => {
  it('"the selection of A for a … loan" then "The funds will be used to establish a new plant … in X"', () => {
    const x = extract('At a meeting in Burlington, Vermont, the Secretary announced the selection of Corvane Energy Company for a Business and Industry Loan Guarantee for a $10 million loan given by Kestrane National Bank. The funds will be used to provide essential capital to establish a new pellet processing plant at the former furniture manufacturing facility in Island Pond, Vermont.', 'en', '');
    const r = x.relations.find((c) => c.type === 'INVESTS_IN' && x.mentions[c.source]!.text === 'Corvane Energy Company' && x.mentions[c.target]!.text === 'Island Pond');
    expect(r?.properties?.amount).toBe(10_000_000);
  });
});

describe('"in the economy": the place the passage is about', () => {
  it('the region named just before, for each listed firm (a corporate noun after a name does not end the list)', () => {
    const r = invests('Will the Secretary of State congratulate companies in Northern Ireland that have recently announced major investment? The Corvane corporation and Kestrane Systems have invested tens of millions of pounds in the economy, creating hundreds of new jobs.');
    expect(r).toEqual(['Corvane -INVESTS_IN-> Northern Ireland', 'Kestrane Systems -INVESTS_IN-> Northern Ireland']);
  });
  it('no region named before: no target', () => {
    expect(invests('The Corvane corporation has invested tens of millions of pounds in the economy.')).toEqual([]);
  });
});

describe('jobs announced in places', () => {
  it('"announced 628 jobs in X and Y" creates them; "job losses" are none', () => {
    expect(invests('Last week Corvane announced 628 jobs in Leeds and Bradford.')).toEqual(['Corvane -INVESTS_IN-> Leeds', 'Corvane -INVESTS_IN-> Bradford']);
    expect(invests('Last week Corvane announced 628 job losses in Leeds and Bradford.')).toEqual([]);
  });
});

describe('contracts and orders are sales, not investments', () => {
  it('a sum of contracts in a country states no investment there', () => {
    expect(invests("Le groupe Corvane vient de signer des contrats d'un montant de 3 millions d'euros en Turquie.", 'fr')).toEqual([]);
    expect(invests('Corvane has signed contracts of $3 million in Turkey.')).toEqual([]);
    expect(invests('Corvane will invest $3 million in Turkey under a new contract.')).toEqual(['Corvane -INVESTS_IN-> Turkey']);
  });
});

describe('a written question answered by a list of firms', () => {
  const question = 'To ask the Secretary of State for Scotland which companies have announced plans to invest in Scotland since 1 June.\n\nThe Minister (Mr. Jones)\n\n';
  it('each firm of a bare list invests in the place the question names', () => {
    const r = invests(question + 'Corvane Systems, Belmont plc, Kestrane Electric and Dalvik Research.');
    expect(r).toEqual(['Corvane Systems -INVESTS_IN-> Scotland', 'Belmont -INVESTS_IN-> Scotland', 'Kestrane Electric -INVESTS_IN-> Scotland', 'Dalvik Research -INVESTS_IN-> Scotland']);
  });
  it('an answer with a verb of its own is read by the other rules; a list after another question is nothing', () => {
    expect(invests('To ask the Secretary of State which companies have closed plants in Scotland.\n\nCorvane Systems, Belmont plc and Kestrane Electric.')).toEqual([]);
  });
});

describe('jobs of each phrase', () => {
  it('"110 new jobs for X from A; 74 new jobs in Y from B": each investment carries its own count', () => {
    const x = extract('Recent good news includes 110 new jobs for Leeds from Corvane; 74 new jobs in Belfast from Kestrane Press; and about 70 new jobs in Omagh.', 'en', '');
    const jobsOf = (name: string) => x.relations.find((r) => r.type === 'INVESTS_IN' && x.mentions[r.source]!.text === name)?.properties?.jobs;
    expect(jobsOf('Corvane')).toBe(110);
    expect(jobsOf('Kestrane Press')).toBe(74);
  });
});
