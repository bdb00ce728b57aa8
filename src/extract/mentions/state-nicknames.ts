/**
 * "the Granite State", "the Lone Star State": a US state's nickname names the state (one entity with its name). Only written
 * "the X State", each word capitalised, and not followed by another capitalised word ("the Golden State Warriors" is a team).
 */
import type { Gazetteer } from '../gazetteer.ts';
import { US_STATE_NICKNAMES } from '../lexicon/us-states.ts';
import type { Token } from '../text/tokens.ts';
import type { StateCandidate } from './state-codes.ts';

/** A state candidate with its offsets (the nickname's span is rewritten to the state's). */
export interface NicknameCandidate extends StateCandidate {
  start: number;
  end: number;
}

/** The last token of "X State" when i..j is the nickname with or without its "State", else -1. */
function stateWordAt(tokens: readonly Token[], i: number, j: number): number {
  const words = tokens.slice(i, j + 1);
  if (words.some((t) => t.kind !== 'word' || !t.cap)) return -1;
  if (words[words.length - 1]!.lower === 'state') return j;
  return tokens[j + 1]?.lower === 'state' && tokens[j + 1]!.cap ? j + 1 : -1;
}

export function readStateNicknames(all: NicknameCandidate[], tokensOf: ReadonlyMap<number, readonly Token[]>, textOf: (sentence: number) => string, gaz: Gazetteer): void {
  for (const c of all) {
    if (c.drop || c.j - c.i > 2) continue;
    const tokens = tokensOf.get(c.sentence)!;
    if (tokens[c.i - 1]?.lower !== 'the') continue;
    const last = stateWordAt(tokens, c.i, c.j);
    if (last < 0 || last === c.i) continue;
    const after = tokens[last + 1];
    if (after?.kind === 'word' && after.cap) continue;
    const state = US_STATE_NICKNAMES.get(tokens.slice(c.i, last).map((t) => t.lower).join(' '));
    if (!state) continue;
    const key = state.toLowerCase();
    const entry = gaz.lookup(key)?.type === 'Region' ? gaz.lookup(key) : gaz.alternate(key);
    if (entry?.type !== 'Region') continue;
    c.j = last;
    c.end = tokens[last]!.end;
    c.text = textOf(c.sentence).slice(c.start, c.end);
    c.gaz = entry;
    c.type = 'Region';
    c.cue = 'gazetteer';
    c.confidence = 0.9;
    c.weak = false;
  }
}
