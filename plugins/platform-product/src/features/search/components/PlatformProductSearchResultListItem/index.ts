export { PlatformProductSearchResultListItem } from './PlatformProductSearchResultListItem';
export type { PlatformProductSearchResultListItemProps } from './PlatformProductSearchResultListItem';
