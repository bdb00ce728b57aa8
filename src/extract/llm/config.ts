/** Settings of the LLM extractor, from the environment unless given; defaults in one place. */
export interface LlmConfig {
  /** OpenAI-compatible API root, e.g. http://127.0.0.1:8080/v1 (NEWSGRAPH_LLM_BASE_URL). */
  baseUrl: string;
  /** Bearer token (NEWSGRAPH_LLM_API_KEY); optional for local servers. */
  apiKey?: string;
  /** Model name (NEWSGRAPH_LLM_MODEL). */
  model: string;
  /** Responses cached by content hash here (NEWSGRAPH_LLM_CACHE, default .cache/llm). */
  cacheDir: string;
  timeoutMs: number;
}

export const LLM_DEFAULTS = { model: 'gpt-4o-mini', cacheDir: '.cache/llm', timeoutMs: 120_000 } as const;

export function llmConfig(overrides: Partial<LlmConfig> = {}, env: NodeJS.ProcessEnv = process.env): LlmConfig {
  const baseUrl = overrides.baseUrl ?? env.NEWSGRAPH_LLM_BASE_URL;
  if (!baseUrl) throw new Error('the llm extractor needs NEWSGRAPH_LLM_BASE_URL (an OpenAI-compatible API root, e.g. http://127.0.0.1:8080/v1)');
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    apiKey: overrides.apiKey ?? env.NEWSGRAPH_LLM_API_KEY,
    model: overrides.model ?? env.NEWSGRAPH_LLM_MODEL ?? LLM_DEFAULTS.model,
    cacheDir: overrides.cacheDir ?? env.NEWSGRAPH_LLM_CACHE ?? LLM_DEFAULTS.cacheDir,
    timeoutMs: overrides.timeoutMs ?? LLM_DEFAULTS.timeoutMs,
  };
}
