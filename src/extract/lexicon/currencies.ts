/**
 * Currency words and symbols → ISO 4217, both languages. Symbols are matched before the number
 * ("$2.75 billion", "€4bn", "US$17.5 billion", "R$14.7 billion"); words and codes after it
 * ("5 milliards de dollars", "35 milliards USD", "2 trillion yen").
 */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['U.S.$', 'USD'], ['R$', 'BRL'], ['C$', 'CAD'], ['CA$', 'CAD'], ['A$', 'AUD'], ['AU$', 'AUD'],
  ['HK$', 'HKD'], ['S$', 'SGD'], ['NZ$', 'NZD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'],
  ['₹', 'INR'], ['₩', 'KRW'], ['CHF', 'CHF'], ['Rs', 'INR'],
];

/** Lower-case words (singular and plural) → code. Multi-word entries are matched as phrases. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  'dollars américains': 'USD', 'dollars us': 'USD', 'us dollars': 'USD', 'dollar': 'USD', 'dollars': 'USD',
  'dollars canadiens': 'CAD', 'canadian dollars': 'CAD', 'dollars australiens': 'AUD', 'australian dollars': 'AUD',
  'dollars de hong kong': 'HKD', 'hong kong dollars': 'HKD', 'dollars singapouriens': 'SGD', 'singapore dollars': 'SGD',
  'euro': 'EUR', 'euros': 'EUR',
  'livres sterling': 'GBP', 'livre sterling': 'GBP', 'livres': 'GBP', 'pounds': 'GBP', 'pound': 'GBP', 'pounds sterling': 'GBP', 'sterling': 'GBP',
  'francs suisses': 'CHF', 'franc suisse': 'CHF', 'swiss francs': 'CHF', 'swiss franc': 'CHF',
  'yen': 'JPY', 'yens': 'JPY', 'yuan': 'CNY', 'yuans': 'CNY', 'renminbi': 'CNY', 'won': 'KRW', 'wons': 'KRW',
  'roupie': 'INR', 'roupies': 'INR', 'rupee': 'INR', 'rupees': 'INR', 'crore': 'INR',
  'real': 'BRL', 'reais': 'BRL', 'réaux': 'BRL', 'reals': 'BRL',
  'couronnes suédoises': 'SEK', 'swedish kronor': 'SEK', 'couronnes norvégiennes': 'NOK', 'norwegian kroner': 'NOK',
  'riyals': 'SAR', 'riyal': 'SAR', 'dirhams': 'AED', 'dirham': 'AED', 'roubles': 'RUB', 'rubles': 'RUB',
  'livres turques': 'TRY', 'turkish lira': 'TRY', 'lira': 'TRY', 'pesos mexicains': 'MXN', 'mexican pesos': 'MXN',
  'rands': 'ZAR', 'rand': 'ZAR', 'zlotys': 'PLN', 'zloty': 'PLN', 'shekels': 'ILS', 'nairas': 'NGN', 'naira': 'NGN',
};

/** ISO codes written after a number ("35 milliards USD"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'RMB', 'KRW', 'INR', 'BRL', 'CAD', 'AUD', 'HKD', 'SGD', 'SEK', 'NOK',
  'DKK', 'PLN', 'AED', 'SAR', 'QAR', 'RUB', 'TRY', 'MXN', 'ZAR', 'TWD', 'IDR', 'VND', 'THB', 'MYR', 'ILS', 'NGN', 'EGP', 'MAD',
]);
export const CODE_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY' };
