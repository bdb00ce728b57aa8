/**
 * LOCATED_IN from what the lexicons know: a city or region of the gazetteer is in its country when the
 * article names that country; a company introduced by a demonym ("l'allemand Northvolt", "Scaleway, le
 * concurrent français", "the German firm X") is located in that country.
 */
import { inSentence } from '../by-sentence.ts';
import { COUNTRY_ALIASES } from '../lexicon/common.ts';
import { fold, matchKey } from '../text/normalize.ts';
import { reject, tracing } from '../trace.ts';
import type { Mention } from '../types.ts';
import type { RuleContext } from './context.ts';
import { locatedApposition } from './located-apposition.ts';
import { literalGate } from './literal-gate.ts';
import { locatedClauses } from './located-clauses.ts';
import { locatedPhrase } from './located-phrase.ts';

/** A first-level region (a state, a French region): in the gazetteer without a population, or typed by a region noun. */
function isFirstLevel(ctx: RuleContext, m: Mention): boolean {
  const e = ctx.gaz.lookup(matchKey(m.canonical ?? m.text)); // ("Ill." reads as Illinois: state-codes.ts)
  return !!e && e.type === 'Region' && e.population === undefined && !!e.country;
}

function namesRegionOf(ctx: RuleContext, iso: string, memo: Map<string, boolean>): boolean {
  // once per country, not once per city mention (linear time on long texts)
  let named = memo.get(iso);
  if (named === undefined) memo.set(iso, named = ctx.mentions.some((m) => m.type === 'Region' && m.country === iso && !m.implicit && isFirstLevel(ctx, m)));
  return named;
}

/** A place written right after a city: "Taylor, Texas", "Douai, Hauts-de-France", "Douai (Hauts-de-France)". */
const CITY_REGION = /⟦R(\d+)⟧ ?(?:,|\(|, (?:dans|en|in) (?:la |le |l' ?|les |the )?(?:(?:departement|region|province|comte|county|canton|district) (?:de |du |des |d' ?|of )?(?:la |le |l' ?)?)?) ?⟦R(\d+)⟧/g;
/** An area the gazetteer does not know, typed a place by its position after a city ("Verdun, dans la Meuse"). */
function isUnlistedArea(ctx: RuleContext, m: Mention): boolean {
  // "in Europe-first win": a compound adjective ending in a common word is no place name (unlike "Aix-en-Provence")
  return m.type === 'Region' && m.cue !== 'gazetteer' && !ctx.gaz.lookup(matchKey(m.text)) && !ADJECTIVE_TAIL.test(m.text);
}
const ADJECTIVE_TAIL = /-\p{Ll}+$/u;
/** "Mumbai-based X", "Washington DC-headquartered firm X", "X, headquartered in Y" (the pattern rules read the last). */
const BASED = /⟦([RN])(\d+)⟧(?: [a-z.]{1,4})?-(?:based|headquartered|basee?|headquarters) (?:(?:the |a |an |firm |company |group |carmaker |automaker |chipmaker |bank |start-up |startup |le |la )){0,2}⟦([CO])(\d+)⟧/g;
const BASED_MORE = /^ ?(?:,|and|et) (?:the |la |le )?⟦C(\d+)⟧(?![^ ]*-)/;
/** An honorific right before a name: the name is a person's, whatever its type. */
// (not lexicon HONORIFICS: a test of the raw text just before a city, where only a short written style fits)
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|M|Mme)\.?\s+$/u;
/** "Northamptonshire business Scott Bader", "une entreprise de Gironde, X", "X, une PME de la Loire": a company of a place. */
const PLACE_BUSINESS = /(?:^|[^a-z'-])⟦R(\d+)⟧ (?:business|firm|company|manufacturer|maker|start-up|startup|retailer|supplier|producer|exporter|employer) (?:the )?⟦C(\d+)⟧|(?:entreprise|societe|start-up|pme|firme|eti) (?:familiale |industrielle )?(?:de |du |d' ?)(?:la |l' ?)?⟦R(\d+)⟧ ?, ?(?:la |le |l' ?)?(?:societe |entreprise |groupe |start-up |firme )?⟦C(\d+)⟧|⟦C(\d+)⟧ ?, ?(?:une |un |la |le |l' ?)(?:entreprise|societe|start-up|pme|firme|eti) (?:familiale |industrielle )?(?:de |du |d' ?)(?:la |l' ?)?⟦R(\d+)⟧/g;
/** "the new headquarters in Reading for A and B", "le siège de A à Paris". */
const HEADQUARTERS = /(?:headquarters|head office|offices|siege social|siege) (?:in|at|a) ⟦R(\d+)⟧ (?:for|of|pour|de|du|des) (?:the |la |le |l' ?)?((?:(?:⟦[CGO]\d+⟧|\([^()]*\)|,|and|et|[a-z-]+) ?){1,12})/g;
/** Speed: a skeleton none of the four expressions can match skips them. */
const MAY_LOCATE = literalGate(CITY_REGION, BASED, PLACE_BUSINESS, HEADQUARTERS);

export function locatedRule(ctx: RuleContext): void {
  // "A, LLC, in Middleton, Mich., has been selected…", "A, située dans la commune de X"
  locatedApposition(ctx);
  const located = new Set<string>();
  const add = (source: number, target: number, sentence: number, rule: string, confidence: number) => {
    const a = ctx.mentions[source], b = ctx.mentions[target];
    if (!a || !b || a.text === b.text) return;
    located.add(a.text);
    ctx.add({ type: 'LOCATED_IN', source, target, sentence, rule, confidence });
  };
  for (const r of ctx.relations) if (r.type === 'LOCATED_IN') located.add(ctx.mentions[r.source]?.text ?? '');
  for (const [sentence, sk] of ctx.skeletons) {
    if (!sk.mentions.length) continue;
    basedInUnreadPlace(ctx, sentence, add);
    if (!MAY_LOCATE(sk.text)) continue;
    for (const m of sk.text.matchAll(CITY_REGION)) {
      const city = ctx.mentions[Number(m[1])], region = ctx.mentions[Number(m[2])];
      if (!city || !region || isFirstLevel(ctx, city)) continue;
      // "Mr. Jane Roe (Northtown)": a member and the seat they sit for, not a town and its region
      if (HONORIFIC_BEFORE.test((ctx.sentences[sentence]?.text ?? '').slice(Math.max(0, city.start - 8), city.start))) continue;
      // the container: a first-level region, or an unlisted area after a listed city or town
      const cityEntry = ctx.gaz.lookup(matchKey(city.text));
      // or a listed city after a smaller place ("in Hamble, Southampton": a town or an unlisted place)
      const regionEntry = ctx.gaz.lookup(matchKey(region.text));
      const smallerInCity = regionEntry?.type === 'Region' && !regionEntry.town && regionEntry.population !== undefined &&
        (cityEntry === undefined ? city.type === 'Region' : !!cityEntry.town && cityEntry.country === regionEntry.country);
      if (!isFirstLevel(ctx, region) && !(isUnlistedArea(ctx, region) && cityEntry?.population !== undefined) && !smallerInCity) continue;
      if (city.country && region.country && city.country !== region.country) continue;
      // "Washington, D.C.": the two parts name one place the gazetteer knows, not a city and its area
      if (ctx.gaz.lookup(matchKey(`${city.text}, ${region.text}`))?.type === 'Region') continue;
      // a list of regions ("Michigan, Ohio and Georgia") is no city and its region
      const after = sk.text.slice(m.index + m[0].length);
      if (/^ ?,? ?(?:and|et|or|ou) ⟦R/.test(after) || /^ ?, ?⟦R/.test(after) || /⟦R\d+⟧ ?, ?$/.test(sk.text.slice(0, m.index))) continue;
      add(city.index, region.index, sentence, 'located-city-region', 0.8);
    }
    for (const m of sk.text.matchAll(BASED)) {
      const place = demonymCountry(ctx, Number(m[2]), sentence);
      add(Number(m[4]), place, sentence, 'located-based-prefix', 0.85);
      // "U.S.-based A and B": the prefix holds for the companies coordinated with the first (not for one with its own prefix)
      let rest = sk.text.slice(m.index + m[0].length);
      for (let more = BASED_MORE.exec(rest); more; rest = rest.slice(more[0].length), more = BASED_MORE.exec(rest)) add(Number(more[1]), place, sentence, 'located-based-prefix', 0.7);
    }
    for (const m of sk.text.matchAll(PLACE_BUSINESS)) {
      const [company, place] = m[1] ? [m[2], m[1]] : m[3] ? [m[4], m[3]] : [m[5], m[6]];
      add(Number(company), Number(place), sentence, 'located-place-business', 0.8);
    }
    for (const m of sk.text.matchAll(HEADQUARTERS)) {
      for (const o of m[2]!.replace(/\([^()]*\)/g, '').matchAll(/⟦[CO](\d+)⟧/g)) add(Number(o[1]), Number(m[1]), sentence, 'located-headquarters', 0.75);
    }
  }
  // relative clauses, a place's possessive, a fronted place before an apposition, coordinated places
  locatedClauses(ctx, add);
  // a name and its place in one noun phrase: "A in X, NC, has been selected", "the CEO of A in X", "les salariés de A à X"
  locatedPhrase(ctx, add);
  const countryByIso = new Map<string, number>();
  for (const m of ctx.mentions) if (m.type === 'Country' && m.iso2 && !m.implicit && !countryByIso.has(m.iso2)) countryByIso.set(m.iso2, m.index);
  const seen = new Set<string>();
  const regionsNamed = new Map<string, boolean>();
  // the countries each sentence names: a lexicon's city is stated in its country only when both are in one sentence
  const countryInSentence = new Set<string>();
  for (const m of ctx.mentions) if (m.type === 'Country' && m.iso2 && !m.implicit) countryInSentence.add(`${m.iso2}|${m.sentence}`);
  for (const m of [...ctx.mentions]) {
    if (m.type === 'Region' && m.country && m.cue === 'gazetteer') {
      const c = countryByIso.get(m.country);
      const key = `${m.text}|${m.country}`;
      if (c === undefined || seen.has(key)) continue;
      // a place the text locates itself ("Ontario, Canada", "Taylor, Texas") needs no guess from the lexicon;
      // a city of a country whose state or region the article names is in that region, not stated which
      if (located.has(m.text) || (!isFirstLevel(ctx, m) && namesRegionOf(ctx, m.country, regionsNamed))) {
        if (tracing()) reject({ stage: 'relation', sentence: m.sentence, text: `${m.text} -LOCATED_IN-> ${m.country}`, reason: 'located by the text, or in a region of the article', rule: 'located-gazetteer' });
        continue;
      }
      if (!countryInSentence.has(`${m.country}|${m.sentence}`)) {
        if (tracing()) reject({ stage: 'relation', sentence: m.sentence, text: `${m.text} -LOCATED_IN-> ${m.country}`, reason: 'the sentence does not name the country (a lexicon fact, not stated)', rule: 'located-gazetteer' });
        continue;
      }
      // both in one sentence is not enough ("Orvelside, as the home of the region's new port"): the text must
      // place one in the other ("Crolles, France", "en France, en Arles", "Ohio in the United States")
      const stated = countryBeside(ctx, m);
      if (stated === undefined) {
        if (tracing()) reject({ stage: 'relation', sentence: m.sentence, text: `${m.text} -LOCATED_IN-> ${m.country}`, reason: 'the sentence names the country but does not place the region in it', rule: 'located-gazetteer' });
        continue;
      }
      seen.add(key);
      ctx.add({ type: 'LOCATED_IN', source: m.index, target: stated, sentence: m.sentence, rule: 'located-gazetteer', confidence: 0.7 });
    } else if ((m.type === 'Company' || m.type === 'Organization') && m.nationality && m.cue !== 'coref') {
      // "Spanish shipbuilding subsidiary Navantia UK": the name says where this unit is; the adjective is its parent's
      if (namesOtherCountry(ctx, m, m.nationality)) {
        if (tracing()) reject({ stage: 'relation', sentence: m.sentence, text: `${m.text} -LOCATED_IN-> ${m.nationality}`, reason: 'the name holds another country (a national unit of a foreign group)', rule: 'located-demonym' });
        continue;
      }
      if (demonymOfStyle(ctx, m.sentence, m.nationality)) {
        if (tracing()) reject({ stage: 'relation', sentence: m.sentence, text: `${m.text} -LOCATED_IN-> ${m.nationality}`, reason: 'the demonym names a style of product ("Greek yogurt"), not where the company is', rule: 'located-demonym' });
        continue;
      }
      // "le groupe allemand X", "the German firm X": a nationality adjective says where a firm comes from, not where it
      // is; the country's own name written before it ("by US rival X", "the UK group X") states its place
      const c = countryNamedBefore(ctx, m, m.nationality);
      if (c) ctx.add({ type: 'LOCATED_IN', source: m.index, target: c.index, sentence: m.sentence, rule: 'located-demonym', confidence: 0.6 });
      else if (tracing()) reject({ stage: 'relation', sentence: m.sentence, text: `${m.text} -LOCATED_IN-> ${m.nationality}`, reason: 'a nationality adjective, not the country named', rule: 'located-demonym' });
    }
  }
}

/** "Canadian-based X": a demonym before "-based" stands for its country (the country's mention, made if the text has none). */
function demonymCountry(ctx: RuleContext, place: number, sentence: number): number {
  const m = ctx.mentions[place];
  if (!m || m.type === 'Country') return place;
  const iso2 = ctx.cues.demonyms.get(fold(m.text));
  return (iso2 ? ctx.countryMention(iso2, sentence, m.text)?.index : undefined) ?? place;
}

/** A capitalised place glued to "-based"/"-headquartered" that no mention covers: "Washington DC-headquartered firm X". */
const PLACE_BASED = /(?<![\p{L}])(\p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*){0,2})-(?:based|headquartered)(?![\p{L}])/gu;

function basedInUnreadPlace(ctx: RuleContext, sentence: number, add: (s: number, t: number, sentence: number, rule: string, c: number) => void): void {
  const text = ctx.sentences[sentence]?.text ?? '';
  if (!text.includes('-based') && !text.includes('-headquartered')) return;
  for (const m of text.matchAll(PLACE_BASED)) {
    const start = m.index;
    if (inSentence(ctx.mentions, sentence).some((o) => o.sentence === sentence && o.start < start + m[1]!.length && o.end > start)) continue;
    // "Washington DC" → "Washington DC", then "Washington"
    const words = m[1]!.split(' ');
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      const e = ctx.gaz.lookup(matchKey(name));
      // "Canadian-based X": a demonym the gazetteer does not list as a country stands for its country
      const demonym = e?.type === 'Country' ? undefined : ctx.cues.demonyms.get(fold(name));
      if (!demonym && (!e || (e.type !== 'Region' && e.type !== 'Country'))) continue;
      const actor = nextActor(ctx, sentence, start + m[0].length);
      if (!actor) break;
      let place: Mention | undefined;
      if (demonym) place = ctx.countryMention(demonym, sentence, name);
      else if (e) {
        place = { index: ctx.mentions.length, text: name, type: e.type, sentence, start, end: start + name.length, cue: 'gazetteer',
          confidence: 0.8, canonical: e.name, ...(e.iso2 ? { iso2: e.iso2 } : {}), ...(e.country ? { country: e.country } : {}) };
        ctx.mentions.push(place);
      }
      if (!place) break;
      add(actor.index, place.index, sentence, 'located-based-prefix', 0.8);
      // "U.S.-based A and B": B too, unless it has a prefix of its own
      const sk = ctx.skeletons.get(sentence)?.text ?? '';
      const at = sk.indexOf(`⟦${actor.type === 'Company' ? 'C' : 'O'}${actor.index}⟧`);
      let rest = at >= 0 ? sk.slice(at).replace(/^⟦[CO]\d+⟧/, '') : '';
      for (let more = BASED_MORE.exec(rest); more; rest = rest.slice(more[0].length), more = BASED_MORE.exec(rest)) add(Number(more[1]), place.index, sentence, 'located-based-prefix', 0.7);
      break;
    }
  }
}

/** The first company or organisation within 40 characters after a "-based" prefix that ends at `end`. */
function nextActor(ctx: RuleContext, sentence: number, end: number): Mention | undefined {
  return inSentence(ctx.mentions, sentence).filter((o) => o.sentence === sentence && o.start >= end && o.start - end <= 40 &&
    (o.type === 'Company' || o.type === 'Organization')).sort((a, b) => a.start - b.start)[0];
}

/** After the place: "Crolles, France", "Crolles (France)", "Ohio in the United States", "à Lyon, en France". */
const PLACE_THEN_COUNTRY = /^\s*(?:,|\(|,?\s*(?:in|en|au|aux|dans)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?)\s*$/u;
/** Places coordinated with the first one, before the country they share. */
const LISTED_PLACES = /^(?:\s*(?:,|,?\s*(?:et|and|ou|or))\s*(?:(?:a|à|in|en|au|aux|at)\s+)?(?:the\s+|la\s+|le\s+|l['’]\s*)?⟦R⟧)+/iu;
/** A date right after the place: "… à Besançon le 14 avril 2017", "… in Leeds on 3 May". */
const DATELINE_AFTER = /^\s+(?:le|on)\s+(?:1er|\d)/;
/** Before the place: "en France, en Arles", "in the UK, in Leeds". */
const COUNTRY_THEN_PLACE = /^\s*,\s*(?:in|at|en|a|à|au|aux|dans)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$/iu;

/** The country mention the sentence writes right beside a place of that country, if any. */
function countryBeside(ctx: RuleContext, place: Mention): number | undefined {
  const text = ctx.sentences[place.sentence]?.text ?? '';
  const here = inSentence(ctx.mentions, place.sentence).filter((o) => o.sentence === place.sentence && !o.implicit);
  // the other places of a list between them stand for one place ("à Lyon et à Grenoble, en France")
  const between = (a: number, b: number): string => {
    let gap = text.slice(a, b);
    for (const o of here) if (o.type === 'Region' && o.start >= a && o.end <= b) gap = gap.replace(text.slice(o.start, o.end), '⟦R⟧');
    return gap.replace(LISTED_PLACES, '');
  };
  for (const o of here) {
    if (o.type !== 'Country' || o.iso2 !== place.country) continue;
    if (o.start >= place.end && PLACE_THEN_COUNTRY.test(between(place.end, o.start))) return o.index;
    // ("sur l'industrie en France, en Saône-et-Loire le 18 avril 2017": a speech's dateline place, no apposition of the country)
    if (o.end <= place.start && COUNTRY_THEN_PLACE.test(text.slice(o.end, place.start)) && !DATELINE_AFTER.test(text.slice(place.end, place.end + 12))) return o.index;
  }
  return undefined;
}

/** "a Greek yogurt giant", "Mexican-style", "le roi du yaourt grec": the demonym qualifies a food or style ("the French
 * restaurant group X" stays a French group). */
const STYLE_AFTER = /(?<![\p{L}])(\p{L}+)[ -](?:yogh?urts?|cuisine|fries|dishes|style|styled)(?![\p{L}])/giu;
const STYLE_BEFORE = /(?<![\p{L}])(?:yaourts?|cuisine) (\p{L}+)/giu;
const MAY_STYLE = /yog|cuisine|fries|dishes|style|yaourt/i;

function demonymOfStyle(ctx: RuleContext, sentence: number, iso2: string): boolean {
  const text = ctx.sentences[sentence]?.text ?? '';
  if (!MAY_STYLE.test(text)) return false;
  for (const re of [STYLE_AFTER, STYLE_BEFORE]) for (const s of text.matchAll(re)) if (ctx.cues.demonyms.get(fold(s[1]!)) === iso2) return true;
  return false;
}

/** The capitalised word before a firm's name and the lower-case nouns between: "U.S. carmaker X", "by US rival X". */
const WORD_BEFORE_NOUNS = /([\p{Lu}][\p{L}.]*)(?:[\s-]+[\p{Ll}][\p{Ll}-]*){0,4}\s+$/u;

/**
 * The country `iso2` when its own name (not an adjective) is written just before `m`: "U.S. carmaker X", "by US rival X",
 * "the UK group X" (the country's mention, made if the text has none).
 */
function countryNamedBefore(ctx: RuleContext, m: Mention, iso2: string): Mention | undefined {
  const text = ctx.sentences[m.sentence]?.text ?? '';
  const w = WORD_BEFORE_NOUNS.exec(text.slice(Math.max(0, m.start - 80), m.start))?.[1];
  if (!w) return undefined;
  const key = matchKey(w);
  const named = COUNTRY_ALIASES[fold(w).toLowerCase()] === iso2 || (ctx.gaz.lookup(key)?.type === 'Country' && ctx.gaz.lookup(key)?.iso2 === iso2);
  return named ? ctx.countryMention(iso2, m.sentence, '') : undefined;
}

/** A country other than the demonym's in the company's own name: "Navantia UK", "Acme France". */
function namesOtherCountry(ctx: RuleContext, m: Mention, iso2: string): boolean {
  return (m.text.match(WORD) ?? []).some((w) => { const e = ctx.gaz.lookup(matchKey(w)); return e?.type === 'Country' && e.iso2 !== iso2; });
}
const WORD = /[\p{L}][\p{L}.]*/gu;
