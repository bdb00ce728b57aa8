export { MemoryStore, openMemoryStore, emptySnapshot } from './memory-store.ts';
export { StoreFileError, SNAPSHOT_FORMAT } from './snapshot-file.ts';
export { writeFileAtomic } from './atomic-file.ts';
