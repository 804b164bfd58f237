export { PlatformProductSearchFilters } from './PlatformProductSearchFilters';
export type { PlatformProductSearchFiltersProps } from './PlatformProductSearchFilters';
