/**
 * Guards of shapes that are easy to misread: the second reading of inserted clauses (V8's fast array iteration kept), a
 * place's or a maker's possessive, a town before capitalised headline words, a sum stated before an acquisition, the
 * comma closing a subordinate clause, a deputy secretary with no country, "Said" as a given name, hyphenated demonyms,
 * "on" before a place, "-branded", a product with an inserted clause. Invented names.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, names, placeRelations, relations } from './helpers.ts';

describe('the second reading of inserted clauses', () => {
  it('leaves V8\'s fast array iteration on (no array gets an iterator of its own)', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const script = `import { createExtractor } from './src/extract/index.ts';
createExtractor().extract({ id: 'a', title: '', lang: 'en', text: 'Orvel Labs, a unit of Pellix Robotics, will build a plant in Tulsa.' });
console.log(%ArrayIteratorProtector());`;
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe('true');
  }, 60_000);
});

describe('a place\'s possessive', () => {
  it('"France\'s Total" is no brand: the owner stays a country', () => {
    expect(names(extract("The plant belongs to Norway's Beacon.", 'en'))).toContain('Norway/Country');
    const x = names(extract("Britain's Anchor and Norway's Beacon, the two rivals, will build a plant in Tulsa.", 'en'));
    expect(x).toEqual(expect.arrayContaining(['Britain/Country', 'Norway/Country']));
    expect(x.filter((n) => n.endsWith('/Product'))).toEqual([]);
  });
});

describe('a town before capitalised words in a headline', () => {
  it('a stop word or a weekday ends the town\'s phrase', () => {
    const x = extract('The firm will hire 40 engineers there.', 'en', 'Orvel Labs Opens Office in Tulsa With State Agency Support');
    expect(names(x)).toContain('Tulsa/Region');
    expect(names(extract('The firm met officials.', 'en', 'Orvel Labs Team Meets Governor in Tulsa Monday Morning Council Session')).filter((n) => n.includes('Monday'))).toEqual([]);
  });
});

describe('a sum stated before an acquisition', () => {
  it('a contract\'s "deal" gives no sum to a later acquisition', () => {
    const x = extract('Acme Systems signed a $5 million deal with the city of Tulsa. Last year Acme Systems bought Pellix Robotics.', 'en');
    const r = x.relations.find((c) => c.type === 'INVESTS_IN' && x.mentions[c.target]!.text === 'Pellix Robotics');
    expect(r?.properties.amount).toBeUndefined();
  });
});

describe('partners after a subordinate clause', () => {
  it('the comma closing "After A lost … to B," starts the main clause', () => {
    const x = extract('After Orvel Labs lost the contract to Acme Systems, Pellix Robotics and Vantor Corp teamed up.', 'en');
    const r = relations(x, 'PARTNERS_WITH');
    expect(r.filter((p) => p.includes('Acme Systems') || p.includes('Orvel Labs'))).toEqual([]);
    expect(r).toEqual(['Pellix Robotics -PARTNERS_WITH-> Vantor Corp']);
  });
});

describe('a deputy secretary with no country named', () => {
  it('is no US official for a meeting at home, in a text that also names the United States', () => {
    const x = extract('Deputy Secretary Jane Roe met Orvel Labs officials in London. Britain and the United States signed a deal.', 'en');
    expect(placeRelations(x, 'ROLE_AT')).not.toContain('Jane Roe -ROLE_AT-> United States');
  });
  it('is a US official visiting abroad', () => {
    const x = extract('Deputy Secretary Jane Roe traveled to Nairobi to visit the new Orvel Labs plant. The United States backs the project.', 'en');
    expect(placeRelations(x, 'ROLE_AT')).toContain('Jane Roe -ROLE_AT-> United States');
  });
});

describe('"Said" opening a sentence', () => {
  it('is a given name before a surname the text has not named', () => {
    expect(names(extract('Said Benali, chief executive of Orvel Labs, announced the deal.', 'en'))).toContain('Said Benali/Person');
  });
  it('is the verb before the surname of a person named before', () => {
    const n = names(extract('Tom P. Varlin spoke today. Said Varlin, this work is done at no cost.', 'en'));
    expect(n.filter((x) => x.startsWith('Said'))).toEqual([]);
  });
});

describe('two demonyms joined by a hyphen', () => {
  it('open a name when a common word follows', () => {
    expect(names(extract('Anglo-Norwegian Granite will invest $5 million in Tulsa.', 'en'))).toContain('Anglo-Norwegian Granite/Company');
  });
  it('say where a firm comes from before a name', () => {
    expect(names(extract('The Franco-British Orvane group will invest $5 million in Tulsa.', 'en'))).toContain('Orvane/Company');
  });
});

describe('"on" before a place', () => {
  it('makes no investment target of a place that is not a river\'s side', () => {
    const x = extract('Orvel Labs will invest $5 million, a decision reported on Tulsa radio.', 'en');
    expect(relations(x, 'INVESTS_IN')).not.toContain('Orvel Labs -INVESTS_IN-> Tulsa');
  });
});

describe('"X-branded"', () => {
  it('is no brand after a prefix or a dictionary word', () => {
    expect(names(extract('Non-branded goods sell well in Tulsa, Orvel Labs said.', 'en')).filter((n) => n.startsWith('Non'))).toEqual([]);
    expect(names(extract('Orvik-branded tools sell well in Tulsa.', 'en'))).toContain('Orvik/Product');
  });
});

describe('an inserted clause after a product', () => {
  it('"X, which is used in …, is made by A": A develops X', () => {
    expect(relations(extract('Orvane, which is used in body armor, is made by Pellix Robotics.', 'en'), 'DEVELOPS')).toContain('Pellix Robotics -DEVELOPS-> Orvane');
  });
});

describe('"makes X\'s …"', () => {
  it('is a firm\'s goods, not a brand, unless they are goods sold under a brand', () => {
    expect(names(extract("Acme Systems makes Pellix's engines under contract.", 'en'))).not.toContain("Pellix's/Product");
    expect(names(extract("Orvel Labs, which produces Orvik's breakfast cereals, will build a plant in Tulsa.", 'en'))).toContain("Orvik's/Product");
  });
});
