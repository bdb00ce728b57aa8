/** `newsgraph explain`: why each mention and relation of an article is there, and why others are not. */
export { explainArticle, type ArticleExplanation, type ExplainedMention, type ExplainedRelation, type ExplainedSentence, type ResolutionOutcome } from './report.ts';
export { formatExplanation } from './format.ts';
