export { connectDatabase } from './connectDatabase';
export {
  versionedUpdate,
  versionedDelete,
  conflictOrMissing,
} from './versionedWrite';
export { chunks, MAX_BOUND_VALUES } from './chunks';
export { earliestDayOf, latestRowsOnOrBefore } from './latestPerPlatform';
export { SharedRead, SHARED_READ_TTL_MS } from './SharedRead';
