/** Search: how Platform Product's platforms, roadmap items and announcements show on the search page, and its filters. */
export type { PlatformProductSearchResultListItemProps } from './components/PlatformProductSearchResultListItem';
export {
  PlatformProductSearchFilters,
  type PlatformProductSearchFiltersProps,
} from './components/PlatformProductSearchFilters';
