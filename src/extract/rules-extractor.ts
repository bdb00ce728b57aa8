/**
 * The deterministic extractor: boilerplate removed, sentences split, mentions found and typed by cues
 * and lexicons, relations read by pattern and code rules. Offline, no state between articles.
 */
import type { Article } from '../graph/model.ts';
import { cueIndex } from './cue-index.ts';
import { loadGazetteer } from './gazetteer.ts';
import { detectMentions } from './mentions/detect.ts';
import { findRelations } from './relations/index.ts';
import { applyLearned, relationModel, type RelationModel } from './learned/index.ts';
import { tracing } from './trace.ts';
import { removeNoise } from './text/noise.ts';
import { splitSentences } from './text/sentences.ts';
import { tokenize } from './text/tokens.ts';
import type { Extraction } from './types.ts';

export class RulesExtractor {
  readonly name = 'rules';
  private readonly cues = cueIndex();
  private readonly gaz = loadGazetteer();
  /** The learned relation scorer (src/extract/learned) when given; by default the committed one, `{ learned: null }` for the rules alone. */
  private readonly learned: RelationModel | null | undefined;

  constructor(options: { learned?: RelationModel | null } = {}) {
    this.learned = options.learned;
  }

  extract(article: Article): Extraction {
    const title = article.title?.trim() ?? '';
    const text = removeNoise(article.text ?? '', this.cues.noise);
    const sentences = [
      ...(title ? splitSentences(title, 'title') : []),
    ];
    const body = splitSentences(text, 'text', sentences.length);
    // a first line that repeats the title is not read twice
    if (body.length && title && body[0]!.text === title) body.shift();
    sentences.push(...body);
    sentences.forEach((s, i) => { s.index = i; });
    const parts = sentences.map((sentence) => ({ sentence, tokens: tokenize(sentence.text) }));
    const mentions = detectMentions(parts, this.gaz, this.cues);
    const rules = findRelations(sentences, mentions, this.cues, this.gaz);
    const model = this.learned === undefined ? relationModel(tracing()) : this.learned;
    const relations = model ? applyLearned(sentences, mentions, rules, article.lang, model, parts.map((p) => p.tokens)) : rules;
    return { sentences, mentions, relations };
  }
}
