/**
 * Lending is not investing: "A (a bank, a fund) signed a guarantee agreement on a EUR 60 million portfolio of loans
 * for SMEs in Italy", "the bank agreed to provide EUR 100 million to finance construction of a hospital in Breda".
 * The lender finances what others build; it does not invest in the place. The borrower that builds does, and the
 * loan that financed its plant is the sum the sentence gives for it ("a $9.9 million loan to construct a new mill").
 */
import { fold } from '../text/normalize.ts';
import type { Mention } from '../types.ts';
import type { Money } from '../values/money.ts';

/** A name of a lender: a bank, a fund, a guarantee or credit body. */
const LENDER = /(?<![a-z])(?:bank|banks|banque|banca|banco|bancorp|fund|funds|fonds|fondo|credit|savings|sparkasse|caisse|cassa|caixa|building society|guarantee|finance corporation|financing corporation)(?![a-z])/;
/** Words of lending or guaranteeing. */
const LENDING = /(?<![a-z])(?:loans?|lend|lends|lending|lent|credit lines?|lines? of credit|guarantee|guarantees|guaranteed|garantie|garanties|prets?|preter|financing|to finance|will finance|finances|financed|financement|financer|finance)(?![a-z])/;
/** An investing word of the lender itself: then the sentence states an investment, read as written. */
const INVESTING = /(?<![a-z])(?:invest|investit|investira|investissent|investiront|investir|inject|equity|stake|prise de participation|participation au capital)/;

export function isLender(m: Mention): boolean {
  return (m.type === 'Company' || m.type === 'Organization') && LENDER.test(fold(m.canonical ?? m.text));
}

/** A lender named by its short form: "the European Investment Bank (EIB) … the EIB". */
function isLenderShortForm(m: Mention, mentions: readonly Mention[]): boolean {
  return CAPITALS_2_6.test(m.text) && mentions.some((o) => o.aliases?.includes(m.text) && isLender(o));
}

/** A lender by its name or by the short form of a lender's name the article gives. */
export function isLenderIn(m: Mention, mentions: readonly Mention[]): boolean {
  return isLender(m) || isLenderShortForm(m, mentions);
}

/** A lender's sentence that states lending and no investing word: no investment of the lender in a place. */
export function isLendingBy(folded: string, investor: Mention, mentions: readonly Mention[]): boolean {
  return isLenderIn(investor, mentions) && LENDING.test(folded) && !INVESTING.test(folded.replace(/investment (?:fund|bank)|fonds (?:europeen )?(?:d'|pour l')investissements?|banque (?:europeenne )?d'investissement/g, ''));
}

/** A loan or financing sum: "a EUR 40 million loan", "$9.9 million guaranteed loan", "loan agreement of $1.4 billion". */
const LOAN_AFTER = /^\s*(?:\([^()]*\)\s*)?(?:[a-z-]+\s+){0,2}?(?:loans?|loan guarantee|pret|prets|financing|financement)(?![a-z])/;
const LOAN_BEFORE = /(?<![a-z])(?:loans?|pret|prets|financing|financement)\s+(?:[a-z-]+\s+){0,3}$/;

/** The first sum the sentence states as a loan or financing, for the plant it finances. */
export function loanSum(folded: string, money: readonly Money[]): Money | undefined {
  return money.find((m) => m.equivalentOf === undefined &&
    (LOAN_AFTER.test(folded.slice(m.end, m.end + 40)) || LOAN_BEFORE.test(folded.slice(Math.max(0, m.start - 40), m.start))));
}

const CAPITALS_2_6 = /^\p{Lu}{2,6}$/u;
