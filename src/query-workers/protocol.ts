/** Messages between the query pool (main thread) and its workers. */
import type { QueryOptions, QueryResult } from '../graph/result.ts';
import type { ReplicaUpdate } from './replica-feed.ts';

export interface WorkerInit {
  /** Stack size limit is set through resourceLimits; this is only what the worker needs to know. */
  name: string;
}

export type ToWorker =
  | { type: 'sync'; update: ReplicaUpdate }
  /** json: engine.run (the DESIGN.md result shape); raw: engine.execute, values encoded (value-codec.ts). */
  | { type: 'run'; id: number; query: string; options: QueryOptions; raw: boolean };

export interface WireError {
  name: string;
  message: string;
  /** CypherError fields, when it is one. */
  kind?: string;
  phase?: 'compile' | 'runtime';
  detail?: string;
  position?: { offset: number; line: number; column: number };
}

export interface RawWireResult { columns: string[]; rows: unknown[][]; stats: Record<string, number | undefined>; plan?: string }

export type FromWorker =
  | { type: 'ready' }
  | { type: 'synced'; version: number }
  | { type: 'done'; id: number; result: QueryResult | RawWireResult }
  | { type: 'failed'; id: number; error: WireError };
