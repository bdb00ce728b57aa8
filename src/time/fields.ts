/**
 * The time fields of the graph model (docs/design-notes/time.md): names, and which hold Cypher dates.
 */
export const RELATION_TIME_FIELDS = ['validFrom', 'validTo', 'firstReported', 'lastReported', 'endReported', 'supersededBy', 'conflicts'] as const;
export const ENTITY_TIME_FIELDS = ['firstSeen', 'lastSeen'] as const;
export const DATE_FIELDS: ReadonlySet<string> = new Set(['validFrom', 'validTo', 'firstReported', 'lastReported', 'endReported', 'firstSeen', 'lastSeen']);

export interface RelationTime {
  /** World time, from the text: when the fact starts and ends holding. */
  validFrom?: string;
  validTo?: string;
  /** Report time: the days of the earliest and latest article stating it. */
  firstReported?: string;
  lastReported?: string;
  /** The day the end (validTo) was first reported: an as-of snapshot before it does not know the end yet. */
  endReported?: string;
  /** Key of the relation that replaced this one (a new holder of the role, a revised amount). */
  supersededBy?: string;
  /** Keys of relations reporting a different amount for the same investment. */
  conflicts?: string[];
}

export interface EntityTime { firstSeen?: string; lastSeen?: string }
