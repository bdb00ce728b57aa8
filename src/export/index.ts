/**
 * Exports: the graph as files other tools read.
 *
 *   json     graph.json       graphology snapshot (Graph.from loads it; `newsgraph import` reads it back)
 *   gexf     graph.gexf       GEXF 1.3 for Gephi / Gephi Lite (graphology-gexf writer)
 *   graphml  graph.graphml    GraphML for yEd, Gephi, networkx (hand-written, graphology-graphml parses it)
 *   csv      nodes.csv + relationships.csv   neo4j-admin import form
 *   cypher   graph.cypher     parameter-free MERGE script for cypher-shell
 *
 * Every format gives one file except csv, which gives two. The CLI writes a single file to --out,
 * and for csv treats --out as a folder holding both files. The HTTP API (`GET /api/export?format=csv`)
 * serves one file at a time: `&file=nodes` or `&file=relationships` (no zip: neo4j-admin wants two
 * plain files anyway, and a browser download of each is simplest).
 * Each format's header comment documents its encoding choices (lists, types, escaping).
 */
import type { Snapshot } from '../graph/model.ts';
import { exportCsv } from './csv.ts';
import { exportCypher } from './cypher.ts';
import { exportGexf } from './gexf.ts';
import { exportGraphml } from './graphml.ts';
import { exportJson } from './json.ts';
import type { ExportFormat, ExportOutput } from './types.ts';

export { EXPORT_FORMATS, SNAPSHOT_FORMAT, type ExportFile, type ExportFormat, type ExportOutput } from './types.ts';
export { canonicalSnapshot } from './json.ts';
export { parseSnapshot, validateSnapshot, SnapshotError } from './import.ts';
export { cypherString, cypherIdentifier, cypherNumber } from './cypher.ts';
export { csvField, CSV_ARRAY_DELIMITER } from './csv.ts';

export function exportGraph(snapshot: Snapshot, format: ExportFormat): ExportOutput {
  switch (format) {
    case 'json': return { files: [exportJson(snapshot)] };
    case 'gexf': return { files: [exportGexf(snapshot)] };
    case 'graphml': return { files: [exportGraphml(snapshot)] };
    case 'csv': return { files: exportCsv(snapshot) };
    case 'cypher': return { files: [exportCypher(snapshot)] };
    default: {
      const unknown: never = format;
      throw new Error(`unknown export format '${String(unknown)}'`);
    }
  }
}
