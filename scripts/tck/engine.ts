/**
 * What the runner needs of the engine (src/cypher/index.ts), loaded at run time so the runner works,
 * and says so clearly, while the engine does not exist yet or fails to load.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import graphology from 'graphology';
import type { CypherValue } from '../../src/cypher/values.ts';
import type { GraphReader, ReadableGraph } from './side-effects.ts';

export interface EngineResult { columns: string[]; rows: CypherValue[][]; stats?: Record<string, unknown> }

export interface ExecuteOptions { params?: Record<string, CypherValue>; timeoutMs?: number }

/** A procedure declared by a scenario (`And there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):`). */
export interface TckProcedure {
  /** Qualified name, e.g. `test.my.proc`. */
  name: string;
  inputs: Array<{ name: string; type: string }>;
  outputs: Array<{ name: string; type: string }>;
  /** Output rows (values in `outputs` order) for the given arguments (in `inputs` order). */
  call(args: CypherValue[]): CypherValue[][];
}

export interface EngineLike {
  /** When both are exposed, side effects are measured on the graph itself rather than by queries. */
  readonly graph?: ReadableGraph;
  readonly adapter?: GraphReader;
  execute(query: string, options?: ExecuteOptions): EngineResult;
  /** Optional: lets scenarios declare test procedures. Without it those scenarios fail. */
  registerProcedure?(procedure: TckProcedure): void;
}

export type EngineFactory = () => EngineLike;

type EngineConstructor = new (graph: unknown, options?: Record<string, unknown>) => EngineLike;

interface EngineModule { CypherEngine?: EngineConstructor; createPureAdapter?: () => unknown }

export const ENGINE_MODULE = 'src/cypher/index.ts';

/** Loads `CypherEngine` from the project; throws an Error whose message says what is missing. */
export async function loadEngineFactory(projectRoot: string): Promise<EngineFactory> {
  const file = join(projectRoot, ENGINE_MODULE);
  if (!existsSync(file)) throw new Error(`the engine is not there yet: ${file} does not exist`);
  let mod: EngineModule;
  try {
    mod = (await import(pathToFileURL(file).href)) as EngineModule;
  } catch (e) {
    throw new Error(`the engine failed to load (${ENGINE_MODULE}): ${(e as Error).message}`);
  }
  const Engine = mod.CypherEngine;
  if (typeof Engine !== 'function') throw new Error(`${ENGINE_MODULE} does not export a class CypherEngine`);
  // The TCK uses property names such as `type`: keep labels and types apart from properties. It is the
  // openCypher specification, so the engine runs in that dialect (no Neo4j 4 pattern-expression values).
  const createAdapter = mod.createPureAdapter;
  const dialect = process.env.NEWSGRAPH_TCK_DIALECT === 'neo4j' ? 'neo4j' : 'opencypher';
  return () => new Engine(new graphology.MultiDirectedGraph(), { dialect, ...(createAdapter ? { adapter: createAdapter() } : {}) });
}
