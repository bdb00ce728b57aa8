/**
 * The learned relation scorer at run time: one L2-regularised logistic regression per relation type
 * over the binary features of features.ts. Reading a candidate is a sum of weights (a dot product with
 * a sparse binary vector) and a sigmoid; the model file holds only the non-zero weights.
 */
import type { RelationType } from '../../graph/model.ts';

/** When the model overrides the rules, per relation type (chosen by cross-validation in scripts/train-relations.ts). */
export interface TypeThresholds {
  /** A rule's relation is dropped when the model's probability is below this (0: never). */
  veto: number;
  /** A pair no rule proposed is added when the probability is at least this (above 1: never). */
  add: number;
}

export interface RelationModelFile {
  /** FEATURE_VERSION of features.ts when trained: the code refuses a model of another version. */
  featureVersion: number;
  provenance: {
    corpora: string[];
    trainedAt: string;
    command: string;
    examples: number;
    positives: number;
    l2: number;
    epochs: number;
    seed: number;
    /** Leave-one-set-out figures printed by `npm run train:relations -- --cv`, kept with the model. */
    crossValidation?: unknown;
    note?: string;
  };
  thresholds: Partial<Record<RelationType, TypeThresholds>>;
  /** Per relation type: bias and feature weights (read for the rules' pairs: what a veto reads). */
  types: Partial<Record<RelationType, { bias: number; weights: Record<string, number> }>>;
  /**
   * Per relation type, the weights read for the pairs no rule proposed (what an addition reads), trained without the rule
   * features: on the development sets the rules were tuned to, a pair no rule proposed is nearly never a relation, so a model
   * reading "no rule" learns to add nothing; on new text the rules miss more. Absent: `types` reads every pair.
   */
  additions?: Partial<Record<RelationType, { bias: number; weights: Record<string, number> }>>;
}

export interface Scored {
  p: number;
  /** The features that pushed the decision most, with their weight (only when asked). */
  top?: Array<[string, number]>;
}

export class RelationModel {
  private readonly weights = new Map<RelationType, { bias: number; w: Map<string, number> }>();
  private readonly addWeights = new Map<RelationType, { bias: number; w: Map<string, number> }>();

  constructor(readonly file: RelationModelFile) {
    for (const [type, m] of Object.entries(file.types) as Array<[RelationType, { bias: number; weights: Record<string, number> }]>) {
      this.weights.set(type, { bias: m.bias, w: new Map(Object.entries(m.weights)) });
    }
    for (const [type, m] of Object.entries(file.additions ?? {}) as Array<[RelationType, { bias: number; weights: Record<string, number> }]>) {
      this.addWeights.set(type, { bias: m.bias, w: new Map(Object.entries(m.weights)) });
    }
  }

  /** Whether the model acts on any relation type (else it only advises, under explain). */
  get active(): boolean {
    return Object.keys(this.file.thresholds).length > 0;
  }

  /** Whether the model vetoes or adds relations of this type. */
  acts(type: RelationType): boolean {
    return this.file.thresholds[type] !== undefined;
  }

  has(type: RelationType): boolean {
    return this.weights.has(type);
  }

  thresholds(type: RelationType): TypeThresholds {
    return this.file.thresholds[type] ?? { veto: 0, add: 2 };
  }

  /**
   * Probability that `type` holds between the pair, and its top features when `explain` is set; `unproposed`: a pair no rule
   * proposed, read by the additions weights when the model has them.
   */
  score(type: RelationType, features: readonly string[], explain = false, unproposed = false): Scored {
    const m = (unproposed ? this.addWeights.get(type) : undefined) ?? this.weights.get(type);
    if (!m) return { p: 0.5 };
    let z = m.bias;
    for (const f of features) z += m.w.get(f) ?? 0;
    const p = 1 / (1 + Math.exp(-z));
    if (!explain) return { p };
    // the features that pushed towards the side the probability fell on
    const sign = p >= 0.5 ? 1 : -1;
    const top = features.map((f) => [f, m.w.get(f) ?? 0] as [string, number]).filter(([, w]) => w * sign > 0)
      .sort((a, b) => b[1] * sign - a[1] * sign).slice(0, 3);
    return { p, top };
  }
}

/** A sigmoid's input for a probability, for tests and training. */
export const logit = (p: number) => Math.log(p / (1 - p));
