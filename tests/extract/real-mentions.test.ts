/**
 * Entity rules written for real press releases, wire copy and official statements (issue 10): each
 * failure class with sentences of our own and made-up names.
 */
import { describe, expect, it } from 'vitest';
import { traceExtraction } from '../../src/extract/trace.ts';
import { isCommonWord } from '../../src/extract/lexicon/dictionary.ts';
import { isGivenName } from '../../src/extract/lexicon/first-names.ts';
import { isSmallTown } from '../../src/extract/gazetteer.ts';
import { extract, names } from './helpers.ts';

describe('headlines and subheads in Title Case', () => {
  it('read only names the body reads, gazetteer names and names by shape', () => {
    const x = extract('Today, the Orvane Group announced that Pellix Systems will build a plant in Ohio. Pellix Systems said the plant opens in 2027.', 'en',
      'Commerce Department Announces Preliminary Terms with Pellix Systems to Establish Leading-Edge Cluster in Ohio');
    const title = names(x).filter((_, i) => x.mentions[i]!.sentence === 0);
    expect(title).toEqual(expect.arrayContaining(['Pellix Systems/Company', 'Ohio/Region']));
    expect(title.some((n) => /Announces|Establish|Preliminary/.test(n))).toBe(false);
  });
  it('a subhead line of capitalised common words is no name, a line of one name still is', () => {
    const x = extract('Orvane listed its awards.\nProposed Grant of Up to $2 Billion Would Complement Private Investment in Ohio\n$40 million to the Vantor Semiconductor Manufacturing Company', 'en');
    const n = names(x);
    expect(n.some((s) => /Proposed|Complement|Private Investment/.test(s))).toBe(false);
    expect(n).toContain('Vantor Semiconductor Manufacturing Company/Company');
  });
  it('records why a headline word was not read', () => {
    const { rejected } = traceExtraction(() => extract('Pellix opened a site in Leeds.', 'en', 'Pellix Celebrates Anniversary of Historic Leeds Site'));
    expect(rejected.some((r) => r.text === 'Celebrates' && r.rule === 'headline')).toBe(true);
  });
});

describe('capitalised common words need evidence', () => {
  it('EN: sentence starts, words after a determiner, names made of common words, codes', () => {
    const x = extract('Jobs are often cut after mergers. Low prices sell more cars. Through careful planning, Orvane grew. The Department will review it. The three Ministers met Orvane in a Joint Venture. Grades fell from A3 to Baa2 with 6G roll-out.', 'en');
    const n = names(x);
    for (const w of ['Jobs', 'Low', 'Through', 'Department', 'Ministers', 'Joint Venture', 'A3', 'Baa2', '6G']) expect(n.some((s) => s.startsWith(w + '/'))).toBe(false);
    expect(n).toContain('Orvane/Company');
  });
  it('FR: a cue noun or a title alone is no name; a common word acting as a subject is', () => {
    const x = extract("Le président de la République s'est rendu au Sommet « Choisir Lyon ». Le président du Conseil a parlé. Orange a annoncé 300 emplois.", 'fr');
    const n = names(x);
    expect(n.some((s) => /^(?:République|Sommet|Conseil)\//.test(s))).toBe(false);
    expect(n).toContain('Orange/Company');
  });
  it('keeps single common words that act or are listed mid-sentence, and cue-named funds', () => {
    const x = extract('Leaders from Alphabet, Meta and Pellix attended. Orvane gets £5m under its Automotive Transformation Fund.', 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['Alphabet/Company', 'Meta/Company', 'Automotive Transformation Fund/Program']));
  });
  it('an acronym of lower-case words and a common abbreviation are no names', () => {
    const n = names(extract('They signed a preliminary memorandum of terms (PMT) at the HQ, with an SD card.', 'en'));
    expect(n.some((s) => /^(?:PMT|HQ|SD)\//.test(s))).toBe(false);
  });
  it('uses a real dictionary of both languages', () => {
    expect(isCommonWord('mergers', 'en')).toBe(true);
    expect(isCommonWord('assemblee', 'fr')).toBe(true);
    expect(isCommonWord('orvane')).toBe(false);
  });
});

describe('people behind titles', () => {
  it('portfolio words of a long title go to the title, not the person', () => {
    const x = extract('"We are proud," said White House Deputy Chief of Staff Noreen Valdas. Secretary of Commerce Gina Tolvar spoke. UK Secretary of State for Defence John Marrow agreed.', 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['Noreen Valdas/Person', 'Gina Tolvar/Person', 'John Marrow/Person']));
    expect(names(x).some((n) => /Staff|Commerce Gina|Defence John/.test(n))).toBe(false);
  });
  it('a surname in capitals after a title, and the people an administration is named after', () => {
    // (the people of an administration are read when the article names one of them for itself: round 6)
    const x = extract('Defense Minister TAKARA Ren met the Corvin-Dalby Administration. President Corvin welcomed him.', 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['TAKARA Ren/Person', 'Corvin/Person', 'Dalby/Person']));
  });
  it('a large international given-name list finds people the hand list lacks', () => {
    expect(isGivenName('anjan')).toBe(true);
    expect(isGivenName('general')).toBe(false); // a common word is never a given name by itself
    const n = names(extract('An economist, Anjan Valdrevi, said so. The firm Schneider Electric grew.', 'en'));
    expect(n).toContain('Anjan Valdrevi/Person');
    expect(n).not.toContain('Schneider Electric/Person');
  });
  it('a role in apposition makes a person: "X, analyste à Y"', () => {
    expect(names(extract('« La baisse est forte », commente Kim Do-Hyun, analyste à Orvane Securities.', 'fr'))).toContain('Kim Do-Hyun/Person');
  });
});

describe('sign-offs, places in compounds, names with "and"', () => {
  it('"I\'m <name>" is no company', () => {
    const n = names(extract("I'm Tessa Varnel with the Orvane Radio Report.", 'en'));
    expect(n.some((s) => s.startsWith("I'm"))).toBe(false);
  });
  it('"Mumbai-based X" is X, and the place', () => {
    const n = names(extract('Mumbai-based Orvane Motors will buy Pellix.', 'en'));
    expect(n).toEqual(expect.arrayContaining(['Mumbai/Region', 'Orvane Motors/Company']));
  });
  it('institutions and programs with "and" in their names', () => {
    const n = names(extract('An economist with the Federation of Indian Chambers of Commerce and Industry spoke. Lee Jin, analyst at Hana Investment and Securities, agreed. The Orvane and Science Act passed.', 'en'));
    expect(n).toEqual(expect.arrayContaining(['Federation of Indian Chambers of Commerce and Industry/Organization', 'Hana Investment and Securities/Company', 'Orvane and Science Act/Program']));
  });
  it('"A and B" stays two names when B is a name of its own', () => {
    expect(names(extract('Bouygues Telecom and Orvane signed.', 'en'))).toEqual(expect.arrayContaining(['Bouygues Telecom/Company', 'Orvane/Company']));
  });
  it('products listed with their owner after "of"; a small place with its country', () => {
    const x = extract('Orvane owns Pellgram. The channels Chatly, Pellgram and Vexer of Orvane matter. The plant is in Grenay, France.', 'en');
    expect(names(x)).toEqual(expect.arrayContaining(['Vexer/Company', 'Grenay/Region']));
    expect(names(x).some((n) => n.startsWith('Vexer of'))).toBe(false);
  });
  it('a program named with "pour l\'" and a year', () => {
    const n = names(extract("Le cadre du Plan d'Investissement pour l'Europe et le programme de financement de l'innovation Horizon 2030, en septembre.", 'fr'));
    expect(n).toEqual(expect.arrayContaining(["Plan d'Investissement pour l'Europe/Program", 'Horizon 2030/Program']));
  });
});

describe('typing small places, products by model code, lower-case names, people with common-word given names', () => {
  it('places after plural place nouns and with French linking words', () => {
    const n = names(extract("L'usine sera construite sur les communes de Morvec et de Tessoncourt, près de celle de Pont-à-Varne.", 'fr'));
    expect(n).toEqual(expect.arrayContaining(['Morvec/Region', 'Tessoncourt/Region', 'Pont-à-Varne/Region']));
  });
  it('a model code names a product', () => {
    const n = names(extract("Les défaillances de l'avion (un Orvane X330) sont pointées. La 4DS coûte moins que la 4DS XL.", 'fr'));
    expect(n).toEqual(expect.arrayContaining(['Orvane X330/Product', '4DS XL/Product']));
  });
  it('a word no dictionary knows, described in parentheses, is a name wherever it is written', () => {
    const x = extract("L'accord est signé entre le Fonds européen et orvafinance (la banque publique d'investissement). orvafinance participera au financement.", 'fr');
    expect(names(x).filter((s) => s.startsWith('orvafinance/')).length).toBe(2);
  });
  it('a given name that is a common word of another language, before a surname that is no word', () => {
    expect(names(extract('Ce plan, voulu par la directrice nommée en septembre dernier Meg Torvalsen, devrait aboutir.', 'fr'))).toContain('Meg Torvalsen/Person');
    expect(names(extract('General Atlantic and Orvane invested.', 'en'))).not.toContain('General Atlantic/Person');
  });
});

describe('small towns from GeoNames', () => {
  it('a town of a few thousand people is a place after a place preposition, and only there', () => {
    const x = extract('Orvane hired 40 people in Yvetot. Later, Yvetot Partners said nothing.', 'en');
    expect(names(x)).toContain('Yvetot/Region');
    expect(isSmallTown('yvetot')).toBe(true);
    expect(isSmallTown('orvane')).toBe(false);
  });
});

describe('page furniture is never an entity', () => {
  it('datelines, publication lines, "From:" lines, credits, bylines with a title, post-nominal letters', () => {
    const text = ['Skip to main content', 'From: Department for Orvane Affairs and The Rt Hon Jane Tolvar MP', 'Published 14 October 2024',
      'Orvane will invest in Leeds, said Jane Tolvar MP.', 'Photo credit: Tessa Varnel / Orvane Press', 'By Tom Brivel, Orvane Correspondent',
      'LEEDS, Oct 14 - Pellix said it would follow.', 'WASHINGTON — Vantor agreed.'].join('\n');
    expect(names(extract(text, 'en')).sort()).toEqual(['Jane Tolvar/Person', 'Leeds/Region', 'Orvane/Company', 'Pellix/Company', 'Vantor/Company']);
  });
});

describe('given names of the large list against brands', () => {
  it('a first word written alone elsewhere, or a determiner before, makes a thing, not a person', () => {
    expect(names(extract('Orvane lance la Tessa Vantor à Tanger.', 'fr'))).not.toContain('Tessa Vantor/Person');
    const x = extract('Kalinda raised funds. It is also launching Kalinda Pay, a payments tool.', 'en');
    expect(names(x)).not.toContain('Kalinda Pay/Person');
    expect(names(extract('Analyst Kalinda Pelletrin said so.', 'en'))).toContain('Kalinda Pelletrin/Person');
  });
});
