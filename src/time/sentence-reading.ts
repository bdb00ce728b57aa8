/**
 * One evidence sentence read once for all the statements it backs: its normalised text and, per cue
 * pattern, where the pattern matches. Speed: a sentence is the evidence of several relations (each pair
 * of its mentions), and each of them asked for the same normalisation and the same whole-sentence regex
 * scans; what depends on the relation (its ends' names, type, role, the article's day) is still read per
 * statement (cues.ts), from these matches.
 */
import { normaliseForCues } from './date-phrases.ts';

export interface SentenceReading {
  text: string;
  /** Matches of each pattern by its slot (cues.ts), filled on first use: a type that never asks a pattern never scans for it. */
  matches: Array<RegExpExecArray[] | undefined>;
}

/** Bounded: cleared when full (the sentences of one batch are what repeats). */
const readings = new Map<string, SentenceReading>();
const READINGS_MAX = 20_000;

export function readingOf(sentence: string): SentenceReading {
  let r = readings.get(sentence);
  if (r) return r;
  if (readings.size >= READINGS_MAX) readings.clear();
  r = { text: normaliseForCues(sentence), matches: [] };
  readings.set(sentence, r);
  return r;
}

/** The matches of a global pattern in the reading's text (the same array each time: callers must not change it). */
export function matchesOf(r: SentenceReading, slot: number, re: RegExp): readonly RegExpExecArray[] {
  return (r.matches[slot] ??= [...r.text.matchAll(re)]);
}

/** A name (an end's name or alias, a role) normalised for cues, once: the same names come back with every statement of their relations. */
const names = new Map<string, string>();
const NAMES_MAX = 50_000;

export function normalisedName(name: string): string {
  let n = names.get(name);
  if (n !== undefined) return n;
  if (names.size >= NAMES_MAX) names.clear();
  n = normaliseForCues(name).trim();
  names.set(name, n);
  return n;
}
