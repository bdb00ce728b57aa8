/**
 * A plan, programme, deal, public fund, event or investment zone "investing" in a place mobilises or backs investment there ("the Plan
 * mobilised €380 billion of additional investment, of which €45 billion in Spain", "the Growth Deal will invest
 * £80 million in Grangemouth"): it names no investor. Its grants to named companies are read elsewhere.
 */
import { NAME_TAIL_TYPES } from '../lexicon/common.ts';
import { fold } from '../text/normalize.ts';
import type { Mention, Sentence } from '../types.ts';

/** (module constants: esbuild rebuilds a `\p{…}` literal at every evaluation inside a function) */
const SHORT_WORD = /^\p{L}{2,6}$/u, TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const PROGRAMME = /(?<![a-z])(?:plan|programme|program|deal|scheme|initiative|facility|fund for|funds for|fonds pour|fonds europeen|european fund|european investment fund)(?![a-z])/;
/** Designated areas that receive investment ("the Northshire Investment Zone", "a freeport"). */
const ZONE_HEADS: ReadonlySet<string> = new Set(['zone', 'zones', 'freeport', 'freeports']);
const LAST_WORD = /[a-z]+$/;
/** A name whose last word is an event, a plan or an area: "the Global Investment Summit", "the Northshire Investment Zone",
 * "the North Industrial Park". */
function hasEventOrZoneHead(name: string): boolean {
  // (speed: asked for every investor of every sentence read, and names repeat; the answer depends on the name only)
  let known = EVENT_OR_ZONE_HEAD.get(name);
  if (known === undefined) {
    if (EVENT_OR_ZONE_HEAD.size >= EVENT_OR_ZONE_HEAD_MAX) EVENT_OR_ZONE_HEAD.clear();
    const last = LAST_WORD.exec(fold(name))?.[0] ?? '';
    const type = NAME_TAIL_TYPES[last];
    // (a partnership may be a firm, "Acme Infrastructure Partnership")
    known = ZONE_HEADS.has(last) || (type === 'Program' && last !== 'partnership') || (type === 'Region' && AREA_KIND.test(fold(name)));
    EVENT_OR_ZONE_HEAD.set(name, known);
  }
  return known;
}
/** Bounded: cleared when full. */
const EVENT_OR_ZONE_HEAD = new Map<string, boolean>();
const EVENT_OR_ZONE_HEAD_MAX = 20_000;
/** The kind of area before its noun: "Industrial Park", "Science Park", "Enterprise Valley" (a firm may be "X Park"). */
const AREA_KIND = /(?:^|\s)(?:industrial|business|science|technology|enterprise|research|innovation|retail|logistics|commerce|economic|investment|development)\s+[a-z]+$/;

/** Whether a name is an event or an investment zone by its last word (its full name's, for a short form). */
export const isEventOrZone = (m: Mention): boolean => hasEventOrZoneHead(m.text) || (m.canonical !== undefined && hasEventOrZoneHead(m.canonical));

/** Whether an investor is a plan or programme, by its own name or the full name its short form stands for. */
export function isProgrammeInvestor(m: Mention, mentions: readonly Mention[], sentences: readonly Sentence[]): boolean {
  if (m.type === 'Program') return true;
  if (PROGRAMME.test(fold(m.text))) return true;
  // an event brings investors together and a zone receives investment: neither invests in a place
  if (isEventOrZone(m)) return true;
  if (!SHORT_WORD.test(m.text) || !TWO_CAPITALS.test(m.text)) return false;
  if (mentions.some((o) => o.aliases?.includes(m.text) && PROGRAMME.test(fold(o.text)))) return true;
  // "le Fonds européen pour les investissements stratégiques (EFSI)": the long form written before the short one
  const text = sentences[m.sentence]?.text ?? '';
  const at = text.indexOf(`(${m.text})`);
  return at > 0 && PROGRAMME.test(fold(text.slice(Math.max(0, at - 70), at)).replace(/^.*(?:,|;|:)\s*/, ''));
}
