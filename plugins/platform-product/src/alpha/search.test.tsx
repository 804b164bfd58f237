import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  SearchResultItemExtensionComponent,
  SearchResultItemExtensionPredicate,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import platformProductPlugin, { platformProductSearchResultListItem } from '.';

describe('search in the new frontend system', () => {
  it('adds the result list item and the result type to the plugin', () => {
    for (const id of [
      'search-result-list-item:platform-product',
      'search-filter-result-type:platform-product/platform-product',
      'search-filter:platform-product/platform-product',
    ]) {
      expect(platformProductPlugin.getExtension(id)).toBeDefined();
    }
  });

  it('renders Platform Product results, and only those', async () => {
    // The extension is typed ExtensionDefinition (see index.ts), so its output is asserted here.
    const item = createExtensionTester(platformProductSearchResultListItem).get(
      SearchResultListItemBlueprint.dataRefs.item,
    ) as {
      predicate?: SearchResultItemExtensionPredicate;
      component: SearchResultItemExtensionComponent;
    };
    const document = {
      title: 'Cheaper long retention',
      text: 'Audit requires a year of logs.',
      location: '/catalog/default/system/logging-platform/platform',
      documentKind: 'roadmap-item',
      platformRef: 'system:default/logging-platform',
      platformTitle: 'Logging Platform',
      status: 'exploring',
      horizon: 'later',
      personas: [],
    };

    expect(item.predicate?.({ type: 'platform-product', document })).toBe(true);
    expect(item.predicate?.({ type: 'software-catalog', document })).toBe(
      false,
    );
    const Item = item.component;
    await renderInTestApp(<Item result={document} />);
    expect(
      await screen.findByRole('link', { name: 'Cheaper long retention' }),
    ).toBeInTheDocument();
  });
});
