/**
 * What an embedded store's files hold (snapshot + batch log), in the JSON snapshot form the store file
 * used to have: for tests that look at what was saved rather than at a store that was opened.
 */
import graphology from 'graphology';
import type { Snapshot } from '../../src/graph/model.ts';
import { readStoreState } from '../../src/store/memory/store-state.ts';
import { applyPatch } from '../../src/store/memory/merge.ts';
import { importSnapshot } from '../../src/store/memory/snapshot-graph.ts';
import { collectPropertyTypes, PROPERTY_TYPES_ATTRIBUTE } from '../../src/store/memory/property-types.ts';

function jsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

export async function savedSnapshot(file: string): Promise<Snapshot> {
  const state = await readStoreState(file);
  if (!state.snapshot) throw new Error(`${file}: no store there`);
  const graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  importSnapshot(graph, state.snapshot);
  const summary = { newArticles: 0, newEntities: 0, newRelations: 0 };
  for (const batch of state.replay) for (const patch of batch) applyPatch(graph, patch, summary);
  const out = JSON.parse(JSON.stringify(graph.export(), jsonReplacer)) as Snapshot;
  const types = collectPropertyTypes(graph);
  if (types) out.attributes[PROPERTY_TYPES_ATTRIBUTE] = JSON.parse(JSON.stringify(types));
  return out;
}

/** savedSnapshot as JSON text ('' when there is no store yet). */
export async function savedText(file: string): Promise<string> {
  try {
    return JSON.stringify(await savedSnapshot(file));
  } catch {
    return '';
  }
}
