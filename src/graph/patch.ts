/**
 * GraphPatch: what one article adds to the graph. Extraction + resolution produce it; a Store applies it
 * with the merge rules below, so applying the same patch twice changes nothing.
 *
 * Merge rules (DESIGN.md):
 * - entity with an existing id: aliases are unioned, `articles` unioned, `mentions` grows by the
 *   patch's count only for articles not already listed; other attributes are filled when missing.
 * - relation with an existing `key`: `articles`/`evidence` pairs are appended when the pair is new,
 *   confidence is the max, missing properties are filled.
 */
import type { ArticleAttributes, EntityType, PropertyValue, RelationType } from './model.ts';

export interface EntityPatch {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Mentions of this entity in the patch's article. */
  mentions: number;
  article: string;
  iso2?: string;
  properties?: Record<string, PropertyValue>;
}

export interface RelationPatch {
  /**
   * Stable identity of the relationship: `${type}|${source}|${target}` plus, for INVESTS_IN, a
   * discriminator (amount+currency, or since/until year) so two different amounts stay two edges.
   * Symmetric types use the sorted pair. Build it with relationKey().
   */
  key: string;
  type: RelationType;
  source: string;
  target: string;
  article: string;
  evidence: string;
  confidence: number;
  properties: Record<string, PropertyValue>;
}

export interface GraphPatch {
  article: ArticleAttributes;
  entities: EntityPatch[];
  relations: RelationPatch[];
}

/** A known entity, as the resolver needs it to link new mentions to existing nodes. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  iso2?: string;
}

export function relationKey(type: RelationType, source: string, target: string, discriminator = ''): string {
  const [a, b] = type === 'COMPETES_WITH' || type === 'PARTNERS_WITH' ? [source, target].sort() : [source, target];
  return discriminator ? `${type}|${a}|${b}|${discriminator}` : `${type}|${a}|${b}`;
}
