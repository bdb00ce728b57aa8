/**
 * Extraction stage: an Article in, typed mentions and relation candidates out (types.ts).
 * `createExtractor()` gives the deterministic rules extractor; `{ kind: 'llm' }` the optional LLM one.
 */
import type { Article } from '../graph/model.ts';
import { RulesExtractor } from './rules-extractor.ts';
import type { Extraction } from './types.ts';

export type { Extraction, Mention, MentionCue, RelationCandidate, Sentence } from './types.ts';

export interface Extractor {
  readonly name: string;
  extract(article: Article): Extraction;
}

export interface ExtractorOptions {
  kind?: 'rules' | 'llm';
}

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const kind = options.kind ?? 'rules';
  if (kind === 'rules') return new RulesExtractor();
  throw new Error(`extractor "${kind}" is not available`);
}
