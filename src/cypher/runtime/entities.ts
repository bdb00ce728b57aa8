/**
 * Entity references used inside the executor. Rows hold these light references (a graphology key, plus
 * a relationship's type and ends); property values are read from the graph only when an expression asks.
 * They become the NodeValue / RelationshipValue / PathValue of values.ts at the engine's output.
 */
export class NodeRef {
  constructor(readonly key: string) {}
}

export class RelRef {
  constructor(
    readonly key: string,
    readonly type: string,
    readonly start: string,
    readonly end: string,
    /**
     * The edge's graphology attributes object, when the graph cannot change while the rows holding this
     * reference live (a read-only query): property reads then skip the key lookup. Null otherwise.
     */
    readonly attrs: Record<string, unknown> | null = null,
  ) {}
}

export class PathRef {
  /** nodes.length === rels.length + 1 */
  constructor(readonly nodes: NodeRef[], readonly rels: RelRef[]) {}
}
