/** The Bolt endpoint of the embedded store: `startBoltServer` and what it is made of. */
export { startBoltServer, type BoltServer, type BoltServerOptions } from './server.ts';
export { EngineBackend, BoltFailure, type BoltBackend, type EngineLike, type GraphLike, type RawResult } from './backend.ts';
export { SystemCatalog, SERVER_AGENT, SERVER_VERSION } from './system-queries.ts';
export { BOLT_DEFAULTS } from './defaults.ts';
export { WriteLock } from './write-lock.ts';
export { IsoTemporal, isoTemporalFactory, type TemporalFactory } from './decode-values.ts';
export { parseBoltAuth, parseBoltListen, BoltOptionError } from './cli-options.ts';
