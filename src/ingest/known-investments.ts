/**
 * The investments a store already holds, read with Cypher so it works on both stores: the resolver
 * uses them to recognise one sum stated in another currency by a later article (see resolve/index.ts).
 */
import type { Store } from '../store/store.ts';
import type { PropertyValue } from '../graph/model.ts';
import type { KnownInvestment } from '../resolve/index.ts';

// the memory store keys edges by their relation key; the Neo4j store keeps it in the `key` property
const QUERY = `MATCH (s)-[r:INVESTS_IN]->(t) WHERE r.amountUsd IS NOT NULL
RETURN coalesce(r.key, elementId(r)) AS key, s.id AS source, t.id AS target, r.amount AS amount, r.currency AS currency, r.amountUsd AS amountUsd`;

export async function knownInvestments(store: Store): Promise<KnownInvestment[]> {
  const result = await store.query(QUERY, { readOnly: true });
  const out: KnownInvestment[] = [];
  for (const [key, source, target, amount, currency, amountUsd] of result.rows) {
    if (typeof key !== 'string' || typeof source !== 'string' || typeof target !== 'string') continue;
    const properties: Record<string, PropertyValue> = {};
    if (typeof amount === 'number') properties.amount = amount;
    if (typeof currency === 'string') properties.currency = currency;
    if (typeof amountUsd === 'number') properties.amountUsd = amountUsd;
    out.push({ key, source, target, properties });
  }
  return out;
}
