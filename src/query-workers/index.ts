export { QueryWorkerPool, POOL_DEFAULTS, type QueryPoolOptions, type RawQueryResult } from './pool.ts';
export { ReplicaFeed } from './replica-feed.ts';
export { encodeValue, decodeValue } from './value-codec.ts';
export { startWatchdog, type Watchdog } from './watchdog.ts';
