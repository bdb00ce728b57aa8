/**
 * The curation log's data: operations an analyst makes on the graph (merge, split, rename, retype,
 * reject, accept, undo), each with who, when and why, and the exact change it caused (GraphDiff), so
 * that undo restores the previous graph and the review queue knows what was decided.
 */
import type { EntityType } from '../graph/model.ts';

export const CURATION_OPS = ['merge', 'split', 'rename', 'retype', 'reject', 'accept', 'undo'] as const;
export type CurationOpName = (typeof CURATION_OPS)[number];

/** A node or an edge as it was (or is) in the graph; `index`: its position in the graph's order (before-images; -1 in after-images). */
export interface ElementImage {
  key: string;
  attributes: Record<string, unknown>;
  /** Edges only. */
  source?: string;
  target?: string;
  index: number;
}

/** One element's change: no `before` = added by the operation, no `after` = removed by it. */
export interface ElementChange {
  key: string;
  before?: ElementImage;
  after?: ElementImage;
}

export interface GraphDiff {
  nodes: ElementChange[];
  edges: ElementChange[];
}

/** What an operation asks for, as typed on the command line or posted to /api/curate. */
export type CurationRequest =
  | { op: 'merge'; target: string; other: string }
  | { op: 'split'; target: string; alias: string }
  | { op: 'rename'; target: string; name: string }
  | { op: 'retype'; target: string; type: EntityType }
  | { op: 'reject'; target: string }
  | { op: 'accept'; target: string; other?: string }
  | { op: 'undo'; undoes?: string };

export interface Provenance {
  /** Free text: who decided (`--by`). */
  by: string;
  /** ISO 8601 instant. */
  at: string;
  note?: string;
}

/** One line of the log: an operation as performed (ids resolved), with the change it made. */
export type OperationEntry = CurationRequest & Provenance & {
  kind: 'op';
  id: string;
  diff: GraphDiff;
  /** For undo: how the undo was done (exact restore, or the inverse operation when the graph moved on). */
  method?: 'restore' | 'inverse';
  /** split: the id of the entity split off. */
  created?: string;
};

/** A rejected entity or relation stated again by a later article: hidden, but counted for review. */
export interface RestatedEntry {
  kind: 'restated';
  /** The reject operation's id. */
  rule: string;
  /** The rejected entity id or relation key. */
  target: string;
  article: string;
  evidence: string;
  at: string;
}

export type LogEntry = OperationEntry | RestatedEntry;

/** A log entry's element images carry the property types JSON blurs (points, integral floats, temporals). */
export type TypeTags = Record<string, string>;
