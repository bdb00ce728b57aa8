/**
 * "Japanese carmakers like Toyota", "firms such as Orvane, Pellix and Vantor", "des constructeurs comme Toyota": the examples
 * given after a plural company noun are companies, even when a city bears the name (round 9: a city of the gazetteer
 * typed them places). Retypes in place, before the mentions are built.
 */
import type { EntityType } from '../../graph/model.ts';
import type { CueIndex } from '../cue-index.ts';
import type { GazetteerEntry } from '../gazetteer.ts';
import type { Token } from '../text/tokens.ts';
import type { MentionCue } from '../types.ts';

export interface ExampleCandidate {
  sentence: number;
  i: number;
  j: number;
  type?: EntityType;
  cue?: MentionCue;
  confidence: number;
  gaz?: GazetteerEntry;
  drop?: boolean;
}

/** Whether tokens before k read "<plural company noun> like / such as / including / comme / tels que". */
function afterExamplesOf(tokens: readonly Token[], k: number, cues: CueIndex): boolean {
  let e = k - 1;
  if (/^(?:like|including|comme|dont)$/.test(tokens[e]?.lower ?? '')) e--;
  else if (/^(?:as|que|qu')$/.test(tokens[e]?.lower ?? '') && /^(?:such|tels|telles)$/.test(tokens[e - 1]?.lower ?? '')) e -= 2;
  else return false;
  const noun = tokens[e];
  return !!noun && noun.kind === 'word' && !noun.cap && /[sx]$/.test(noun.lower) && (cues.company.has(noun.lower) || cues.company.has(noun.lower.slice(0, -1)));
}

export function typeCompanyExamples(all: ExampleCandidate[], tokensOf: ReadonlyMap<number, readonly Token[]>, cues: CueIndex): void {
  for (const c of all) {
    if (c.drop || c.i === 0) continue;
    const tokens = tokensOf.get(c.sentence)!;
    if (!afterExamplesOf(tokens, c.i, cues)) continue;
    // the first example and those coordinated with it ("like Toyota, Honda and Nissan"), in the order of the sentence
    const row = all.filter((x) => x.sentence === c.sentence && !x.drop && x.i >= c.i).sort((a, b) => a.i - b.i);
    for (let m = 0, prev = -1; m < row.length; m++) {
      const x = row[m]!;
      if (prev >= 0 && !(x.i - prev <= 2 && tokens.slice(prev + 1, x.i).every((t) => /^(?:,|and|or|et|ou)$/.test(t.lower)))) break;
      prev = x.j;
      // only a city read as a place (a country or a first-level region stays what it is)
      if (x.type === 'Region' && x.cue === 'gazetteer' && x.gaz?.population !== undefined) {
        x.type = 'Company';
        x.cue = 'cue';
        x.confidence = 0.7;
        x.gaz = undefined;
      }
    }
  }
}
