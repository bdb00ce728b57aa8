/**
 * The committed relation model (relation-model.json, trained by scripts/train-relations.ts on the
 * development sets), loaded once. A model trained with another feature version is not used: its
 * weights would read features that mean something else.
 */
import { createRequire } from 'node:module';
import { FEATURE_VERSION } from './features.ts';
import { RelationModel, type RelationModelFile } from './model.ts';

export { applyLearned, combine, scorePairs, LEARNED_RULE, type ScoredPair } from './combine.ts';
export { RelationModel, type RelationModelFile, type TypeThresholds } from './model.ts';
export { FEATURE_VERSION } from './features.ts';

const require = createRequire(import.meta.url);
let loaded: RelationModel | null | undefined;

/** The committed model file as stored (for tests and the training script's report). */
export function committedModelFile(): RelationModelFile | undefined {
  try {
    return require('./relation-model.json') as RelationModelFile;
  } catch {
    return undefined;
  }
}

/** The committed model, or null when there is none or it was trained for other features. */
export function relationModel(): RelationModel | null {
  if (loaded === undefined) {
    const file = committedModelFile();
    loaded = file && file.featureVersion === FEATURE_VERSION ? new RelationModel(file) : null;
  }
  return loaded;
}
