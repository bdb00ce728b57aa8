/**
 * Date phrases in French and English text, read at a position: "2025", "March 2025", "mars 2025",
 * "12 May 2025", "May 12, 2025", "1er mars 2025", "2025-03-01", "the end of 2030", "fin 2030",
 * "early 2026", "début 2026", and a month alone ("in March", dated by the article's year).
 * A phrase is a period (first and last day), so a start takes its first day and an end its last.
 */
import { endOfMonth, endOfYear, startOfMonth, startOfYear, validDay, type IsoDate } from './dates.ts';

export interface Period { from: IsoDate; to: IsoDate; length: number }

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const YEAR = '((?:19|20)\\d{2})';

/** Tried in order at the position; the text is the normalised text (lower case, no accents). */
const SHAPES: Array<{ re: RegExp; read: (m: RegExpExecArray, articleYear: number | undefined) => { from?: IsoDate; to?: IsoDate } }> = [
  { re: /(\d{4})-(\d{2})-(\d{2})\b/y, read: (m) => { const d = validDay(+m[1]!, +m[2]!, +m[3]!); return { from: d, to: d }; } },
  { re: new RegExp(`(\\d{1,2})(?:er|st|nd|rd|th)?\\s+${MONTH}\\s+${YEAR}\\b`, 'y'), read: (m) => { const d = validDay(+m[3]!, MONTHS[m[2]!]!, +m[1]!); return { from: d, to: d }; } },
  { re: new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'y'), read: (m) => { const d = validDay(+m[3]!, MONTHS[m[1]!]!, +m[2]!); return { from: d, to: d }; } },
  { re: new RegExp(`${MONTH}\\s+(?:of\\s+|de\\s+|d'\\s*)?${YEAR}\\b`, 'y'), read: (m) => ({ from: startOfMonth(+m[2]!, MONTHS[m[1]!]!), to: endOfMonth(+m[2]!, MONTHS[m[1]!]!) }) },
  { re: new RegExp(`(?:the\\s+)?(?:end\\s+of|late|fin(?:\\s+de|\\s+d')?|la\\s+fin\\s+de)\\s+${YEAR}\\b`, 'y'), read: (m) => ({ from: validDay(+m[1]!, 10, 1), to: endOfYear(+m[1]!) }) },
  { re: new RegExp(`(?:the\\s+)?(?:start\\s+of|beginning\\s+of|early|debut(?:\\s+de|\\s+d')?)\\s+${YEAR}\\b`, 'y'), read: (m) => ({ from: startOfYear(+m[1]!), to: validDay(+m[1]!, 3, 31) }) },
  { re: new RegExp(`${YEAR}\\b(?!\\d|[,.]\\d|\\s*(?:%|euros?|dollars?|jobs|emplois|postes|millions?|milliards?|billions?))`, 'y'), read: (m) => ({ from: startOfYear(+m[1]!), to: endOfYear(+m[1]!) }) },
  { re: new RegExp(`${MONTH}\\b(?!\\s*\\d)`, 'y'), read: (m, y) => (y === undefined || m[1] === 'may' || m[1] === 'mar' ? {} : { from: startOfMonth(y, MONTHS[m[1]!]!), to: endOfMonth(y, MONTHS[m[1]!]!) }) },
];

/** The date phrase that starts at `at` in normalised text, if any. */
export function readPeriod(text: string, at: number, articleYear?: number): Period | undefined {
  for (const shape of SHAPES) {
    shape.re.lastIndex = at;
    const m = shape.re.exec(text);
    if (!m) continue;
    const { from, to } = shape.read(m, articleYear);
    if (from && to) return { from, to, length: m[0].length };
  }
  return undefined;
}

/**
 * Lower case without accents, one character for one (so positions carry over), and typographic
 * apostrophes as ASCII ones: cues are written once for "a quitté" and "A QUITTE".
 */
export function normaliseForCues(text: string): string {
  // (speed: ASCII text is only lower-cased, one character for one; the loop below normalises each character)
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const base = ch === '\u2019' || ch === '\u02bc' ? "'" : ch.normalize('NFD')[0]!.toLowerCase();
    // keep the length in UTF-16 units: astral characters stay as they are
    out += base.length === ch.length ? base : ch;
  }
  return out;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
