/**
 * The JSON snapshot in pieces, never as one string of the whole graph (which, for a year of news,
 * comes near V8's maximum string length): one piece per node and edge, the same bytes as
 * exportJson (pretty) or JSON.stringify (compact) of the whole.
 */
import type { Snapshot } from '../graph/model.ts';
import { canonicalElements } from './json.ts';

export function* snapshotJsonChunks(snapshot: Snapshot, options: { pretty: boolean; canonical: boolean }): Generator<string> {
  const { pretty, canonical } = options;
  const head = canonical ? canonicalElements.head(snapshot) : { attributes: snapshot.attributes, options: snapshot.options };
  const node = canonical ? canonicalElements.node : (n: Snapshot['nodes'][number]) => n;
  const edge = canonical ? canonicalElements.edge : (e: Snapshot['edges'][number]) => e;
  // an element at depth 2 of the pretty form: its own lines indented by 4 more spaces
  const item = (value: unknown) => (pretty ? `    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}` : JSON.stringify(value));
  const list = function* (name: string, items: unknown[], last: boolean): Generator<string> {
    if (!items.length) { yield pretty ? `  "${name}": []${last ? '' : ','}\n` : `"${name}":[]${last ? '' : ','}`; return; }
    yield pretty ? `  "${name}": [\n` : `"${name}":[`;
    for (let i = 0; i < items.length; i++) yield `${item(items[i])}${i < items.length - 1 ? ',' : ''}${pretty ? '\n' : ''}`;
    yield pretty ? `  ]${last ? '' : ','}\n` : `]${last ? '' : ','}`;
  };
  if (pretty) {
    yield `{\n  "attributes": ${JSON.stringify(head.attributes, null, 2).replace(/\n/g, '\n  ')},\n`;
    yield `  "options": ${JSON.stringify(head.options, null, 2).replace(/\n/g, '\n  ')},\n`;
  } else {
    yield `{"attributes":${JSON.stringify(head.attributes)},"options":${JSON.stringify(head.options)},`;
  }
  yield* list('nodes', snapshot.nodes.map(node), false);
  yield* list('edges', snapshot.edges.map(edge), true);
  yield pretty ? '}\n' : '}';
}
