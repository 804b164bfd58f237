export {
  PlatformProductFetcher,
  apiPath,
  entitySegments,
  queryString,
} from './PlatformProductFetcher';
export type { QueryParams } from './PlatformProductFetcher';
export type {
  PlatformProductClientOptions,
  PlatformProductDayRange,
  PlatformProductEntityRef,
} from './types';
export { describeError } from './describeError';
