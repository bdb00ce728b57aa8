/**
 * Extraction stage: an Article in, typed mentions and relation candidates out (types.ts).
 * `createExtractor()` gives the deterministic rules extractor; `{ kind: 'llm' }` the optional LLM one.
 */
import type { Article } from '../graph/model.ts';
import { LlmExtractor, type LlmConfig } from './llm/index.ts';
import { RulesExtractor } from './rules-extractor.ts';
import type { Extraction } from './types.ts';

export type { Extraction, Mention, MentionCue, RelationCandidate, Sentence } from './types.ts';

export { LlmExtractor, llmConfig, type LlmConfig } from './llm/index.ts';

export interface Extractor {
  readonly name: string;
  extract(article: Article): Extraction;
  /** Same result without blocking, when the extractor waits on I/O (llm). */
  extractAsync?(article: Article): Promise<Extraction>;
}

export interface ExtractorOptions {
  /** 'rules' (default, deterministic, offline) or 'llm' (NEWSGRAPH_LLM_BASE_URL / _API_KEY / _MODEL). */
  kind?: 'rules' | 'llm';
  llm?: Partial<LlmConfig>;
}

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const kind = options.kind ?? 'rules';
  if (kind === 'rules') return new RulesExtractor();
  if (kind === 'llm') return new LlmExtractor(options.llm);
  throw new Error(`unknown extractor "${String(kind)}" (rules or llm)`);
}
