import { describe, expect, it } from 'vitest';
import type { Article, EntityType } from '../../src/graph/model.ts';
import type { Extraction, Mention } from '../../src/extract/index.ts';
import type { GraphPatch } from '../../src/graph/patch.ts';
import { createExtractor } from '../../src/extract/index.ts';
import { extractPatch, Resolver } from '../../src/resolve/index.ts';
import { acronymLetters, acronymsOf, bracketDefinitions, isAcronymOf, shortFormPairs } from '../../src/resolve/short-forms.ts';
import { englishInitials } from '../../src/resolve/translate-acronym.ts';

const extractor = createExtractor();
let n = 0;
const article = (text: string, lang = 'en'): Article => ({ id: `article:sf${++n}`, title: '', text, lang });
const run = (r: Resolver, text: string, lang = 'en') => extractPatch(article(text, lang), r, extractor);
/** Entity id → every name it carries, for the companies and organisations of a patch. */
const actors = (p: GraphPatch) => Object.fromEntries(p.entities.filter((e) => e.type !== 'Country' && e.type !== 'Region').map((e) => [e.id, [e.name, ...e.aliases].sort()]));
/**
 * The resolver alone, on mentions given by hand: the rule under test does not depend on whether the
 * extractor of the day reads a bare "Commission" or "7X" as a name.
 */
function resolveMentions(text: string, names: Array<[string, EntityType]>): GraphPatch {
  const mentions: Mention[] = [];
  let from = 0;
  for (const [name, type] of names) {
    const start = text.indexOf(name, from);
    mentions.push({ index: mentions.length, text: name, type, sentence: 0, start, end: start + name.length, cue: 'default', confidence: 0.5 });
    from = start + name.length;
  }
  const x: Extraction = { sentences: [{ index: 0, text, start: 0, end: text.length, part: 'text', paragraph: 0 }], mentions, relations: [] };
  return new Resolver().resolve(article(text), x);
}
const idOf = (p: GraphPatch, name: string) => p.entities.find((e) => e.name === name || e.aliases.includes(name))?.id;

describe('short-form rules (pure)', () => {
  it('reads acronyms dotted, quoted or plain, and rejects words', () => {
    expect(acronymLetters('K.D.')).toBe('KD');
    expect(acronymLetters('‘VC’')).toBe('VC');
    expect(acronymLetters('NAAR')).toBe('NAAR');
    expect(acronymLetters('Korvo')).toBeUndefined();
    expect(acronymLetters('K')).toBeUndefined();
  });
  it('abbreviates by word initials, inner capitals, leading capitals and English initials', () => {
    expect(acronymsOf('Kestrel Dynamics')).toContain('KD');
    expect(acronymsOf('VelaCircuits')).toContain('VC');
    expect([...acronymsOf('Nordic Rail Alliance (NRA) Joint Office')]).toEqual(expect.arrayContaining(['NJO', 'NRAJO']));
    expect(isAcronymOf('QR', 'QRMicrosystems')).toBe(true);
    expect(isAcronymOf('QM', 'QRMicrosystems')).toBe(false);
    expect(isAcronymOf('KV', 'Korvo Peltran')).toBe(false);
    expect(englishInitials('Agence nordique pour la recherche agricole')).toBe('NAAR');
    expect(englishInitials('Banque centrale européenne')).toBe('ECB');
    expect(englishInitials('Office mondial du commerce numérique')).toBe('WDTO');
  });
  it('finds an acronym defined in brackets after a name written in lower case', () => {
    const d = bracketDefinitions(['Le cadre de l’Agence nordique pour la recherche agricole (ANRA) est fixé.', 'Vexa (une filiale) recrute.']);
    expect([...d]).toEqual([['ANRA', 'Agence nordique pour la recherche agricole']]);
  });
  it('leaves a short form that could stand for two names alone', () => {
    const pairs = shortFormPairs([
      { text: 'Korvo Peltran', type: 'Company' }, { text: 'Korvo Dessaline', type: 'Company' }, { text: 'Korvo', type: 'Company' },
    ], { definitions: new Map(), isPlace: () => false });
    expect(pairs).toEqual([]);
  });
});

describe('short forms resolved to their full names', () => {
  it('dotted initials of a name of the article: "K.D." = "Kestrel Dynamics"', () => {
    const p = run(new Resolver(), 'Kestrel Dynamics will cut 2,000 jobs. K.D. said the plan would save money. Rivals of K.D. include Pellix.');
    expect(actors(p)['company:kestrel-dynamics']).toEqual(['K.D.', 'Kestrel Dynamics']);
  });
  it('the capitals of a one-word name: "VC" = "VelaCircuits", "QR" = "QRMicrosystems"', () => {
    const r = new Resolver();
    expect(actors(run(r, 'The company VelaCircuits (VC) will build a plant in Texas. VC said it would hire 500 people.'))).toEqual({ 'company:velacircuits': ['VC', 'VelaCircuits'] });
    const p = run(r, 'The French aid supports QRMicrosystems and Lundor. The plant of QR will open in 2027.');
    expect(actors(p)['company:qrmicrosystems']).toEqual(['QR', 'QRMicrosystems']);
    expect(actors(p)['company:lundor']).toEqual(['Lundor']);
  });
  it('spacing variants: "Nimbus HQ" = "NimbusHQ"', () => {
    const p = run(new Resolver(), 'US firms Nimbus HQ, Darvo and Pellix will invest £2 billion. The firm NimbusHQ will build a campus in Leeds.');
    expect(idOf(p, 'NimbusHQ')).toBe(idOf(p, 'Nimbus HQ'));
    expect(new Set(p.entities.map((e) => e.id)).size).toBe(p.entities.length);
  });
  it('a leading acronym of a name whose rest is names: "KLT" = "KLT Varnier Ostrand"; not when the rest is common words', () => {
    const p = run(new Resolver(), 'The French carmaker KLT Varnier Ostrand will cut jobs. KLT said sales fell in Europe.');
    expect(actors(p)['company:klt-varnier-ostrand']).toEqual(['KLT', 'KLT Varnier Ostrand']);
    const q = run(new Resolver(), 'The group Lumora Cloud Services said it would invest in Spain. Lumora said revenue rose.');
    expect(idOf(q, 'Lumora')).not.toBe(idOf(q, 'Lumora Cloud Services'));
  });
  it('a first part of a one-word name, also when an earlier article used only the short form', () => {
    const r = new Resolver();
    const a = run(r, 'Brightex will close a refinery in Lyon.');
    const b = run(r, 'The joint venture was formed by Darvo and BrightexEnergies. Brightex holds 40%.');
    expect(idOf(b, 'BrightexEnergies')).toBe(idOf(a, 'Brightex'));
  });
  it('a trailing s on a corporate word: "Borvane Motors" = "Borvane Motor Company"; "Quillex Group" ≠ "Quillex Motors"', () => {
    const r = new Resolver();
    const a = run(r, 'Borvane Motors said it would invest $1 billion in Kenya.');
    const b = run(r, 'Borvane Motor Company will hire 300 people in Kenya, Borvane said.');
    expect(idOf(b, 'Borvane Motor Company')).toBe(idOf(a, 'Borvane Motors'));
    const c = run(new Resolver(), 'Quillex Group and Quillex Motors signed a deal. Quillex Motors will invest $5 million in Peru.');
    expect(idOf(c, 'Quillex Group')).not.toBe(idOf(c, 'Quillex Motors'));
  });
  it('the bare head of an institution named in full: "the Commission"', () => {
    const p = resolveMentions('The Baltic Maritime Commission approved the aid. The Commission said the plan was fair.',
      [['Baltic Maritime Commission', 'Organization'], ['Commission', 'Company']]);
    expect(actors(p)).toEqual({ 'organization:baltic-maritime-commission': ['Baltic Maritime Commission', 'Commission'] });
  });
  it('a model number without its maker: "7X" = "Zorblax 7X", the maker stays apart', () => {
    const p = resolveMentions('Zorblax launched the Zorblax 7X console in Japan. The 7X sold 2 million units.',
      [['Zorblax', 'Company'], ['Zorblax 7X', 'Product'], ['Japan', 'Country'], ['7X', 'Product']]);
    expect(idOf(p, '7X')).toBe(idOf(p, 'Zorblax 7X'));
    expect(idOf(p, 'Zorblax')).not.toBe(idOf(p, 'Zorblax 7X'));
  });
  it('the English acronym of a French name the text defines: "NAAR" = "ANRA"', () => {
    const p = run(new Resolver(), 'Le cadre de l’Agence nordique pour la recherche agricole (ANRA) est fixé. Le fonds NAAR sera en place en 2026.', 'fr');
    expect(idOf(p, 'NAAR')).toBe(idOf(p, 'ANRA'));
    expect(p.entities.find((e) => e.id === idOf(p, 'ANRA'))!.aliases).toContain('Agence nordique pour la recherche agricole');
  });
  it('never by one shared word, nor a short form shared by two names', () => {
    const p = run(new Resolver(), 'Korvo Peltran and Korvo Dessaline said they will invest in Peru. Korvo said sales rose.');
    expect(new Set([idOf(p, 'Korvo'), idOf(p, 'Korvo Peltran'), idOf(p, 'Korvo Dessaline')]).size).toBe(3);
    const q = run(new Resolver(), 'The firm Vantor Zentra was formed by Vantor. Zentra said it would invest $1 billion in Kenya.');
    expect(new Set([idOf(q, 'Vantor'), idOf(q, 'Zentra'), idOf(q, 'Vantor Zentra')]).size).toBe(3);
  });
});
