/**
 * LLM extractor: the same Extraction from an OpenAI-compatible chat API (JSON-schema answer),
 * cached by content hash so re-ingesting costs nothing and stays deterministic. `extract` is
 * synchronous like every Extractor (the HTTP call runs in a child process); `extractAsync` is the
 * same without blocking, for callers that can await.
 */
import type { Article } from '../../graph/model.ts';
import { loadGazetteer } from '../gazetteer.ts';
import { cueIndex } from '../cue-index.ts';
import { removeNoise } from '../text/noise.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Extraction } from '../types.ts';
import { cacheKey, readCache, writeCache } from './cache.ts';
import { callAsync, callSync, chatRequest, type ChatRequest } from './client.ts';
import { llmConfig, type LlmConfig } from './config.ts';
import { ANSWER_SCHEMA, PROMPT_VERSION, systemPrompt, userPrompt, type LlmAnswer } from './schema.ts';
import { toExtraction } from './to-extraction.ts';

export { llmConfig, type LlmConfig } from './config.ts';

export class LlmExtractor {
  readonly name = 'llm';
  readonly config: LlmConfig;

  constructor(config: Partial<LlmConfig> = {}) {
    this.config = llmConfig(config);
  }

  extract(article: Article): Extraction {
    const { key, req, sentences } = this.prepare(article);
    const content = readCache(this.config.cacheDir, key) ?? this.store(key, callSync(req));
    return this.parse(content, sentences);
  }

  async extractAsync(article: Article): Promise<Extraction> {
    const { key, req, sentences } = this.prepare(article);
    const content = readCache(this.config.cacheDir, key) ?? this.store(key, await callAsync(req));
    return this.parse(content, sentences);
  }

  private prepare(article: Article): { key: string; req: ChatRequest; sentences: ReturnType<typeof splitSentences> } {
    const text = removeNoise(article.text ?? '', cueIndex().noise);
    const title = article.title?.trim() ?? '';
    const sentences = [...(title ? splitSentences(title, 'title') : []), ...splitSentences(text, 'text')];
    sentences.forEach((s, i) => { s.index = i; });
    const messages = [{ role: 'system', content: systemPrompt() }, { role: 'user', content: userPrompt(title, text) }];
    const key = cacheKey(this.config.model, String(PROMPT_VERSION), title, text);
    return { key, req: chatRequest(this.config, messages, ANSWER_SCHEMA), sentences };
  }

  private store(key: string, content: string): string {
    JSON.parse(content); // only valid answers are cached
    writeCache(this.config.cacheDir, key, content);
    return content;
  }

  private parse(content: string, sentences: ReturnType<typeof splitSentences>): Extraction {
    return toExtraction(JSON.parse(content) as LlmAnswer, sentences, loadGazetteer());
  }
}
