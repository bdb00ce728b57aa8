/**
 * Validity cues: what one evidence sentence says about *when* a fact holds in the world.
 *
 *   start        "since 2010", "depuis 2010", "from March 2024", "in 2025", "en 2025", "appointed in 2019",
 *                "has completed the acquisition", "a finalisé l'acquisition" (the article's day without a date)
 *   plannedEnd   "until 2031", "jusqu'en 2031", "through 2030", "by 2030", "d'ici 2030", "by the end of 2026"
 *   closedOn     "former CEO", "ancien ministre", "ex-", "stepped down", "resigned", "a quitté ses fonctions",
 *                "n'est plus", "abandoned the project", "scrapped", "a renoncé", "sold its stake", "a cédé"
 *                (the end of the date that follows, else the day before the article: `validTo` is the
 *                last day the fact held, and the as-of rule shows it up to and including that day)
 *
 * Closing cues come in families, each for the relation types it can end: an office ends a role, a
 * cancellation ends an investment or a plan, a sale ends an ownership. A cue counts only near the
 * relation's ends when their names are given (a "former CEO" elsewhere in the sentence says nothing
 * about an investment), and not after a negation ("did not abandon", "n'a pas renoncé"); a future
 * closing ("will step down in 2026") is a planned end.
 */
import type { RelationType } from '../graph/model.ts';
import { readPeriod, type Period } from './date-phrases.ts';
import { matchesOf, normalisedName, readingOf } from './sentence-reading.ts';
import { dayBefore, type IsoDate } from './dates.ts';

export interface ValidityStatement {
  start?: IsoDate;
  plannedEnd?: IsoDate;
  closedOn?: IsoDate;
  /** A closing cue was read (closedOn is unknown when the article has no date and the text none). */
  closed?: boolean;
  /** Names of the cues read, for tests and `explain`. */
  cues: string[];
}

type Family = 'office' | 'project' | 'ownership';

const FAMILIES_OF: Partial<Record<RelationType, readonly Family[]>> = {
  ROLE_AT: ['office'],
  INVESTS_IN: ['project', 'ownership'],
  ANNOUNCED_AT: ['project'],
  DEVELOPS: ['project'],
  PARTNERS_WITH: ['project'],
  SUBSIDIARY_OF: ['ownership'],
  LOCATED_IN: ['project'],
};

/** `slot`: where a sentence's reading keeps this pattern's matches (sentence-reading.ts). */
interface Cue { name: string; re: RegExp; slot: number }

const W = "(?<![\\p{L}\\d-])";  // a cue starts at a word start
const E = '(?![\\p{L}\\d])';

let slots = 0;
function cue(name: string, pattern: string): Cue {
  return { name, re: new RegExp(`${W}(?:${pattern})${E}`, 'gu'), slot: slots++ };
}

/** Followed by a date phrase: the phrase gives the date. */
const START_BEFORE_DATE: Cue[] = [
  cue('since', "since|depuis(?:\\s+(?:le|l'|la|les))?|from|starting(?:\\s+in)?|beginning(?:\\s+in)?|a\\s+partir\\s+d[eu']|a\\s+compter\\s+d[eu']|des\\s+(?:le\\s+)?"),
  cue('in', "in|en|on|le|au\\s+(?:mois\\s+)?d[e']|au|during|durant|courant"),
];
const END_BEFORE_DATE: Cue[] = [
  cue('until', "until|till|through|thru|jusqu'(?:en|a|au|a\\s+la\\s+fin\\s+d[e'])|jusqu'a\\s+fin"),
  cue('by', "by|d'ici(?:\\s+a)?(?:\\s+la\\s+fin\\s+d[e'])?|d'ici\\s+fin|before|avant|a\\s+l'horizon|horizon"),
];
/** Starts without a date phrase: the article's day unless a date follows. */
const START_EVENTS: Array<{ cue: Cue; types: readonly RelationType[] }> = [
  { cue: cue('appointed', "(?:was|been|is|has\\s+been)\\s+(?:appointed|named|elected)|appointed|took\\s+over\\s+as|became|a\\s+ete\\s+(?:nomme|elu)e?|(?:est|fut)\\s+(?:nomme|elu)e?|nommee?|elue?|est\\s+devenue?|a\\s+pris\\s+(?:la\\s+tete|ses\\s+fonctions)|prend\\s+la\\s+tete"), types: ['ROLE_AT'] },
  { cue: cue('completed', "(?:has|had|have)\\s+(?:completed|finali[sz]ed|closed)\\s+(?:the|its|their|his|her)\\s+(?:acquisition|purchase|takeover|deal|investment)|completed\\s+(?:the|its|their)\\s+(?:acquisition|purchase|takeover)|(?:a|ont)\\s+(?:finalise|boucle|conclu|acheve|realise)\\s+(?:l'acquisition|le\\s+rachat|son\\s+investissement|l'investissement|l'operation)|(?:has|have)\\s+acquired|(?:a|ont)\\s+(?:rachete|acquis)"), types: ['SUBSIDIARY_OF', 'INVESTS_IN'] },
];
const CLOSINGS: Array<{ cue: Cue; family: Family; before?: boolean }> = [
  { family: 'office', before: true, cue: cue('former', "former|ex-|ex\\s|erstwhile|outgoing|ancien(?:ne)?|l'ex-|sortante?") },
  { family: 'office', cue: cue('stepped-down', "stepped\\s+down|steps\\s+down|step\\s+down|resigned|resigns|resign|quit|quits|retired|retires|was\\s+(?:ousted|fired|dismissed|sacked|replaced|removed)|left\\s+(?:the|his|her|their|its)\\s+(?:post|office|role|job|position|company|board|government)|no\\s+longer|a\\s+quitte|quitte|a\\s+demissionne|demissionne|a\\s+ete\\s+(?:remplacee?|limogee?|congediee?|evincee?)|n'est\\s+plus|n'etait\\s+plus|a\\s+pris\\s+sa\\s+retraite|a\\s+cede\\s+sa\\s+place") },
  { family: 'project', cue: cue('abandoned', "abandoned|abandons|abandon|scrapped|scraps|scrap|cancell?ed|cancels|cancel|shelved|shelves|halted|pulled\\s+out|pulls\\s+out|withdrew|withdraws|walked\\s+away|terminated|dropped\\s+(?:its|the|their|his|her)\\s+(?:plans?|project|investment|bid)|a\\s+abandonne|abandonne|a\\s+renonce|renonce|ont\\s+renonce|a\\s+annule|annule|s'est\\s+retiree?|se\\s+retire|a\\s+mis\\s+fin|met\\s+fin|mettre\\s+fin") },
  { family: 'ownership', cue: cue('sold', "sold|sells|divested|divests|spun\\s+off|spins\\s+off|a\\s+cede|cede|a\\s+vendu|vend|s'est\\s+separee?\\s+de|a\\s+revendu") },
];

/** "from 2020 to 2025", "entre 2020 et 2025". */
const RANGE = /(?<![\p{L}\d])(?:from|de|between|entre)\s+((?:19|20)\d{2})\s+(?:to|a|and|et|-)\s+((?:19|20)\d{2})(?![\d])/gu;
const RANGE_SLOT = slots++;

const NEGATION = /(?:\bnot|n't|\bnever|\bno|\bpas|\bjamais|\bne|\bn'|\bni)\s*(?:\S+\s+){0,2}$/u;
const FUTURE = /(?:\bwill|\bwould|\bplans?\s+to|\bplanned\s+to|\bexpected\s+to|\bset\s+to|\bto|\bva|\bvont|\bdevrait|\bdevraient|\bcompte|\benvisage|\bpourrait|\bdoit|\bdoivent)\s*(?:\S+\s+){0,1}$/u;

export interface CueScope {
  type: RelationType;
  /** Names (and aliases) of the relation's two ends: cues count only near them when found. */
  names?: readonly string[];
  /** The relation's role ("CEO"): "former" closes a role only when it qualifies that role. */
  role?: string;
}

/** What the sentence says about when the relation holds; `articleDay` dates cues without a date. */
export function validityCues(sentence: string, articleDay: IsoDate | undefined, scope: CueScope): ValidityStatement {
  const reading = readingOf(sentence);
  const text = reading.text;
  const articleYear = articleDay ? Number(articleDay.slice(0, 4)) : undefined;
  const window = scopeWindow(text, scope.names);
  const out: ValidityStatement = { cues: [] };
  /** Date phrases a closing or start event took: they are not also a start "in 2024". */
  const taken = new Set<number>();
  const families = FAMILIES_OF[scope.type] ?? [];

  for (const c of END_BEFORE_DATE) {
    for (const m of matchesOf(reading, c.slot, c.re)) {
      const end = m.index + m[0].length;
      const at = end + (/^\s*/u.exec(text.slice(end))![0].length);
      const p = readPeriod(text, at, articleYear);
      if (!p || !near(window, m.index)) continue;
      taken.add(at);
      out.plannedEnd = latest(out.plannedEnd, p.to);
      out.cues.push(c.name);
    }
  }
  // "from 2020 to 2025": the second year ends it
  for (const m of matchesOf(reading, RANGE_SLOT, RANGE)) {
    if (!near(window, m.index)) continue;
    out.start = earliest(out.start, `${m[1]}-01-01`);
    out.plannedEnd = latest(out.plannedEnd, `${m[2]}-12-31`);
    out.cues.push('range');
  }
  for (const { cue: c, types } of START_EVENTS) {
    if (!types.includes(scope.type)) continue;
    for (const m of matchesOf(reading, c.slot, c.re)) {
      if (!near(window, m.index) || negated(text, m.index) || future(text, m.index)) continue;
      const p = dateAfter(text, m.index + m[0].length, articleYear, taken);
      const day = p?.from ?? articleDay;
      if (day) out.start = earliest(out.start, day);
      out.cues.push(c.name);
    }
  }
  for (const { cue: c, family, before } of CLOSINGS) {
    if (!families.includes(family)) continue;
    for (const m of matchesOf(reading, c.slot, c.re)) {
      if (!near(window, m.index) || negated(text, m.index)) continue;
      const p = before ? undefined : dateAfter(text, m.index + m[0].length, articleYear, taken);
      if (future(text, m.index)) {
        // "will step down in June 2026": an announced end, not a closing
        if (p) { out.plannedEnd = latest(out.plannedEnd, p.to); out.cues.push(`${c.name}:planned`); }
        continue;
      }
      if (before && scope.role && !qualifies(text, m.index + m[0].length, scope.role)) continue;
      // "former CEO" in an article of day D: it last held the day before
      const day = p ? p.to : articleDay ? dayBefore(articleDay) : undefined;
      out.closed = true;
      if (day) out.closedOn = earliest(out.closedOn, day);
      out.cues.push(c.name);
    }
  }
  for (const c of START_BEFORE_DATE) {
    for (const m of matchesOf(reading, c.slot, c.re)) {
      const end = m.index + m[0].length;
      const at = end + (/^\s*/u.exec(text.slice(end))![0].length);
      const p = readPeriod(text, at, articleYear);
      if (!p || !near(window, m.index) || taken.has(at)) continue;
      if (c.name === 'in' && isRange(text, at + p.length)) continue;
      out.start = earliest(out.start, p.from);
      out.cues.push(c.name);
    }
  }
  return out;
}

// (speed: module functions, not closures in validityCues: under tsx, esbuild's keepNames wraps a named closure at each call)
function near(window: [number, number] | undefined, at: number): boolean {
  return !window || (at >= window[0] && at <= window[1]);
}

/** The date of an event later in its clause ("stepped down as chief executive of Acme in March 2024"); its position goes into `taken`. */
function dateAfter(text: string, end: number, articleYear: number | undefined, taken: Set<number>): Period | undefined {
  const clause = /^[^.;:!?()]{0,80}/u.exec(text.slice(end))![0];
  for (const m of clause.matchAll(/(?:^|\s)(?:(?:in|on|en|le|au|at|effective|as\s+of|depuis|from|since)\s+)?(?:the\s+|mois\s+de\s+)?(?=\S)/gu)) {
    const at = end + m.index + m[0].length;
    const p = readPeriod(text, at, articleYear);
    if (p) { taken.add(at); return p; }
  }
  return undefined;
}

/** "former CEO", "ancien directeur général": the role follows the cue within two words. */
function qualifies(text: string, at: number, role: string): boolean {
  const r = normalisedName(role);
  const after = text.slice(at, at + r.length + 24);
  return new RegExp(`^\\s*(?:\\S+\\s+){0,2}${r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(after);
}

function earliest(a: IsoDate | undefined, b: IsoDate): IsoDate { return a === undefined || b < a ? b : a; }
function latest(a: IsoDate | undefined, b: IsoDate): IsoDate { return a === undefined || b > a ? b : a; }

function negated(text: string, at: number): boolean {
  return NEGATION.test(text.slice(Math.max(0, at - 24), at));
}
function future(text: string, at: number): boolean {
  return FUTURE.test(text.slice(Math.max(0, at - 24), at));
}
/** "in 2020 to 2025", "en 2020-2025": a range, read by the range rule. */
function isRange(text: string, at: number): boolean {
  return /^\s*(?:-|to|a|and|et)\s*(?:19|20)\d{2}/u.test(text.slice(at, at + 12));
}

/**
 * The part of the sentence around the relation's ends: from a little before the first name found to a
 * little after the last; undefined (the whole sentence) when no name is found.
 */
function scopeWindow(text: string, names: readonly string[] | undefined): [number, number] | undefined {
  if (!names?.length) return undefined;
  let lo = Infinity, hi = -Infinity;
  for (const name of names) {
    const n = normalisedName(name);
    if (n.length < 2) continue;
    let at = text.indexOf(n);
    while (at >= 0) {
      lo = Math.min(lo, at);
      hi = Math.max(hi, at + n.length);
      at = text.indexOf(n, at + 1);
    }
  }
  if (lo === Infinity) return undefined;
  return [Math.max(0, lo - 48), hi + 64];
}
