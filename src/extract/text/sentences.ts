/**
 * Sentence splitting with character offsets. A line break ends a sentence (headings, bullets and
 * captions are lines of their own); inside a line, . ! ? … end one when followed by a space and an
 * upper-case letter, a digit or an opening quote — except after abbreviations ("M.", "Dr.", "Inc.",
 * "U.S.", initials) and inside numbers ("1.5").
 */
export interface Sentence {
  index: number;
  text: string;
  /** Offsets in the text the sentences were split from. */
  start: number;
  end: number;
  /** 'title' for the headline, 'text' for the body. */
  part: 'title' | 'text';
  /** Index of the paragraph (block of lines between blank lines). */
  paragraph: number;
}

const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'mt', 'ft', 'mr', 'mrs', 'ms', 'jr', 'sr', 'inc', 'corp',
  'co', 'ltd', 'vs', 'etc', 'cf', 'no', 'nº', 'art', 'av', 'bd', 'gen', 'gén', 'sen', 'rep', 'gov', 'prof', 'fig', 'approx', 'env', 'hon',
  'mds', 'md', 'mrd', 'bn', 'mn', 'mio', 'janv', 'févr', 'sept', 'oct', 'nov', 'déc', 'jan', 'feb', 'aug', 'dec', 'p', 'pp']);

const BOUNDARY = /([.!?…]+)((?:[\s\u00a0]?["”»)])*)(\s+)(?=["“«(]?\s?[\p{Lu}\p{N}])/gu;

function isAbbreviation(before: string): boolean {
  const m = /(\S+)$/.exec(before);
  if (!m) return false;
  const word = m[1]!.replace(/^[("«“]+/, '');
  if (ONE_CAPITAL.test(word)) return true; // initial: "J. Smith"
  if (DOTTED_LETTERS.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Words that open a sentence and never go on a name ("… in the U.S. The Summit will …", "… Acme Inc. It said …"). */
const CLAUSE_OPENERS = /^(?:The|This|These|Those|That|There|It|Its|He|She|We|They|In|On|At|But|And|Our|Their|His|Her|Le|La|Les|Il|Elle|Ils|Elles|Ce|Cette|Ces|Nous|Mais|Cela)\b/;

/**
 * An abbreviation that ends a name ("U.S.", "Inc.", "Corp.", "Jr.") before a word that opens a clause ends the sentence too;
 * titles and initials before a name ("Dr.", "M.", "J.") do not.
 */
function endsNameBeforeClause(before: string, after: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1]?.replace(/^[("«“]+/, '') ?? '';
  const nameEnd = DOTTED_LETTERS.test(word) || /^(?:inc|corp|co|ltd|jr|sr|etc)$/i.test(word);
  return nameEnd && CLAUSE_OPENERS.test(after);
}

export function splitSentences(text: string, part: 'title' | 'text' = 'text', firstIndex = 0): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  let blankRun = false;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim().replace(/^(?:[-*+•>]|#{1,6}|\d{1,3}[.)])\s+/, (m) => ' '.repeat(m.length));
    const s = t.trim();
    if (!HAS_LETTER.test(s)) return;
    const offset = start + lead + (t.length - t.trimStart().length);
    out.push({ index: firstIndex + out.length, text: s, start: offset, end: offset + s.length, part, paragraph });
  };
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    if (!line.trim()) {
      if (!blankRun) paragraph++;
      blankRun = true;
    } else {
      blankRun = false;
      let start = lineStart;
      BOUNDARY.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = BOUNDARY.exec(line))) {
        const cut = m.index + m[1]!.length + m[2]!.length;
        if (m[1] === '.' && isAbbreviation(line.slice(start - lineStart, m.index)) && !endsNameBeforeClause(line.slice(start - lineStart, m.index), line.slice(m.index + m[0].length))) continue;
        push(start, lineStart + cut);
        start = lineStart + cut + m[3]!.length;
      }
      push(start, lineEnd);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const ONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;
const HAS_LETTER = /\p{L}/u;
