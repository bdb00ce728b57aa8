/**
 * The model's answer as an Extraction: each entity becomes a mention where the text names it (an
 * entity the text never names is dropped), each relation keeps its evidence only when that quote is
 * verbatim in the article (whitespace and apostrophes aside), else it is dropped.
 */
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type PropertyValue, type RelationType } from '../../graph/model.ts';
import type { Gazetteer } from '../gazetteer.ts';
import { toUsd } from '../lexicon/usd-rates.ts';
import { matchKey } from '../text/normalize.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Extraction, Mention, RelationCandidate } from '../types.ts';
import type { LlmAnswer, LlmRelation } from './schema.ts';

const LLM_CONFIDENCE = 0.7;
const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/g, ' ').trim();

export function toExtraction(answer: LlmAnswer, sentences: Sentence[], gaz: Gazetteer): Extraction {
  const mentions: Mention[] = [];
  const byName = new Map<string, Mention>();
  for (const e of answer.entities ?? []) {
    if (!ENTITY_TYPES.includes(e.type as EntityType) || typeof e.name !== 'string') continue;
    const type = e.type as EntityType;
    const names = [e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])].filter((n) => typeof n === 'string' && n.trim());
    const found = locate(names, sentences);
    if (!found) continue; // not in the text: invented
    const m: Mention = { index: mentions.length, text: found.text, type, sentence: found.sentence, start: found.start, end: found.end,
      cue: 'default', confidence: LLM_CONFIDENCE };
    const aliases = names.filter((n) => n !== found.text);
    if (aliases.length) m.aliases = aliases;
    if (type === 'Country') {
      const g = names.map((n) => gaz.lookup(matchKey(n))).find((x) => x?.type === 'Country');
      if (g) { m.iso2 = g.iso2; m.canonical = g.name; }
    }
    mentions.push(m);
    for (const n of names) byName.set(matchKey(n), m);
  }
  const relations: RelationCandidate[] = [];
  for (const r of answer.relations ?? []) {
    if (!RELATION_TYPES.includes(r.type as RelationType) || r.type === 'MENTIONS') continue;
    const s = byName.get(matchKey(r.source ?? '')), t = byName.get(matchKey(r.target ?? ''));
    const evidence = typeof r.evidence === 'string' ? norm(r.evidence) : '';
    const sentence = evidence.length >= 10 ? sentences.find((x) => norm(x.text).includes(evidence)) : undefined;
    if (!s || !t || s === t || !sentence) continue;
    relations.push({ type: r.type as RelationType, source: s.index, target: t.index, sentence: sentence.index, evidence: sentence.text,
      confidence: LLM_CONFIDENCE, rule: 'llm', properties: properties(r) });
  }
  return { sentences, mentions, relations };
}

function locate(names: string[], sentences: Sentence[]): { text: string; sentence: number; start: number; end: number } | undefined {
  for (const name of names) {
    const needle = name.toLowerCase();
    for (const s of sentences) {
      const at = s.text.toLowerCase().indexOf(needle);
      if (at >= 0) return { text: s.text.slice(at, at + name.length), sentence: s.index, start: at, end: at + name.length };
    }
  }
  return undefined;
}

function properties(r: LlmRelation): Record<string, PropertyValue> {
  const p: Record<string, PropertyValue> = {};
  if (typeof r.amount === 'number' && Number.isFinite(r.amount) && r.amount > 0 && typeof r.currency === 'string' && /^[A-Za-z]{3}$/.test(r.currency)) {
    p.amount = r.amount;
    p.currency = r.currency.toUpperCase();
    const usd = toUsd(r.amount, p.currency);
    if (usd !== undefined) p.amountUsd = usd;
  }
  for (const k of ['year', 'until', 'since', 'jobs'] as const) if (Number.isInteger(r[k])) p[k] = r[k]!;
  if (typeof r.role === 'string' && r.role.trim()) p.role = r.role.trim();
  return p;
}
