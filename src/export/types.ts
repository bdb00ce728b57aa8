/** Types of the export module's public surface. */
export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** File name, e.g. `graph.gexf`, `nodes.csv`. */
  name: string;
  /** MIME type with charset, for HTTP. */
  contentType: string;
  body: string;
}

export interface ExportOutput {
  files: ExportFile[];
}

/** The format marker Newsgraph writes in `attributes.format` (model.ts's GraphAttributes). */
export const SNAPSHOT_FORMAT = 'newsgraph-snapshot/1';
