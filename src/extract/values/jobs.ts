/** Jobs created: "3 000 emplois", "plus de 3000 postes", "trois mille emplois", "3,000 jobs", "3,8 millions de nouveaux emplois". */
import { FR } from '../lexicon/fr.ts';
import { EN } from '../lexicon/en.ts';
import { multiplier, NUMBER_SOURCE, NUMBER_WORDS_SOURCE, parseNumber, parseNumberWords } from './numbers.ts';

const NOUNS = [...new Set([...FR.jobNouns, ...EN.jobNouns])].sort((a, b) => b.length - a.length).join('|');
const JOBS = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?<num>${NUMBER_SOURCE}|${NUMBER_WORDS_SOURCE})\s*(?<mult>millions?|milliers?|mille|million|thousand)?\s+(?:(?:de|d['’]|of)\s*)?(?:[\p{Ll}-]+\s+){0,2}?(?:${NOUNS})(?![\p{L}])`,
  'giu');

export function findJobs(text: string): number | undefined {
  JOBS.lastIndex = 0;
  const m = JOBS.exec(text);
  if (!m) return undefined;
  const raw = m.groups!.num!;
  const n = /\d/.test(raw) ? parseNumber(raw) : parseNumberWords(raw.trim());
  if (n === undefined || !Number.isFinite(n)) return undefined;
  return Math.round(n * multiplier(m.groups!.mult));
}
