/** What an extractor returns for one article: sentences, typed mentions, relation candidates. */
import type { EntityType, PropertyValue, RelationType } from '../graph/model.ts';
import type { Sentence } from './text/sentences.ts';

export type { Sentence };

/** How a mention was typed, strongest first; drives the confidence of its type. */
export type MentionCue = 'gazetteer' | 'suffix' | 'cue' | 'role' | 'first-name' | 'quoted' | 'acronym' | 'article' | 'list' | 'default' | 'coref';

export interface Mention {
  /** Position in Extraction.mentions. */
  index: number;
  /** Surface text as written ("Acme.com Inc", "Corée du Sud"). */
  text: string;
  type: EntityType;
  sentence: number;
  /** Offsets in the sentence's text (sentences[sentence].text); the sentence has its own offsets in the title or text. */
  start: number;
  end: number;
  cue: MentionCue;
  /** Confidence of the type, 0..1. */
  confidence: number;
  /** Gazetteer canonical name, when the mention is a known place or institution. */
  canonical?: string;
  iso2?: string;
  /** Country of a region or city (gazetteer). */
  country?: string;
  /** Other names given in the text ("Acme Cloud Services (ACS)" → ["ACS"]). */
  aliases?: string[];
  /** Anaphora ("le géant américain", "the country"): index of the mention it refers to. */
  refersTo?: number;
  /** Nationality stated by a demonym cue ("l'allemand Northvolt" → "DE"). */
  nationality?: string;
  /** Not written as a name: a country stated by a demonym ("le président français" → France). */
  implicit?: boolean;
  /** Program/product/company cue word that typed it ("sommet", "start-up"). */
  cueWord?: string;
  /** The lexicon and category that typed it ("institutions lexicon: EU bank"), for a gazetteer mention of one. */
  lexicon?: string;
}

export interface RelationCandidate {
  type: RelationType;
  /** Mention indexes. */
  source: number;
  target: number;
  sentence: number;
  evidence: string;
  confidence: number;
  /** Name of the rule that found it (for debugging and tests). */
  rule: string;
  properties: Record<string, PropertyValue>;
  /** The learned scorer's probability (under `explain`, with its top features); `applied` false when it only advises on this type. */
  learned?: { p: number; applied: boolean; top?: string[] };
}

export interface Extraction {
  sentences: Sentence[];
  mentions: Mention[];
  relations: RelationCandidate[];
}
