/**
 * Ministerial portfolios written before a title: "Business and Trade Secretary X", "Home Secretary X",
 * "International Trade Secretary X", "Trade Minister X". The capitalised portfolio words are part of a
 * public office, not a company or body the person works at: relation rules read them as plain words,
 * so the office goes to its country (government-roles.ts) rather than to a company named "Trade".
 */
import { fold } from '../text/normalize.ts';
import type { Mention, Sentence } from '../types.ts';

/** Words of government portfolios (English and French), folded; general knowledge, no names. */
const PORTFOLIO_WORDS = new Set(('business trade international industry industrial energy home foreign health social care defence defense ' +
  'culture media sport digital science technology innovation transport education environment treasury work pensions justice ' +
  'housing levelling up communities local government economy economic finance financial agriculture food rural affairs interior ' +
  'commerce labor labour investment investments exports export development security climate net zero growth planning skills ' +
  'employment enterprise regulatory reform small businesses veterans equalities women armed forces fisheries water ' +
  'cabinet first chief and & of for the industrie economie commerce exterieur affaires etrangeres interieur sante travail ' +
  'emploi transports numerique armees culture education sports logement agriculture ecologie energie finances budget').split(/\s+/));
/** The public titles a portfolio precedes. */
const OFFICE_AFTER = /^\s*(?:secretary|minister|ministre|commissioner|spokesperson|spokesman|spokeswoman)(?![\p{L}])/u;
/** Words that make a portfolio name a real body ("Trade Union", "Board of Trade") stay out: only the words list. */
const ALL_PORTFOLIO = (text: string): boolean => {
  // "UK Business and Trade Secretary": a country's short form may lead the portfolio
  const words = fold(text.replace(CODE_BEFORE_NAME, '')).split(/[\s-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => PORTFOLIO_WORDS.has(w)) && !words.every((w) => /^(?:and|&|of|for|the|first|chief|cabinet)$/.test(w));
};

/** Whether a mention is the portfolio of a public title that follows it ("⟦Trade⟧ Secretary X"). */
export function isPortfolioOfTitle(m: Mention, s: Sentence): boolean {
  if ((m.type !== 'Company' && m.type !== 'Organization' && m.type !== 'Program') || m.cue === 'suffix' || m.cue === 'gazetteer' || m.implicit) return false;
  // "UK Ambassador", "UK Business Secretary" read as one name: a country's short form, portfolio words and the title itself
  const title = /^(.*?)\s*\b(?:Secretary|Minister|Ambassador|Commissioner)$/u.exec(m.text.replace(LEADING_CODE, ''));
  if (title && (title[1]!.trim() === '' || ALL_PORTFOLIO(title[1]!))) return true;
  if (!ALL_PORTFOLIO(m.text)) return false;
  // "Business and Trade Secretary": more portfolio words may come between the name and the title
  let rest = fold(s.text.slice(m.end, m.end + 80));
  for (let w = /^\s*([\p{L}&]+)/u.exec(rest); w && PORTFOLIO_WORDS.has(w[1]!) && !OFFICE_AFTER.test(rest); w = /^\s*([\p{L}&]+)/u.exec(rest)) rest = rest.slice(w[0].length);
  return OFFICE_AFTER.test(rest);
}

// Speed: regular expressions with \p{…} as constants, compiled once (esbuild, for tsx and the CLI bundle, turns such a literal
// into `new RegExp(…)` run at each evaluation: ~260 per article, a few per cent of the extraction)
const CODE_BEFORE_NAME = /^(?:\p{Lu}\.?){2,3}\s+(?=\p{Lu})/u;
const LEADING_CODE = /^(?:\p{Lu}\.?){2,3}(?=\s)/u;
