/** Search: how Platform Product's platforms, roadmap items and announcements show on the search page. */
export type { PlatformProductSearchResultListItemProps } from './components/PlatformProductSearchResultListItem';
