/**
 * DEVELOPS: "X développe ses propres modèles, comme A et B", "X launches A", "X unveiled its A chip".
 * After a develop/launch word that follows a company, the products named (typed Product, or named
 * after "comme/such as/called/baptisé") are developed by that company; a weakly typed name there is
 * retyped Product.
 */
import { fold } from '../text/normalize.ts';
import { capByAnaphora, previousSubject, type RuleContext } from './context.ts';
import { brandLists } from './develops-brands.ts';

const NAMING = /(?:comme|such as|including|called|named|dubbed|baptise|baptisee|nomme|nommee|appele|appelee|notamment)\s*(?:la |le |l' ?|the )?$/;
const CUSTOMERS = /(?:customers|clients|partners|partenaires|companies|entreprises|societes|groupes|rivals|concurrents|buyers|acheteurs)\b/;
/** The verb's direct object with a determiner: "produira de son côté la Vela", "launches its Vela". */
const OBJECT = /^[a-z]+(?:\s+(?:de son cote|aussi|egalement|also|notamment))?\s+(?:(?:le|la|l'|les|the|its|son|sa|ses|leur|their)\s*)?$/;
const RELATIVE = /^\s*,\s*(?:qui|which|that|who)\s+(?:[a-z-]+\s+){0,2}$/;
const WEAK = new Set(['default', 'list', 'quoted', 'article']);
const CLAUSE_CONJUNCTION = /(?:^|[^a-z])(?:and|et|but|mais|while|whereas|tandis que|alors que)\s+(?:the\s+|le\s+|la\s+|l')?$/;

export function developsRule(ctx: RuleContext): void {
  namedProducts(ctx);
  letterSeries(ctx);
  brandLists(ctx);
  for (const s of ctx.sentences) {
    const sk = ctx.skeletons.get(s.index);
    if (!sk) continue;
    const folded = fold(s.text);
    const verb = developVerb(ctx.cues.develop, folded);
    if (!verb) continue;
    // the subject: the first company before the verb ("Aleph, qui rivalise avec OpenAI, développe …")
    // …unless a relative clause hangs the verb on a later company ("concurrence Orvane, qui produit la Vela")
    const relative = [...sk.mentions].reverse().find((m) => m.type === 'Company' && m.end <= verb.index &&
      RELATIVE.test(fold(s.text.slice(m.end, verb.index))));
    // within the clause of the verb when a conjunction opens one ("X exploitera le site, tandis que Y développera …")
    const clause = lastBoundary(folded.slice(0, verb.index));
    // "X, co-fondateur de l'encyclopédie Y, a dévoilé Z": the person in subject position, not the company of the apposition
    const first = sk.mentions[0];
    const personSubject = first?.type === 'Person' && first.end <= verb.index &&
      /^\s*,[^,]{3,120},\s*(?:(?:a|has|have|had|est|vient d'|vient de|will|va)\s+)?$/.test(fold(s.text.slice(first.end, verb.index))) ? first : undefined;
    // "without A and B subsidies C would have been unable to develop X": the company the verb's auxiliaries follow is its subject
    const adjacent = [...sk.mentions].reverse().find((m) => m.type === 'Company' && m.end <= verb.index && m.start >= clause &&
      AUXILIARIES.test(folded.slice(m.end, verb.index)));
    const developer = personSubject ?? relative ?? adjacent ?? sk.mentions.find((m) => m.type === 'Company' && m.end <= verb.index && m.start >= clause && !ofTitle(s.text, m)) ??
      sk.mentions.find((m) => m.type === 'Company' && m.end <= verb.index && !ofTitle(s.text, m)) ?? pronounSubject(ctx, s.index, folded) ?? productSubject(ctx, s.index, sk.mentions, verb.index);
    if (!developer) continue;
    let listing = false;
    for (const m of sk.mentions) {
      if (m.start < verb.index || m.index === developer.index || m.text === developer.text) continue;
      // "…, Orvane's vaccine": a possessor is not a product
      if (/^['’]s\b/.test(s.text.slice(m.end))) { if (listing) break; continue; }
      const gap = fold(s.text.slice(verb.index, m.start));
      if (CUSTOMERS.test(gap)) break; // "chips for customers such as Qualcomm": buyers, not products
      // "X will build a plant and Y sells the Z": a conjunction opens another company's clause before the product
      if (!listing && sk.mentions.some((o) => o.type === 'Company' && o.index !== developer.index && o.start > verb.index && o.end <= m.start &&
        CLAUSE_CONJUNCTION.test(fold(s.text.slice(Math.max(verb.index, o.start - 14), o.start))))) break;
      const named = NAMING.test(gap) || OBJECT.test(gap) || (listing && /^\s*(?:,|et|and|ou|or)\s*$/.test(fold(s.text.slice(prevEnd(sk.mentions, m), m.start))));
      // "makes allegations about funding … for the X": a product far from the verb and not its object is not what is made
      if (!named && !listing && FAR.test(gap)) continue;
      // a project named after a naming verb ("un nouveau projet nommé X") is the thing made, whatever typed it
      if (m.type === 'Product' || (named && WEAK.has(m.cue) && (m.type === 'Company' || m.type === 'Program')) || (named && NAMING.test(gap) && m.type === 'Program' && m.cue === 'cue')) {
        m.type = 'Product';
        listing = true;
        ctx.add({ type: 'DEVELOPS', source: developer.index, target: m.index, sentence: s.index, rule: 'develops', confidence: capByAnaphora(ctx, named ? 0.8 : 0.7, developer.index) });
      } else if (listing) break;
    }
  }
}

/** Only auxiliaries, modals and adverbs between a subject and its verb ("would have been unable to", "va aussi"). */
const AUXILIARIES = /^\s*(?:(?:would|could|will|shall|should|may|might|can|has|have|had|been|be|is|was|are|were|not|never|also|now|then|unable|able|to|plans|planned|aims|wants|intends|va|vont|a|ont|pourra|pourrait|doit|devrait|de|d'|pas|ne|n'|aussi|egalement|compte|souhaite|veut)\s+)+$/;
/** A capital letter alone before a product's name: "the C Series", "la Classe A" is the other order (not read). */
const LETTER_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}) $/u;

/** "the C Series aircraft": the model's letter is part of its name (the letter alone is no name and was left out). */
function letterSeries(ctx: RuleContext): void {
  for (const m of ctx.mentions) {
    if (m.type !== 'Product' || m.implicit || m.start < 2 || m.cue === 'coref') continue;
    const s = ctx.sentences[m.sentence];
    const hit = s && LETTER_BEFORE.exec(s.text.slice(Math.max(0, m.start - 3), m.start));
    // not a sentence's first word ("A Series of …" would be a determiner)
    if (!hit || !s || m.start - 2 === 0 || /^\s*$/.test(s.text.slice(0, m.start - 2))) continue;
    m.start -= 2;
    m.text = `${hit[1]} ${m.text}`;
  }
}

/** More than eight words between the verb and a product. */
const FAR = /^\S*(?:\s+\S+){9,}\s*$/;
/** Words that begin with a develop word but are nouns of another thing ("shipbuilder", "shipyard", "the building"). */
const NOT_A_VERB = /^(?:ship(?!s?\b|ped\b|ping\b)|buildings?\b|builders?\b)/;

/** The first develop word of the sentence that is a verb or a noun of making ("ship" in "shipbuilder" is not). */
function developVerb(re: RegExp, folded: string): RegExpExecArray | null {
  let from = 0;
  for (let i = 0; i < 8; i++) {
    const m = re.exec(folded.slice(from));
    if (!m) return null;
    if (!NOT_A_VERB.test(folded.slice(from + m.index))) { m.index += from; return m; }
    from += m.index + m[0].length;
  }
  return null;
}

/** "Baptisée « X », la machine …", "Called X, the console …": the sentence names the product the sentence before presented. */
const NAMED_START = /^\s*(?:baptisee?s?|surnommee?s?|nommee?s?|appelee?s?|called|dubbed|named)\s*[«"“]\s*([^»"”]{1,40}?)\s*[»"”]\s*,/;
const PRESENTED = /(?<![a-z])(?:present|devoil|annonc|lanc|unveil|announc|launch|introduc|show)/;

function namedProducts(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    const folded = fold(s.text);
    const n = NAMED_START.exec(folded);
    if (!n || s.index === 0) continue;
    const before = ctx.sentences[s.index - 1];
    if (!before || before.part !== s.part || !PRESENTED.test(fold(before.text))) continue;
    // the presenter: the company nearest before the verb, not one in a time phrase ("après la X, Nintendo a présenté")
    const prevFolded = fold(before.text);
    const verbAt = PRESENTED.exec(prevFolded)!.index;
    const developer = ctx.mentions.filter((m) => m.sentence === before.index && m.type === 'Company' && m.end <= verbAt &&
      !/(?:apres|after|avant|before|comme|like)\s+(?:la\s+|le\s+|l'\s*|les\s+|the\s+)?$/.test(prevFolded.slice(Math.max(0, m.start - 20), m.start)))
      .sort((a, b) => b.end - a.end)[0]?.index;
    if (developer === undefined) continue;
    const key = n[1]!.trim();
    // the same name elsewhere in the article (a title, a later sentence), read as a product, a company or a program
    const same = ctx.mentions.filter((m) => fold(m.text) === key && (m.type === 'Product' || m.type === 'Company' || m.type === 'Program'));
    let product = same.find((m) => m.sentence === s.index) ?? same[0];
    if (!product && folded.length === s.text.length) {
      // the quoted name no rule read: a product mention at its place in the sentence
      const start = n.index + n[0].indexOf(n[1]!);
      product = { index: ctx.mentions.length, text: s.text.slice(start, start + key.length), type: 'Product', sentence: s.index, start, end: start + key.length, cue: 'quoted', confidence: 0.7 };
      ctx.mentions.push(product);
    }
    if (!product || product.index === developer) continue;
    for (const m of same) if (m.type === 'Company' || m.type === 'Program') m.type = 'Product';
    ctx.add({ type: 'DEVELOPS', source: developer, target: product.index, sentence: s.index, rule: 'develops-named', confidence: capByAnaphora(ctx, 0.7, developer) });
  }
}

/** "Le fondateur de X lance …": X is the complement of a person's title, not the subject that makes things. */
const OF_TITLE = /(?:fondateur|fondatrice|co-?fondateur|co-?fondatrice|founder|co-founder|patron|patronne|pdg|ceo|chief executive|president|presidente|directeur|directrice|boss|head|chef)s? (?:de |d' ?|du |of )(?:la |le |l' ?|the )?$/;
function ofTitle(text: string, m: { start: number }): boolean {
  return OF_TITLE.test(fold(text.slice(Math.max(0, m.start - 40), m.start)));
}

function prevEnd(list: readonly { end: number; start: number }[], m: { start: number }): number {
  let end = 0;
  for (const x of list) if (x.end <= m.start && x.end > end) end = x.end;
  return end;
}

const BOUNDARY = /(?:\bque\b|\bqu'|\bthat\b|\bwhile\b|\bwhereas\b|;)/g;
function lastBoundary(text: string): number {
  let at = 0;
  for (const m of text.matchAll(BOUNDARY)) at = m.index + m[0].length;
  return at;
}

/** "It is also launching X", "Il lance X": the company the previous sentence is about. */
function pronounSubject(ctx: RuleContext, sentence: number, folded: string) {
  if (!/^\s*(?:it|il|elle)\s/.test(folded)) return undefined;
  const i = previousSubject(ctx, sentence);
  return i === undefined ? undefined : ctx.mentions[i];
}

/** "The first phase should start production of the Vela 7": no company in the sentence, a product after the verb, the company before. */
function productSubject(ctx: RuleContext, sentence: number, mentions: readonly { type: string; start: number; cue: string }[], at: number) {
  if (mentions.some((m) => m.type === 'Company' || m.type === 'Organization')) return undefined;
  if (!mentions.some((m) => m.type === 'Product' && m.start > at && m.cue !== 'default')) return undefined;
  const i = previousSubject(ctx, sentence);
  return i === undefined ? undefined : ctx.mentions[i];
}
