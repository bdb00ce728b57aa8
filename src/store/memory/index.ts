export { MemoryStore, openMemoryStore, emptySnapshot } from './memory-store.ts';
export { StoreFileError, SNAPSHOT_FORMAT } from './snapshot-file.ts';
export { writeFileAtomic } from './atomic-file.ts';
export type { WriteGate, MemoryStoreOptions } from './memory-store.ts';
export { acquireStoreLock, withStoreLock, lockFileOf, StoreLockError, type LockHolder } from './store-lock.ts';
export { removeOrphanedTemps } from './atomic-file.ts';
export { currentProcess, liveness, type ProcessIdentity } from './process-info.ts';
export { STORE_DEFAULTS } from './defaults.ts';
