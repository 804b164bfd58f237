import { SearchFilter } from '@backstage/plugin-search-react';
import {
  PLATFORM_PRODUCT_DOCUMENT_KINDS,
  PLATFORM_PRODUCT_DOCUMENT_KIND_LABELS,
} from '@platform-product/backstage-plugin-platform-product-common';

/** The statuses a roadmap item in the index can have (dropped items are not indexed). */
const INDEXED_STATUSES = ['exploring', 'committed', 'shipped'];

const DOCUMENT_KIND_VALUES = PLATFORM_PRODUCT_DOCUMENT_KINDS.map(kind => ({
  value: kind,
  label: PLATFORM_PRODUCT_DOCUMENT_KIND_LABELS[kind],
}));

/**
 * Props of {@link PlatformProductSearchFilters}.
 *
 * @public
 */
export interface PlatformProductSearchFiltersProps {
  /** Given to each filter, e.g. the search page's spacing between filters. */
  className?: string;
}

/**
 * The search page's filters for Platform Product results: what a result is (Platform, Roadmap
 * item, Announcement) and a roadmap item's status. Show them when the Platform Product result
 * type is selected: set, they leave out results of other types.
 *
 * @public
 */
export const PlatformProductSearchFilters = (
  props: PlatformProductSearchFiltersProps,
) => (
  <>
    <SearchFilter.Select
      className={props.className}
      label="Type"
      name="documentKind"
      values={DOCUMENT_KIND_VALUES}
    />
    <SearchFilter.Select
      className={props.className}
      label="Roadmap status"
      name="status"
      values={INDEXED_STATUSES}
    />
  </>
);
