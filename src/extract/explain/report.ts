/**
 * The explanation of one article, as data: each sentence with its mentions (type, the cue that typed
 * it, confidence, the entity it resolved to), the relation candidates read in it (rule, confidence,
 * kept or why not) and the candidates rules rejected (trace.ts). Pure: built from what the extractor,
 * the trace and the resolver returned; `format.ts` prints it.
 */
import type { Article } from '../../graph/model.ts';
import type { Rejection } from '../trace.ts';
import type { Extraction } from '../types.ts';

/** What resolution did (src/resolve ResolutionTrace), by mention and relation index. */
export interface ResolutionOutcome {
  entities: ReadonlyMap<number, { id: string; name: string; note?: string }>;
  relations: ReadonlyMap<number, { kept: boolean; key?: string; note: string }>;
}

export interface ExplainedMention {
  text: string;
  type: string;
  cue: string;
  cueWord?: string;
  /** The lexicon and category of a gazetteer hit ("programmes lexicon: EU fund"). */
  lexicon?: string;
  confidence: number;
  entity?: string;
  /** For anaphora: the text of the mention it stands for. */
  refersTo?: string;
  /** How resolution linked it to its entity when not by its own name ("short form of …"). */
  resolution?: string;
}

export interface ExplainedRelation {
  type: string;
  source: string;
  target: string;
  rule: string;
  confidence: number;
  properties: Record<string, unknown>;
  kept: boolean;
  note?: string;
  /** The learned relation scorer's probability and top features (src/extract/learned); `applied` false when it only advises. */
  learned?: { p: number; applied: boolean; top?: string[] };
}

export interface ExplainedSentence {
  index: number;
  part: 'title' | 'text';
  text: string;
  mentions: ExplainedMention[];
  relations: ExplainedRelation[];
  rejected: Array<Omit<Rejection, 'sentence'>>;
}

export interface ArticleExplanation {
  article: { id: string; title: string; lang: string; file?: string };
  sentences: ExplainedSentence[];
  /** Rejections not tied to one sentence. */
  rejected: Array<Omit<Rejection, 'sentence'>>;
  counts: { sentences: number; mentions: number; relations: number; kept: number; rejected: number };
}

const round = (n: number) => Math.round(n * 100) / 100;

export function explainArticle(article: Article, x: Extraction, rejected: readonly Rejection[], resolution?: ResolutionOutcome): ArticleExplanation {
  const sentences: ExplainedSentence[] = x.sentences.map((s) => ({ index: s.index, part: s.part, text: s.text, mentions: [], relations: [], rejected: [] }));
  const at = (i: number) => sentences[i];
  for (const m of x.mentions) {
    const e: ExplainedMention = { text: m.text, type: m.type, cue: m.cue, confidence: round(m.confidence) };
    if (m.cueWord) e.cueWord = m.cueWord;
    if (m.lexicon) e.lexicon = m.lexicon;
    const entity = resolution?.entities.get(m.index);
    if (entity) e.entity = entity.id;
    if (entity?.note) e.resolution = entity.note;
    if (m.refersTo !== undefined) e.refersTo = x.mentions[m.refersTo]?.text;
    at(m.sentence)?.mentions.push(e);
  }
  let kept = 0;
  x.relations.forEach((r, i) => {
    const outcome = resolution?.relations.get(i);
    const e: ExplainedRelation = { type: r.type, source: x.mentions[r.source]?.text ?? '?', target: x.mentions[r.target]?.text ?? '?', rule: r.rule,
      confidence: round(r.confidence), properties: { ...r.properties }, kept: outcome ? outcome.kept : true };
    if (outcome && outcome.note !== 'new') e.note = outcome.note;
    if (r.learned) e.learned = r.learned;
    if (e.kept) kept++;
    at(r.sentence)?.relations.push(e);
  });
  const loose: ArticleExplanation['rejected'] = [];
  for (const { sentence, ...rest } of rejected) (at(sentence)?.rejected ?? loose).push(rest);
  const article_: ArticleExplanation['article'] = { id: article.id, title: article.title, lang: article.lang };
  if (article.origin) article_.file = article.origin;
  return {
    article: article_, sentences, rejected: loose,
    counts: { sentences: sentences.length, mentions: x.mentions.length, relations: x.relations.length, kept, rejected: rejected.length },
  };
}
