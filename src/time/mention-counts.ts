/**
 * Each article's MENTIONS relationship carries how many times the article names the entity
 * (`mentions`), so taking the article out later takes exactly its mentions off the entity's count.
 */
import type { GraphPatch } from '../graph/patch.ts';

export function withMentionCounts(patch: GraphPatch): GraphPatch {
  const counts = new Map(patch.entities.map((e) => [e.id, e.mentions]));
  for (const r of patch.relations) {
    if (r.type !== 'MENTIONS') continue;
    const n = counts.get(r.target);
    if (n !== undefined) r.properties = { ...r.properties, mentions: n };
  }
  return patch;
}
