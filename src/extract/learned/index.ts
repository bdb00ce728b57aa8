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

/** What the cross-validation chose (relation-thresholds.json, a few bytes): read before the weights, which only load when used. */
interface ThresholdsFile { featureVersion: number; thresholds: RelationModelFile['thresholds'] }

let thresholds: ThresholdsFile | null | undefined;
let loaded: RelationModel | null | undefined;

function committedThresholds(): ThresholdsFile | null {
  if (thresholds === undefined) {
    try {
      thresholds = require('./relation-thresholds.json') as ThresholdsFile;
    } catch {
      thresholds = null;
    }
  }
  return thresholds;
}

/** The committed model file as stored, thresholds included (for tests and the training script's report). */
export function committedModelFile(): RelationModelFile | undefined {
  const th = committedThresholds();
  try {
    const weights = require('./relation-model.json') as Omit<RelationModelFile, 'thresholds'>;
    return { ...weights, thresholds: th && th.featureVersion === weights.featureVersion ? th.thresholds : {} };
  } catch {
    return undefined;
  }
}

/**
 * The committed model, or null when there is none, it was trained for other features, or it acts on no
 * relation type and `explain` is false (then the weights, ~0.3 MB, are not even read: start-up stays as it was).
 */
export function relationModel(explain = true): RelationModel | null {
  const th = committedThresholds();
  if (!explain && (!th || th.featureVersion !== FEATURE_VERSION || !Object.keys(th.thresholds).length)) return null;
  if (loaded === undefined) {
    const file = committedModelFile();
    loaded = file && file.featureVersion === FEATURE_VERSION ? new RelationModel(file) : null;
  }
  return loaded;
}
