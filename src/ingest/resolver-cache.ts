/**
 * A long-running process (the server: POST /api/ingest, serve --watch) ingests into one graph again
 * and again; building the resolver from every entity and investment of the store for each request
 * costs O(graph) — a second on a large store for one article. The resolver is kept between runs
 * instead, as one long ingest keeps it, and rebuilt when the graph changed by other means (Bolt or
 * Cypher writes, a reload): seen as a node count that is not the one the last run left.
 * Embedded store only; Neo4j builds it each time.
 */
import type { Store } from '../store/store.ts';
import type { MemoryStore } from '../store/memory/index.ts';
import { Resolver } from '../resolve/index.ts';
import { knownInvestments } from './known-investments.ts';

const cache = new WeakMap<object, { resolver: Resolver; order: number; size: number }>();

export async function buildResolver(store: Store): Promise<Resolver> {
  const resolver = new Resolver(await store.knownEntities());
  resolver.knowInvestments(await knownInvestments(store));
  return resolver;
}

/** The store's resolver, kept from the last run when the graph is as that run left it. */
export async function cachedResolver(store: Store): Promise<Resolver> {
  if (store.kind !== 'memory') return buildResolver(store);
  const graph = (store as MemoryStore).graph;
  const hit = cache.get(graph);
  if (hit && hit.order === graph.order && hit.size === graph.size) return hit.resolver;
  const resolver = await buildResolver(store);
  cache.set(graph, { resolver, order: graph.order, size: graph.size });
  return resolver;
}

/** After a run with the cached resolver: the graph as it left it. */
export function resolverRunEnded(store: Store, resolver: Resolver): void {
  if (store.kind !== 'memory') return;
  const graph = (store as MemoryStore).graph;
  cache.set(graph, { resolver, order: graph.order, size: graph.size });
}
