/** What the large-graph mode exposes on `window.newsgraph.large` (tests and benchmarks drive it). */
export interface LargeViewApi {
  /** Fetches a node's neighbours from the server and merges them into the view. */
  expandNeighbours(node: string): Promise<void>;
  /** Shows the next members of an aggregate node ("+412 more companies · France"). */
  expandAggregate(aggregate: string): Promise<void>;
  /** Removes what expanding this node or aggregate added. */
  collapse(key: string): void;
  /** Brings a node that is not in the view into it (search, links), with its closest neighbours. */
  reveal(node: string): Promise<void>;
  /** The expansions in the order they were made (what the URL keeps). */
  steps(): string[];
}
