/**
 * The graph model of DESIGN.md: node labels, relationship types and their attributes.
 * Every other stage speaks these types; the snapshot format is graphology's serialised form of them.
 */
import type { Point } from './point.ts';

export const ENTITY_TYPES = ['Company', 'Country', 'Region', 'Program', 'Person', 'Product', 'Organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type NodeLabel = EntityType | 'Article';

export const RELATION_TYPES = [
  'INVESTS_IN', 'COMPETES_WITH', 'PARTNERS_WITH', 'ROLE_AT', 'SUBSIDIARY_OF',
  'ANNOUNCED_AT', 'LOCATED_IN', 'DEVELOPS', 'MENTIONS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Symmetric relations are stored once, in either direction. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['COMPETES_WITH', 'PARTNERS_WITH']);

/** Neo4j-storable property values: scalars (spatial points too) or homogeneous lists of them, never nested maps. */
export type PropertyValue = string | number | boolean | Point | string[] | number[] | boolean[];

/** An article as read from a file, before extraction. */
export interface Article {
  /** Hash of the normalised text (see ingest/article-id.ts): the same text gives the same id. */
  id: string;
  title: string;
  text: string;
  date?: string;
  url?: string;
  lang: string;
  /** Publisher or site, when known. */
  source?: string;
  /** File the article came from (and line, for .jsonl). */
  origin?: string;
}

export interface ArticleAttributes {
  type: 'Article';
  id: string;
  title: string;
  date?: string;
  url?: string;
  lang: string;
  source?: string;
  [key: string]: PropertyValue | undefined;
}

export interface EntityAttributes {
  type: EntityType;
  id: string;
  name: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  iso2?: string;
  [key: string]: PropertyValue | undefined;
}

export type NodeAttributes = EntityAttributes | ArticleAttributes;

/** Properties an INVESTS_IN relationship may carry, whatever the text states. */
export interface InvestmentProperties {
  amount?: number;
  currency?: string;
  amountUsd?: number;
  year?: number;
  until?: number;
  since?: number;
  jobs?: number;
  sector?: string;
}

export interface RelationAttributes extends InvestmentProperties {
  type: RelationType;
  /** Article ids, parallel to `evidence`. */
  articles: string[];
  evidence: string[];
  confidence: number;
  role?: string;
  [key: string]: PropertyValue | undefined;
}

export interface GraphAttributes {
  name: string;
  createdAt: string;
  /** Number of Article nodes. */
  articles: number;
  /** Marks a file written by Newsgraph, so a foreign JSON file is never overwritten. */
  format: 'newsgraph-snapshot/1';
  [key: string]: unknown;
}

/** graphology's serialised form (Graph.from(snapshot) loads it). */
export interface Snapshot {
  attributes: Partial<GraphAttributes> & Record<string, unknown>;
  options: { type: 'directed'; multi: true; allowSelfLoops?: boolean };
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key?: string; source: string; target: string; attributes: Record<string, unknown>; undirected?: boolean }>;
}
