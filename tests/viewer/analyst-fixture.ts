/** The viewer fixture plus one company only an article links to (a path to it exists only through MENTIONS). */
import type { Snapshot } from '../../src/graph/model.ts';
import { fixtureSnapshot } from './fixture.ts';

export const ORPHAN = 'company:mistral';

export function analystSnapshot(): Snapshot {
  const s = fixtureSnapshot();
  s.nodes.push({ key: ORPHAN, attributes: { type: 'Company', id: ORPHAN, name: 'Mistral AI', aliases: [], mentions: 1, articles: ['a3'] } });
  s.edges.push({ key: 'm-orphan', source: 'a3', target: ORPHAN, attributes: { type: 'MENTIONS', articles: ['a3'], evidence: [], confidence: 1 } });
  return s;
}
