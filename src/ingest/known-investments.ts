/**
 * The investments a store already holds: the resolver uses them to recognise one sum stated in another
 * currency by a later article (see resolve/index.ts). The embedded store is read directly (ingest never
 * loads the Cypher engine); Neo4j with a query.
 */
import type { Store } from '../store/store.ts';
import type { MemoryStore } from '../store/memory/index.ts';
import type { PropertyValue } from '../graph/model.ts';
import type { KnownInvestment } from '../resolve/index.ts';

// Neo4j keeps the relation key in the `key` property; Newsgraph's own Bolt endpoint in the element id
// (see store/neo4j/apply.ts); Neo4j 4.4 has no elementId()
const query = (key: string): string => `MATCH (s)-[r:INVESTS_IN]->(t) WHERE r.amountUsd IS NOT NULL
RETURN ${key} AS key, s.id AS source, t.id AS target, r.amount AS amount, r.currency AS currency, r.amountUsd AS amountUsd`;

function investment(key: unknown, source: unknown, target: unknown, amount: unknown, currency: unknown, amountUsd: unknown): KnownInvestment | null {
  if (typeof key !== 'string' || typeof source !== 'string' || typeof target !== 'string' || typeof amountUsd !== 'number') return null;
  const properties: Record<string, PropertyValue> = { amountUsd };
  if (typeof amount === 'number') properties.amount = amount;
  if (typeof currency === 'string') properties.currency = currency;
  return { key, source, target, properties };
}

export async function knownInvestments(store: Store): Promise<KnownInvestment[]> {
  const out: KnownInvestment[] = [];
  if (store.kind === 'memory') {
    // the memory store keys each edge by its relation key
    (store as MemoryStore).graph.forEachEdge((key, a, source, target) => {
      if (a.type !== 'INVESTS_IN') return;
      const inv = investment(key, source, target, a.amount, a.currency, a.amountUsd);
      if (inv) out.push(inv);
    });
    return out;
  }
  const result = await store.query(query('coalesce(r.key, elementId(r))'), { readOnly: true })
    .catch(() => store.query(query('r.key'), { readOnly: true }));
  for (const [key, source, target, amount, currency, amountUsd] of result.rows) {
    const inv = investment(key, source, target, amount, currency, amountUsd);
    if (inv) out.push(inv);
  }
  return out;
}
