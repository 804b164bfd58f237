import type { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import {
  SearchFilterBlueprint,
  SearchFilterResultTypeBlueprint,
  SearchResultItemExtensionComponent,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import TimelineIcon from '@material-ui/icons/Timeline';
import { PLATFORM_PRODUCT_SEARCH_TYPE } from '@platform-product/backstage-plugin-platform-product-common';
import { PlatformProductSearchFilters } from '../features/search/components/PlatformProductSearchFilters';

/**
 * The search page's list item for Platform Product results (document type `platform-product`).
 *
 * @alpha
 */
export const platformProductSearchResultListItem: ExtensionDefinition =
  SearchResultListItemBlueprint.make({
    params: {
      predicate: result => result.type === PLATFORM_PRODUCT_SEARCH_TYPE,
      icon: <TimelineIcon />,
      component: () =>
        import(
          '../features/search/components/PlatformProductSearchResultListItem'
        ).then(
          m =>
            m.PlatformProductSearchResultListItem as SearchResultItemExtensionComponent,
        ),
    },
  });

/**
 * The "Platform Product" result type of the search page.
 *
 * @alpha
 */
export const platformProductSearchResultType: ExtensionDefinition =
  SearchFilterResultTypeBlueprint.make({
    name: PLATFORM_PRODUCT_SEARCH_TYPE,
    params: {
      value: PLATFORM_PRODUCT_SEARCH_TYPE,
      name: 'Platform Product',
      icon: <TimelineIcon />,
    },
  });

/**
 * The search page's filters for Platform Product results: what a result is and a roadmap item's
 * status. Set, they leave out results of other types.
 *
 * @alpha
 */
export const platformProductSearchFilters: ExtensionDefinition =
  SearchFilterBlueprint.make({
    name: PLATFORM_PRODUCT_SEARCH_TYPE,
    params: {
      component: ({ className }) => (
        <PlatformProductSearchFilters className={className} />
      ),
    },
  });
