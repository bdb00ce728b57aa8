/**
 * Relation rules for the failure classes of real press releases and statements (issue 10), one block per
 * class, with names made up for the tests (places are real: they are general knowledge).
 */
import { describe, expect, it } from 'vitest';
import { traceExtraction } from '../../src/extract/trace.ts';
import { extract, relation, relations } from './helpers.ts';

describe('ROLE_AT for public office', () => {
  it('reads the country from a demonym or a country before the title (EN)', () => {
    const x = extract('On 7 July, Italian Defence Minister Marco Pellavi and UK Secretary of State for Defence Daniel Korvath met online.', 'en');
    expect(relation(x, 'Marco Pellavi', 'ROLE_AT', 'Italy')).toBeDefined();
    expect(relation(x, 'Daniel Korvath', 'ROLE_AT', 'UK')?.properties.role).toBe('secretary of state for defence');
  });

  it('reads the country the article is about when the title names none (FR)', () => {
    const x = extract("La France veut relocaliser. Le premier ministre Jean Vardelin s'est entretenu avec Paul Mercadier, le ministre du redressement productif, à Paris.");
    expect(relations(x, 'ROLE_AT')).toEqual(expect.arrayContaining(['Jean Vardelin -ROLE_AT-> France', 'Paul Mercadier -ROLE_AT-> France']));
    expect(relation(x, 'Jean Vardelin', 'ROLE_AT', 'France')!.confidence).toBeLessThanOrEqual(0.6);
  });

  it('leaves company titles and offices of a state or province alone', () => {
    const x = extract('India approved the plant in Chennai, state industries minister Daniel Korvath wrote. Vantrix Corp president Marco Pellavi said it would hire.', 'en');
    expect(relations(x, 'ROLE_AT').filter((r) => r.endsWith('India'))).toEqual([]);
  });

  it('gives commissioners and executive vice-presidents to the Commission named in the article', () => {
    const x = extract('The European Commission has approved the merger. Executive Vice-President Marie Dufresnel said the market stays open.', 'en');
    expect(relation(x, 'Marie Dufresnel', 'ROLE_AT', 'European Commission')).toBeDefined();
  });

  it('reads union and profession roles', () => {
    const x = extract('Paul Renshaw of British trade union Metalforge said jobs were safe. An economist with the Valmont Institute, Daniel Korvath, says demand is strong.', 'en');
    expect(relation(x, 'Paul Renshaw', 'ROLE_AT', 'Metalforge')).toBeDefined();
    expect(relation(x, 'Daniel Korvath', 'ROLE_AT', 'Valmont Institute')).toBeDefined();
  });
});

describe('PARTNERS_WITH among several parties', () => {
  it('joint-venture owners pairwise, a later joiner with each owner and into the venture (FR)', () => {
    const x = extract('Voltaris SAS est une coentreprise française créée par le groupe Amberlux et Norvexa, rejoints ensuite par Celtiqa, développant des batteries.');
    expect(relations(x, 'PARTNERS_WITH')).toEqual(expect.arrayContaining(['Amberlux -PARTNERS_WITH-> Norvexa', 'Celtiqa -PARTNERS_WITH-> Amberlux', 'Celtiqa -PARTNERS_WITH-> Norvexa']));
    expect(relation(x, 'Celtiqa', 'INVESTS_IN', 'Voltaris SAS')).toBeDefined();
  });

  it('joint-venture owners listed with their countries (EN)', () => {
    const x = extract('Industry launched Skyforge, a joint venture that brings together aerospace leaders Arvenor Systems (UK), Belmora Group (Italy) and Kitanami Industries Co. Ltd. (Japan).', 'en');
    const p = relations(x, 'PARTNERS_WITH');
    expect(p).toEqual(expect.arrayContaining(['Arvenor Systems -PARTNERS_WITH-> Belmora Group', 'Belmora Group -PARTNERS_WITH-> Kitanami Industries Co']));
    expect(p.some((r) => r.includes('Skyforge'))).toBe(false);
  });

  it('every signatory of an agreement, not a parent named in apposition', () => {
    const x = extract("Le 3 mars, le groupe Amberlux, Norvexa et la filiale de Trelvix, Saphira, signent un accord afin de créer une usine.");
    expect(relations(x, 'PARTNERS_WITH')).toEqual(expect.arrayContaining(['Amberlux -PARTNERS_WITH-> Norvexa', 'Amberlux -PARTNERS_WITH-> Saphira', 'Norvexa -PARTNERS_WITH-> Saphira']));
    expect(relations(x, 'PARTNERS_WITH').some((r) => r.includes('Trelvix'))).toBe(false);
  });

  it('does not make rivals partners of a later agreement', () => {
    const x = extract('Pasqualis competes with Orbix Corp and Quantara Inc, and has signed a partnership with Deltaro Group.', 'en');
    expect(relations(x, 'PARTNERS_WITH')).toEqual(['Pasqualis -PARTNERS_WITH-> Deltaro Group']);
  });

  it('co-shareholders, agreements between two parties and joint operation', () => {
    const x = extract('En 2021, Celtiqa rejoint le projet, devenant actionnaire à parts égales avec Amberlux et Norvexa.');
    expect(relations(x, 'PARTNERS_WITH')).toEqual(expect.arrayContaining(['Celtiqa -PARTNERS_WITH-> Amberlux', 'Celtiqa -PARTNERS_WITH-> Norvexa', 'Amberlux -PARTNERS_WITH-> Norvexa']));
    const y = extract("C'est l'objet de l'accord financier signé ce matin à Paris entre Finavera (filiale du groupe Norvexa) et Credalis.");
    expect(relations(y, 'PARTNERS_WITH')).toContain('Finavera -PARTNERS_WITH-> Credalis');
    const z = extract('France will support Arvenor Systems and Belmora Group\'s project to build and jointly operate a plant in Crolles, France.', 'en');
    expect(relations(z, 'PARTNERS_WITH')).toContain('Arvenor Systems -PARTNERS_WITH-> Belmora Group');
  });
});

describe('INVESTS_IN read from facilities, grants and purchases', () => {
  it('a nominalised implantation or construction of a plant is an investment in its place (FR)', () => {
    const x = extract("Nous avons choisi de soutenir l'implantation de Ferrovia à Arles, qui créera 190 emplois.");
    expect(relations(x, 'INVESTS_IN')).toEqual(['Ferrovia -INVESTS_IN-> Arles']);
    expect(x.relations.find((r) => r.type === 'INVESTS_IN')!.rule).toBe('invests-facility');
  });

  it('no investment in a plant that closes', () => {
    const x = extract("Ferrovia fermera sa nouvelle usine de Lyon en septembre.");
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });

  it('a grant-giver is not the investor: the company it funds builds (FR), with the reason traced', () => {
    const { result: x, rejected } = traceExtraction(() => extract("La Commission européenne a autorisé une aide de 48 millions d'euros en faveur de la création, par Voltaris SAS, d'une nouvelle usine à Douai."));
    expect(relations(x, 'INVESTS_IN')).toEqual(['Voltaris SAS -INVESTS_IN-> Douai']);
    expect(rejected.some((r) => r.stage === 'relation' && /grant-giver/.test(r.reason))).toBe(true);
  });

  it('the most specific place, and "in the region" for the region named before (EN)', () => {
    const x = extract('The award supports Vantrix Corp\'s investment of approximately $13 billion in its U.S. manufacturing sites in New York and Vermont.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Vantrix Corp -INVESTS_IN-> New York', 'Vantrix Corp -INVESTS_IN-> Vermont']);
    const y = extract('Kestrel Semiconductor will expand in Texas. Kestrel Semiconductor is expected to invest more than $40 billion in the region in the coming years.', 'en');
    // ("will expand in Texas" is an investment in Texas too, read since round 9: the sum is the second sentence's)
    expect(relations(y, 'INVESTS_IN')).toEqual(['Kestrel Semiconductor -INVESTS_IN-> Texas', 'Kestrel Semiconductor -INVESTS_IN-> Texas']);
    expect(y.relations.find((r) => r.type === 'INVESTS_IN' && r.sentence === 1)?.properties).toMatchObject({ amount: 4e10, currency: 'USD' });
  });

  it('a superlative names no destination; "the UK will be the home for" does', () => {
    const x = extract('Rajan Group will be investing over £4 billion to build a new gigafactory—the largest in Europe, I believe—in the UK.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual(['Rajan Group -INVESTS_IN-> UK']);
    const y = extract('US firms Orbix Corp, Quantara Inc and Deltaro Group, who have announced the UK will be the home for their data infrastructure worth a total of £6.3 billion.', 'en');
    expect(relations(y, 'INVESTS_IN')).toEqual(['Orbix Corp -INVESTS_IN-> UK', 'Quantara Inc -INVESTS_IN-> UK', 'Deltaro Group -INVESTS_IN-> UK']);
    expect(y.relations[0]!.properties.amount).toBeUndefined();
  });

  it('a purchase of brands from a seller: the buyer invests in each, the brands were the seller\'s', () => {
    const x = extract('Mumbai-based Rajan Motors says it will buy British luxury car brands Corvane and Halden from U.S.-based Brixton Motor Company for $2.3 billion in cash.', 'en');
    expect(relation(x, 'Rajan Motors', 'INVESTS_IN', 'Corvane')?.properties).toMatchObject({ amount: 2.3e9, currency: 'USD' });
    expect(relation(x, 'Rajan Motors', 'INVESTS_IN', 'Halden')).toBeDefined();
    expect(relation(x, 'Halden', 'SUBSIDIARY_OF', 'Brixton Motor Company')).toBeDefined();
    expect(relation(x, 'Rajan Motors', 'INVESTS_IN', 'Brixton Motor Company')).toBeUndefined();
    expect(relation(x, 'Rajan Motors', 'LOCATED_IN', 'Mumbai')).toBeDefined();
  });

  it('private investment names no investor', () => {
    const x = extract('Senator Paul Renshaw said the law has spurred more than $100 billion of private investment in Arizona.', 'en');
    expect(relations(x, 'INVESTS_IN')).toEqual([]);
  });
});

describe('ANNOUNCED_AT, LOCATED_IN, COMPETES_WITH', () => {
  it('announcements of today go to today\'s summit, not last year\'s; "the investments, announced at" to their investors', () => {
    const x = extract("Global Business Summit secures £63 billion. The figure doubles the £29.5 billion committed at last year's Global Investment Summit, including new investments announced today by Orbix Corp and Quantara Inc.", 'en');
    expect(relations(x, 'ANNOUNCED_AT')).toEqual(['Orbix Corp -ANNOUNCED_AT-> Global Business Summit', 'Quantara Inc -ANNOUNCED_AT-> Global Business Summit']);
    const y = extract("Orbix Corp and Quantara Inc have announced the UK will be the home for their data centres. The investments, announced as part of today's Global Business Summit, will create jobs.", 'en');
    expect(relations(y, 'ANNOUNCED_AT')).toEqual(['Orbix Corp -ANNOUNCED_AT-> Global Business Summit', 'Quantara Inc -ANNOUNCED_AT-> Global Business Summit']);
  });

  it('a city and its region, not a list of regions; a company based in a city; headquarters for several bodies', () => {
    const x = extract("Voltaris construira une usine à Douai, Hauts-de-France. Le site de Billy (Hauts-de-France) ouvrira en 2026. Elle vend en Bretagne, Normandie et Occitanie.");
    const l = relations(x, 'LOCATED_IN');
    expect(l).toEqual(expect.arrayContaining(['Douai -LOCATED_IN-> Hauts-de-France', 'Billy -LOCATED_IN-> Hauts-de-France']));
    expect(l.filter((r) => r.startsWith('Bretagne') || r.startsWith('Normandie'))).toEqual([]);
    expect(relation(x, 'Voltaris', 'INVESTS_IN', 'Douai')).toBeDefined();
    const y = extract("Mumbai-based Orbix Corp will expand. L'ouverture du nouveau siège à Lyon pour Quantara SA et Deltaro SA est prévue.");
    expect(relations(y, 'LOCATED_IN')).toEqual(expect.arrayContaining(['Orbix Corp -LOCATED_IN-> Mumbai', 'Quantara SA -LOCATED_IN-> Lyon', 'Deltaro SA -LOCATED_IN-> Lyon']));
    // a place no mention read, glued to "-headquartered"
    const z = extract('It comes as Washington DC-headquartered firm Orbix Corp is set to develop a new data centre campus in Didcot.', 'en');
    expect(relations(z, 'LOCATED_IN')).toContain('Orbix Corp -LOCATED_IN-> Washington');
  });

  it('"Baptisée « X », la machine": the product the company presented just before', () => {
    const x = extract("Après la Vela 2, Orvalia a présenté une version plus grande de sa console. Baptisée « Vela XL », la machine sortira en juillet.", 'fr', 'Annonce de la Vela XL');
    expect(relations(x, 'DEVELOPS')).toContain('Orvalia -DEVELOPS-> Vela XL');
    expect(relations(x, 'DEVELOPS').some((r) => r.startsWith('Vela 2'))).toBe(false);
  });

  it('countries competing', () => {
    const x = extract('The Business Secretary wants the UK to go toe to toe on growth with the US economy.', 'en');
    expect(relations(x, 'COMPETES_WITH')).toEqual(['UK -COMPETES_WITH-> US']);
  });
});
