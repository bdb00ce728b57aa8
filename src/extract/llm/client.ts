/**
 * OpenAI-compatible chat completion call, asynchronous (fetch) or synchronous (the same fetch run in a
 * child Node process, for callers of the synchronous Extractor interface; an LLM call takes seconds,
 * the process start a few milliseconds).
 */
import { execFileSync } from 'node:child_process';
import type { LlmConfig } from './config.ts';

export interface ChatRequest { url: string; headers: Record<string, string>; body: string; timeoutMs: number }

export function chatRequest(config: LlmConfig, messages: Array<{ role: string; content: string }>, schema: unknown): ChatRequest {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  const body = JSON.stringify({ model: config.model, temperature: 0, messages, response_format: { type: 'json_schema', json_schema: schema } });
  return { url: `${config.baseUrl}/chat/completions`, headers, body, timeoutMs: config.timeoutMs };
}

/** The message content of a chat completion response body. */
export function contentOf(responseBody: string): string {
  const json = JSON.parse(responseBody) as { choices?: Array<{ message?: { content?: string } }>; error?: { message?: string } };
  if (json.error) throw new Error(`llm error: ${json.error.message ?? 'unknown'}`);
  const content = json.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new Error('llm response has no choices[0].message.content');
  return content;
}

export async function callAsync(req: ChatRequest): Promise<string> {
  const res = await fetch(req.url, { method: 'POST', headers: req.headers, body: req.body, signal: AbortSignal.timeout(req.timeoutMs) });
  const text = await res.text();
  if (!res.ok) throw new Error(`llm call failed: HTTP ${res.status} from ${req.url}: ${text.slice(0, 200)}`);
  return contentOf(text);
}

const CHILD = `
let input = '';
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', async () => {
  const req = JSON.parse(input);
  try {
    const res = await fetch(req.url, { method: 'POST', headers: req.headers, body: req.body, signal: AbortSignal.timeout(req.timeoutMs) });
    const text = await res.text();
    process.stdout.write(JSON.stringify({ status: res.status, text }));
  } catch (e) {
    process.stdout.write(JSON.stringify({ status: 0, text: String(e && e.message || e) }));
  }
});`;

export function callSync(req: ChatRequest): string {
  const out = execFileSync(process.execPath, ['-e', CHILD], { input: JSON.stringify(req), encoding: 'utf8', timeout: req.timeoutMs + 5000, maxBuffer: 64 * 1024 * 1024 });
  const { status, text } = JSON.parse(out) as { status: number; text: string };
  if (status < 200 || status >= 300) throw new Error(`llm call failed: ${status ? `HTTP ${status}` : 'no response'} from ${req.url}: ${text.slice(0, 200)}`);
  return contentOf(text);
}
