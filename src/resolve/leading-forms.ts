/**
 * Leading-word short forms within one article: "Garvel" … "Garvel Industries Group", "Aldwyn Rail" …
 * "Aldwyn Rail Systems Ltd", in either order (a headline often gives the short form first). The
 * short form takes the full name's entity (id and type). Kept apart, because a reader could not
 * tell which entity is meant, when:
 * - two or more longer names of the article begin with the same words ("Tata" with "Tata Steel" and
 *   "Tata Chemicals");
 * - the short form is a dictionary word, a place, a country, a demonym or a given name on its own
 *   ("General", "Paris", "British", "Martin"), or is typed by a strong cue of its own (a place, a
 *   person, a corporate suffix: then it is a full name itself);
 * - the short form is a word of a person's name in the article (that is the surname rule's case);
 * - the rest of the full name is named on its own in the article ("Vantor Zentra", formed by Vantor
 *   and Zentra, is neither of them);
 * - the rest of the full name says which unit it is: only legal forms and generic firm words
 *   ("Industries Group", "Systems Ltd" after "Aldwyn Rail") or more names may follow the short form,
 *   so "Oracle" stays apart from "Oracle Cloud Infrastructure", "Carrefour" from "Carrefour Espagne"
 *   and "Fujitsu" from "Fujitsu Services Ltd".
 * Only the leading words count: two multi-word names sharing a word are never merged ("Amazon
 * France" / "Amazon Web Services"). Pure: mentions in, pairs out; resolution decides the entity.
 */
import type { EntityType } from '../graph/model.ts';
import type { MentionCue } from '../extract/types.ts';
import { fold, matchKey } from '../extract/text/normalize.ts';
import { isCommonWord } from '../extract/lexicon/dictionary.ts';
import { isGivenName } from '../extract/lexicon/first-names.ts';
import { DEMONYMS } from '../extract/lexicon/demonyms.ts';
import { nameKey } from '../extract/names.ts';
import { CORPORATE_SUFFIXES, NAME_TAILS } from '../extract/lexicon/common.ts';
import type { ShortFormPair } from './short-forms.ts';

export interface LeadingFormMention { text: string; type: EntityType; cue: MentionCue; cueWord?: string }

export interface LeadingFormContext {
  /** Whether a name is a known place (a country, region or city). */
  isPlace(name: string): boolean;
}

const BODIES = new Set<EntityType>(['Company', 'Organization']);
/** Cues that type a name by its own words or a lexicon: such a name is a full name, not a short form. */
const OWN_CUES = new Set<MentionCue>(['gazetteer', 'suffix', 'cue', 'role', 'first-name', 'acronym']);
/** A full name must be typed by evidence, not by default: "Garvel Opens" in a headline is no name. */
const EVIDENCE_CUES = new Set<MentionCue>(['gazetteer', 'suffix', 'cue', 'quoted', 'article', 'list']);

const words = (s: string) => s.split(/\s+/).filter(Boolean);
/**
 * Words that say a name is a firm's without saying which unit of it: legal forms and generic firm
 * words. A trade word says which unit ("Fujitsu Services Ltd" is not its parent "Fujitsu", "Tata
 * Steel" not "Tata"), so a trade word after the short form keeps the two apart.
 */
const FIRM_WORDS = new Set([...CORPORATE_SUFFIXES, ...NAME_TAILS.filter((w) => w !== 'motor' && w !== 'motors' && w !== 'electronics'),
  'industries', 'industry', 'enterprises', 'entreprises', 'worldwide', 'systems', 'sons', 'brothers', 'freres', 'and', '&']);

/** The rest of a full name after its short form: firm words, or names that are not common words or places. */
function restIsFirm(rest: readonly string[], ctx: LeadingFormContext): boolean {
  return rest.length > 0 && rest.every((w) => {
    const f = fold(w.replace(/\.$/, ''));
    return FIRM_WORDS.has(f) || (STARTS_UPPER.test(w) && !isCommonWord(f) && !DEMONYMS.has(f) && !ctx.isPlace(w));
  });
}

/** Whether a one-word form is a word a reader would not take for a name on its own. */
function plainWord(w: string, ctx: LeadingFormContext): boolean {
  const f = fold(w);
  return isCommonWord(f) || isGivenName(f) || DEMONYMS.has(f) || ctx.isPlace(w);
}

/**
 * Pairs (short form, full name) where the short form is the leading words of exactly one longer
 * company or organisation name of the article. `mentions` are the article's named mentions.
 */
export function leadingFormPairs(mentions: readonly LeadingFormMention[], ctx: LeadingFormContext): ShortFormPair[] {
  // per surface text: its types and cues over all its mentions (a strong cue anywhere counts)
  // ("the carmaker Garvel": a cue word before the name types it without making it a full name; "Garvel Motors" is one)
  const byText = new Map<string, { types: Set<EntityType>; cues: Set<MentionCue>; own: boolean }>();
  for (const m of mentions) {
    const s = byText.get(m.text) ?? { types: new Set(), cues: new Set(), own: false };
    s.types.add(m.type); s.cues.add(m.cue);
    if (OWN_CUES.has(m.cue) && (m.cue !== 'cue' || !m.cueWord || words(matchKey(m.text)).includes(matchKey(m.cueWord)))) s.own = true;
    byText.set(m.text, s);
  }
  const named = new Set([...byText.keys()].map(matchKey));
  const personWords = new Set<string>();
  for (const [text, s] of byText) if (s.types.has('Person')) for (const w of words(matchKey(text))) personWords.add(w);
  // full names, filed under each run of their leading words
  const longsByLead = new Map<string, string[]>();
  for (const [text, s] of byText) {
    const w = words(text);
    if (w.length < 2 || ![...s.types].some((t) => BODIES.has(t)) || ![...s.cues].some((c) => EVIDENCE_CUES.has(c))) continue;
    for (let k = 1; k < w.length; k++) {
      const lead = matchKey(w.slice(0, k).join(' '));
      const l = longsByLead.get(lead) ?? [];
      l.push(text);
      longsByLead.set(lead, l);
    }
  }
  const out: ShortFormPair[] = [];
  for (const [text, s] of byText) {
    const key = matchKey(text);
    const longs = longsByLead.get(key);
    if (!longs) continue;
    if (![...s.types].every((t) => BODIES.has(t)) || s.own) continue;
    const sw = words(text);
    if (sw.length === 1 ? plainWord(text, ctx) : sw.every((w) => plainWord(w, ctx)) || ctx.isPlace(text)) continue;
    if (sw.some((w) => personWords.has(matchKey(w)))) continue;
    // two spellings of one full name are one name; two different full names make the short form ambiguous
    const distinct = new Set(longs.map(nameKey));
    if (distinct.size !== 1) continue;
    const long = longs[0]!;
    const rest = words(long).slice(sw.length);
    if (!restIsFirm(rest, ctx) || rest.some((w) => named.has(matchKey(w))) || named.has(matchKey(rest.join(' ')))) continue;
    out.push({ short: text, long, rule: 'leading-words' });
  }
  return out;
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const STARTS_UPPER = /^\p{Lu}/u;
