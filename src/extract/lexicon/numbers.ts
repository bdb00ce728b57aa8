/** Multipliers and number words, French and English (lower case). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  mille: 1e3, millier: 1e3, milliers: 1e3, thousand: 1e3, k: 1e3,
  million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mio: 1e6,
  milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9,
  'billion (fr)': 1e12, trillion: 1e12, trillions: 1e12, tn: 1e12, 'mille milliards': 1e12,
};

/** Cardinal words. Compound forms ("trois mille", "vingt-deux", "two hundred") are summed/multiplied by values/numbers.ts. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, cent: 100, cents: 100,
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, hundreds: 100, dozen: 12,
};
