/**
 * CommonJS layout packages seen through one typed door: TypeScript (NodeNext) and esbuild disagree on what
 * a default import of a CommonJS module is, so the interop is resolved here once.
 */
import * as fa2Module from 'graphology-layout-forceatlas2';
import * as fa2WorkerModule from 'graphology-layout-forceatlas2/worker.js';
import * as noverlapModule from 'graphology-layout-noverlap';

type Fa2 = typeof fa2Module.default.default;
type Fa2Worker = typeof fa2WorkerModule.default.default;
type Noverlap = typeof noverlapModule.default.default;

const unwrap = <T>(ns: unknown): T => ((ns as { default?: T }).default ?? ns) as T;

export const forceAtlas2: Fa2 = unwrap<Fa2>(fa2Module);
export const FA2Layout: Fa2Worker = unwrap<Fa2Worker>(fa2WorkerModule);
export type FA2Layout = InstanceType<Fa2Worker>;
export const noverlap: Noverlap = unwrap<Noverlap>(noverlapModule);
