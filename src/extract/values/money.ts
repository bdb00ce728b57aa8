/**
 * Money amounts: "1,2 milliard d'euros", "5 milliards de dollars", "35 milliards USD", "$2.75 billion",
 * "€4bn", "US$17.5 billion", "R$14.7 billion", "2 trillion yen", "500 M€", "EUR 40 million". An amount right after
 * another one and introduced by "soit", "or about", "(" is the same amount in another currency
 * (`equivalentOf`), not a second sum.
 */
import { CODE_ALIASES, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS } from '../lexicon/currencies.ts';
import { toUsd } from '../lexicon/usd-rates.ts';
import { multiplier, NUMBER_SOURCE, NUMBER_WORDS_SOURCE, parseNumber, parseNumberWords, parseScaledNumber } from './numbers.ts';

export interface Money {
  amount: number;
  currency: string;
  amountUsd?: number;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Index (in the returned list) of the amount this one restates in another currency. */
  equivalentOf?: number;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MULT = String.raw`milliards?|millions?|milliers?|mille|mds?|mrds?|mio|mn|bn|billions?|trillions?|tn|thousand|[mbk]`;
const SYMBOLS = CURRENCY_SYMBOLS.map(([s]) => esc(s)).join('|');
const WORDS = Object.keys(CURRENCY_WORDS).sort((a, b) => b.length - a.length).map((w) => esc(w).replace(/ /g, '\\s+')).join('|');
const CODES = [...CURRENCY_CODES].join('|');

const AFTER = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?<num>${NUMBER_SOURCE}|${NUMBER_WORDS_SOURCE})\s*(?<mult>${MULT})?\.?\s*(?:(?:de|d['’]|of)\s*)?(?<cur>${WORDS}|${CODES}|€|\$|£|¥)(?![\p{L}])`,
  'giu');
const BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<sym>${SYMBOLS})\s?(?<num>${NUMBER_SOURCE})\s*(?<mult>${MULT})?(?![\p{L}])`, 'gu');
/** An ISO code before the number, as EU and bank releases write it: "EUR 40 million", "USD 2.5 billion" (capitals only). */
const CODE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<sym>${CODES})\s?(?<num>${NUMBER_SOURCE})\s*(?<mult>${MULT})?(?![\p{L}\d])`, 'gu');
const EQUIVALENCE = /(?:\bsoit|\bou|\bor(?: about| around| some)?|\babout|\baround|\benviron|\bi\.e\.|\béquivalent à|\(|\bc'est-à-dire)\s*(?:environ\s*|about\s*|près de\s*|plus de\s*)?$/i;

function currencyOf(raw: string): string | undefined {
  const sym = CURRENCY_SYMBOLS.find(([s]) => s === raw);
  if (sym) return sym[1];
  const up = raw.toUpperCase();
  if (CURRENCY_CODES.has(up)) return CODE_ALIASES[up] ?? up;
  return CURRENCY_WORDS[raw.toLowerCase().replace(/\s+/g, ' ')];
}

/** The sums of the last sentences read (speed: several rules read the sums of one sentence; each caller gets its own copies). */
const moneyOfText = new Map<string, Money[]>();
const copyMoney = (m: Money): Money => ({ ...m });

export function findMoney(text: string): Money[] {
  const known = moneyOfText.get(text);
  if (known) return known.map(copyMoney);
  const found: Money[] = [];
  for (const re of [AFTER, BEFORE, CODE_BEFORE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const g = m.groups!;
      const currency = currencyOf(g.cur ?? g.sym!);
      if (!currency) continue;
      const rawNum = g.num!;
      const value = /\d/.test(rawNum) ? parseScaledNumber(rawNum, g.mult) : parseNumberWords(rawNum.trim());
      if (value === undefined || !Number.isFinite(value)) continue;
      const mult = g.mult;
      // a lone "m"/"b"/"k" must touch the number or the symbol ("$5m", "500 M€"), never be a word
      const amount = Math.round(value * multiplier(mult) * 100) / 100;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      if (found.some((f) => start < f.end && m!.index + m![0].length > f.start)) continue;
      found.push({ amount, currency, amountUsd: toUsd(amount, currency), start, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (let n = 1; n < found.length; n++) {
    const prev = found[n - 1]!, cur = found[n]!;
    const between = text.slice(prev.end, cur.start);
    if (between.length <= 30 && prev.currency !== cur.currency && EQUIVALENCE.test(between.replace(/[,\s]+$/, ' ').trimEnd() + ' ')) {
      cur.equivalentOf = prev.equivalentOf ?? n - 1;
    } else if (between.length <= 30 && prev.currency !== cur.currency && EQUIVALENCE.test(between)) {
      cur.equivalentOf = prev.equivalentOf ?? n - 1;
    }
  }
  if (moneyOfText.size >= 16) moneyOfText.clear();
  moneyOfText.set(text, found.map(copyMoney));
  return found;
}

/** "4 milliards", "2.5 billion": a sum with a large multiplier and no currency of its own. */
const BARE = /(?<![\p{L}\d.,$€£¥])(?<!\d[ \u00a0\u202f])(?<num>\d+(?:[.,]\d+)?)\s*(?<mult>milliards?|millions?|billions?|trillions?|mds?|mrds?|bn)(?![\p{L}])(?!\s*(?:d['’]\s*|de\s+|of\s+)?(?:euros?|dollars?|livres?|pounds?|yens?|yuans?|francs?|USD|EUR|GBP|€|\$|£))/giu;
/** Eurozone and other countries whose currency a bare sum spent there is read in (ISO 3166 → ISO 4217). */
const EUROZONE = new Set(['AT', 'BE', 'HR', 'CY', 'EE', 'FI', 'FR', 'DE', 'GR', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PT', 'SK', 'SI', 'ES']);
const NATIONAL: Readonly<Record<string, string>> = { US: 'USD', GB: 'GBP', JP: 'JPY', CN: 'CNY', IN: 'INR', CA: 'CAD', AU: 'AUD', CH: 'CHF', KR: 'KRW', BR: 'BRL' };

export function currencyOfCountry(iso2: string | undefined): string | undefined {
  if (!iso2) return undefined;
  return EUROZONE.has(iso2) ? 'EUR' : NATIONAL[iso2];
}

/**
 * The first bare sum of a sentence ("Microsoft promet 4 milliards en France"), in the currency the
 * article states for its other sums when it states only one, else the currency of the place invested in.
 */
export function findBareAmount(text: string, articleCurrency: string | undefined, placeCountry: string | undefined): Money | undefined {
  BARE.lastIndex = 0;
  const m = BARE.exec(text);
  if (!m) return undefined;
  const currency = articleCurrency ?? currencyOfCountry(placeCountry);
  if (!currency) return undefined;
  const amount = Math.round(parseScaledNumber(m.groups!.num!, m.groups!.mult) * multiplier(m.groups!.mult) * 100) / 100;
  return { amount, currency, amountUsd: toUsd(amount, currency), start: m.index, end: m.index + m[0].length };
}
