/**
 * Boilerplate removal before sentence splitting: comment forms, "read also" links, bylines, author
 * bios, photo credits, URLs. Works line by line on the article text and keeps character offsets:
 * a dropped line or span is replaced by spaces of the same length, so offsets into the cleaned
 * text are offsets into the original.
 */
import type { CueLexicon } from '../lexicon/cues.ts';
import { isCapitalised } from './normalize.ts';

const URL = /\b(?:https?:\/\/|www\.)\S+/g;
/** Agency photo credits: "REUTERS/Damien Eagers", "AFP/Getty Images", "(Photo: X/AP)". */
const PHOTO_CREDIT = /\b[A-Z][A-Z&.]{1,15}(?:\s[A-Z]{2,})?\s?\/\s?[A-Z][\p{L}.'-]+(?:\s[A-Z][\p{L}.'-]+){0,3}/gu;
/** Picture agencies: a credit names one on either side of its slash ("ABI/SAB", a merger case, names none). */
const AGENCIES = /^(?:reuters|afp|ap|epa|pa|dpa|anp|ansa|efe|getty|getty images|sipa|maxppp|xinhua|kyodo|yonhap|bloomberg|imago|abaca|hans lucas|shutterstock|istock|alamy|zuma|sopa|upi|tass|ria novosti|belga|keystone|photo|photos|pool)$/i;
const isCredit = (credit: string): boolean => credit.split('/').some((side) => AGENCIES.test(side.trim().replace(/\s+(?:images|press|photos?)$/i, '').replace(/\.$/, '')));
const MD_LINK_WORD = /\[(?:source|lien|link|here|ici)\]/gi;
/** Wire datelines: "LONDON, Sept 16 (Reuters) -", "PARIS (AFP) —". */
const DATELINE = /^\s*[\p{Lu}][\p{Lu} .'-]+(?:,\s*[\p{L}]+\.?\s*\d{1,2})?\s*\([\p{L} ]{2,20}\)\s*[-–—]/u;

/** Datelines without an agency: "LEEDS, Oct 14 -", "WASHINGTON —", "PARIS, 3 mai –", "WASHINGTON, July 18, 2013 -". */
const BARE_DATELINE = /^\s*\p{Lu}{3,}(?:[ .'-]\p{Lu}{2,})*(?:,\s*[\p{L}]+\.?\s*\d{1,2}|,\s*\d{1,2}\s+[\p{L}]+\.?)?(?:,\s*\d{4})?\s*[-–—]\s/u;
/** US datelines with a state or district and a colon or dash: "WASHINGTON, D.C.:", "AUSTIN, Texas —", "DETROIT, Mich. -". */
const US_DATELINE = /^\s*\p{Lu}{3,}(?:[ .'-]\p{Lu}{2,})*,\s*(?:D\.C\.|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\p{Ll}+)\s*(?::|[-–—]\s)/u;
/**
 * Stage directions of parliamentary records: "(Applaudissements sur les travées du groupe X.)", "(Exclamations sur les bancs …)",
 * "(Laughter.)", "[Interruption.]": the reactions of the house, with the groups that react, are no text of the speaker
 * (up to a dash: "– MM. X et Y applaudissent également" names people, who stay).
 */
const STAGE_DIRECTION = /[([](?:(?:vifs?|nouveaux|nouvelles|quelques|nombreux|longs?|mêmes?|memes?) )?(?:applaudissements|exclamations|protestations|rires|sourires|murmures|interruptions?|mouvements divers|brouhaha|huées|huees|bravos?|laughter|applause|hon\. members|hear, hear)\b[^()[\]\n–—]{0,200}(?:[)\]]|(?=[–—]))/giu;
/** Non-breaking and typographic hyphens inside words ("Jean‑François"): one character, so offsets stay. */
const HYPHENS = /[\u2010\u2011]/g;

/**
 * Lines of page furniture: publication dates, "From:" lines of government pages, navigation,
 * credits, and bylines with a title ("By Tom Roe, Business Correspondent").
 */
const FURNITURE = /^\s*(?:(?:published|updated|last updated|first published|publié le|mis à jour le|modifié le)\b.{0,40}\d{4}\s*$|from:\s|skip to (?:main )?content|print this page|listen to this article|écouter cet article|cookies on\b|(?:photo|image|picture) credit|crédits? (?:photo|image)|by \p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'-]+){1,2}, [\p{L} ]{3,40}$|par \p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'-]+){1,2}, [\p{L} ]{3,40}$)/iu;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** A line made only of a name ("Félix Germain"): a byline or an author signature. */
export function isBylineLine(line: string): boolean {
  const raw = line.trim();
  // "By Sarah Lee and Tom Brown", "Par Julien Moreau et Anne Roy"
  if (/^(?:par|by)\s/i.test(raw) && raw.replace(/^(?:par|by)\s+/i, '').split(/\s*(?:,|\band\b|\bet\b)\s*/).every((n) => isBylineLine(n))) return true;
  const t = raw.replace(/^(?:par|by)\s+/i, '');
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 4 || /[.,;:!?«»"()0-9]/.test(t)) return false;
  // "Commerce Secretary Jane Roe", "Ministre Paul Roe": an office before the name attributes a speech, it signs no article
  // (the office comes before the name: "By Jane Mayor" and "Par Julien Maire" stay bylines)
  if (OFFICE_WORD.test(words.slice(0, -1).join(' '))) return false;
  return words.every((w) => isCapitalised(w) && !CAPITALS_2.test(w));
}

/** Words of a public office, never in a journalist's byline. */
const OFFICE_WORD = /\b(?:Secretary|Minister|Prime|President|Governor|Senator|Mayor|Ambassador|Administrator|Commissioner|Chancellor|Ministre|Président|Présidente|Secrétaire|Gouverneur|Maire)\b/;

/**
 * The speaker lines of a Hansard record: "Mr Speaker", "Jane Roe (Anytown North) (Lab)", "The Parliamentary Under-Secretary of
 * State for Trade (Jane Roe):", "Mr. Roe (Anytown):".
 */
const SPEAKER_LINE = /^(?:(?:mr|madam|madame) (?:deputy )?speaker:?|.{3,100}\((?:lab|con|ld|lib dem|snp|dup|uup|sdlp|pc|green|ind|alliance|sf)(?:\/co-op)?\)\)?:?|(?:mr|mrs|ms|miss|dr|sir|dame|the)\.? [^:]{2,160}\([^)]+\)?:)$/i;
const BY_WORD = /^(?:par|by)\s/;

/** A line entirely inside quotes, just after a byline: an author bio. */
const QUOTED_LINE = /^\s*["“«].*["”»]\s*$/;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = new WeakMap<readonly CueLexicon[], { noise: RegExp; tail: RegExp }>();

/** One regex per list: a line containing a noise phrase; a line that starts with a tail marker. */
function matchers(lexicons: readonly CueLexicon[]) {
  let m = compiled.get(lexicons);
  if (!m) {
    const noise = lexicons.flatMap((l) => l.noiseLines).map(esc).join('|');
    const tails = lexicons.flatMap((l) => l.tailMarkers).map(esc).join('|');
    m = { noise: new RegExp(`(?:${noise})`), tail: new RegExp(`^(?:${tails})(?:$|[\\s\u00a0])`) };
    compiled.set(lexicons, m);
  }
  return m;
}

export function removeNoise(text: string, lexicons: readonly CueLexicon[]): string {
  const { noise, tail } = matchers(lexicons);
  const lines = text.split('\n');
  const out: string[] = [];
  let cut = false;
  let afterByline = false;
  // a parliamentary transcript: a line made of a name introduces its speaker there, it signs nothing
  const transcript = lines.some((l) => SPEAKER_LINE.test(l.trim()));
  for (const line of lines) {
    const lower = line.toLowerCase().replace(/’/g, "'").trim();
    if (cut) { out.push(blank(line)); continue; }
    if (lower && tail.test(lower)) {
      cut = true; out.push(blank(line)); continue;
    }
    if (lower === 'tl;dr' || noise.test(lower) || (afterByline && QUOTED_LINE.test(line)) || FURNITURE.test(line)) {
      out.push(blank(line)); continue;
    }
    if (lower) afterByline = isBylineLine(line) && !(transcript && !BY_WORD.test(lower));
    if (afterByline) { out.push(blank(line)); continue; }
    let kept = line.replace(DATELINE, blank).replace(BARE_DATELINE, blank).replace(US_DATELINE, blank);
    if (kept.includes('\u2011') || kept.includes('\u2010')) kept = kept.replace(HYPHENS, '-');
    if (kept.includes('http') || kept.includes('www.')) kept = kept.replace(URL, blank);
    if (kept.includes('/')) kept = kept.replace(PHOTO_CREDIT, (m) => (isCredit(m) ? blank(m) : m));
    if (kept.includes('[')) kept = kept.replace(MD_LINK_WORD, blank);
    if (kept.includes('(') || kept.includes('[')) kept = kept.replace(STAGE_DIRECTION, blank);
    out.push(kept);
  }
  return out.join('\n');
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const CAPITALS_2 = /^\p{Lu}{2,}$/u;
