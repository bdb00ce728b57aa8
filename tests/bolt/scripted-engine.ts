/**
 * A scripted engine for protocol tests: a handful of fixed query forms over a graphology graph, so the
 * Bolt layer is tested apart from the Cypher engine (tests/bolt/cross-check.test.ts uses the real one).
 */
import graphology from 'graphology';
import { CypherError } from '../../src/cypher/errors.ts';
import { NodeValue, PathValue, RelationshipValue, type CypherValue } from '../../src/cypher/values.ts';
import type { EngineLike, ExecuteOptions, RawResult } from '../../src/bolt/backend.ts';

/** Stored attribute → Cypher value (values.ts storage rule: an integral number reads as Integer). */
function fromStorage(v: unknown): CypherValue {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(fromStorage);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromStorage(x)]));
  return v as CypherValue;
}

export function scriptedEngine() {
  const graph = new graphology.MultiDirectedGraph({ allowSelfLoops: true });
  graph.addNode('company:amazon', { type: 'Company', id: 'company:amazon', name: 'Amazon', mentions: 3, aliases: ['AWS'] });
  graph.addNode('country:fr', { type: 'Country', id: 'country:fr', name: 'France', iso2: 'FR' });
  graph.addDirectedEdgeWithKey('INVESTS_IN|company:amazon|country:fr', 'company:amazon', 'country:fr', { type: 'INVESTS_IN', amount: 2.75, year: 2031, confidence: 0.9 });
  const node = (k: string): NodeValue => {
    const { type, ...props } = graph.getNodeAttributes(k);
    return new NodeValue(k, [String(type)], fromStorage(props) as Record<string, CypherValue>);
  };
  const rel = (k: string): RelationshipValue => {
    const { type, ...props } = graph.getEdgeAttributes(k);
    return new RelationshipValue(k, String(type), graph.source(k), graph.target(k), fromStorage(props) as Record<string, CypherValue>);
  };
  const engine: EngineLike & { calls: string[] } = {
    calls: [],
    execute(query: string, o: ExecuteOptions = {}): RawResult {
      engine.calls.push(query);
      const p = (o.params ?? {}) as Record<string, CypherValue>;
      if (query === 'RETURN 1') return { columns: ['1'], rows: [[1n]] };
      if (query === 'ECHO') return { columns: Object.keys(p), rows: [Object.values(p)] };
      if (query === 'RANGE') {
        const n = Number(p.n);
        return { columns: ['i'], rows: Array.from({ length: n }, (_, i) => [BigInt(i)]) };
      }
      if (query === 'GRAPH') {
        const r = rel('INVESTS_IN|company:amazon|country:fr');
        const a = node('company:amazon'), f = node('country:fr');
        return { columns: ['a', 'r', 'f', 'p', 'back'], rows: [[a, r, f, new PathValue([a, f], [r]), new PathValue([f, a], [r])]] };
      }
      if (query === 'COUNT') return { columns: ['n'], rows: [[BigInt(graph.order)]] };
      if (query.startsWith('CREATE')) {
        if (o.readOnly) throw new CypherError('Forbidden', 'Writing in read access mode not allowed', 'compile');
        const id = String(p.id);
        graph.addNode(p.key === undefined ? id : String(p.key), { type: 'Company', id, name: id });
        return { columns: [], rows: [], stats: { nodesCreated: 1, propertiesSet: 2, labelsAdded: 1 } };
      }
      if (query === 'BAD') throw new CypherError('SyntaxError', "Invalid input 'BAD': expected a clause", 'compile', undefined, { offset: 0, line: 1, column: 1 });
      throw new CypherError('SyntaxError', `scripted engine does not know: ${query}`, 'compile');
    },
  };
  return { graph, engine };
}
