/** Years and what they mean for a fact: "d'ici 2031"/"by 2030" (until), "depuis 2010"/"since 2010" (since), "en 2024"/"in 2024" (year). */
import { fold } from '../text/normalize.ts';
import { FR } from '../lexicon/fr.ts';
import { EN } from '../lexicon/en.ts';

export interface YearMention { year: number; kind: 'until' | 'since' | 'in'; start: number }

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "'\\s*");
const alt = (words: string[]) => [...new Set(words.map(fold))].sort((a, b) => b.length - a.length).map(esc).join('|');
const UNTIL = new RegExp(`(?:^|[^\\p{L}])(?:${alt([...FR.untilWords, ...EN.untilWords])})\\s*(?:(?:la\\s+fin|the\\s+end)\\s+(?:de\\s+|d'\\s*|of\\s+))?(?:l'\\s*an\\s+|l'\\s*annee\\s+)?$`, 'u');
const SINCE = new RegExp(`(?:^|[^\\p{L}])(?:${alt([...FR.sinceWords, ...EN.sinceWords])})\\s*(?:l'\\s*an\\s+)?$`, 'u');
const IN = new RegExp(`(?:^|[^\\p{L}])(?:${alt([...FR.inYearWords, ...EN.inYearWords])})\\s*$`, 'u');

/** "entre 2025 et 2030", "between 2025 and 2028", "from 2025 to 2030": since the first, until the second. */
const RANGE = /(?:entre|between|from|de)\s+((?:19|20)\d\d)\s+(?:et|and|to|a)\s+((?:19|20)\d\d)(?!\d)/;

export function findYears(text: string): YearMention[] {
  const folded = fold(text);
  const out: YearMention[] = [];
  const range = RANGE.exec(folded);
  if (range) return [{ year: Number(range[1]), kind: 'since', start: range.index }, { year: Number(range[2]), kind: 'until', start: range.index }];
  const re = /(?<![\d.,-])(?:19[5-9]\d|20\d\d|2100)(?![\d%])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    const before = folded.slice(Math.max(0, m.index - 30), m.index);
    const year = Number(m[0]);
    if (UNTIL.test(before)) out.push({ year, kind: 'until', start: m.index });
    else if (SINCE.test(before)) out.push({ year, kind: 'since', start: m.index });
    else if (IN.test(before)) out.push({ year, kind: 'in', start: m.index });
  }
  return out;
}
