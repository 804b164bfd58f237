import { screen } from '@testing-library/react';
import type { Entity } from '@backstage/catalog-model';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  deployPlatformUsage,
  entityCardOf,
  featureApiPairs,
  mockPlatformProductApi,
  platformEntity,
  serviceEntity,
} from '../__testUtils__/fixtures';
import platformProductPlugin, {
  deprecationsPage,
  entityGroupPlatformsCard,
  entityPlatformContent,
  entityPlatformScorecardCard,
  entityPlatformUsageCard,
  platformProductApi,
  portfolioPage,
  roadmapPage,
} from '.';

/** Whether an extension shows on an entity's page. */
type EntityFilter = (entity: Entity) => boolean;

const groupEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-payments' },
  spec: { type: 'team', children: [] },
};

describe('platform-product for the new frontend system', () => {
  it('is a plugin with the API, both cards and the Platform tab', () => {
    expect(platformProductPlugin.pluginId).toBe('platform-product');
    for (const id of [
      'api:platform-product',
      'entity-card:platform-product/usage',
      'entity-card:platform-product/scorecard',
      'entity-content:platform-product',
    ]) {
      expect(platformProductPlugin.getExtension(id)).toBeDefined();
    }
    expect(platformProductApi).toBeDefined();
  });

  it('has the portfolio page at /platforms, its APIs, and the group card on groups only', () => {
    for (const id of [
      'page:platform-product/portfolio',
      'api:platform-product/portfolio',
      'api:platform-product/groups',
      'entity-card:platform-product/group-platforms',
    ]) {
      expect(platformProductPlugin.getExtension(id)).toBeDefined();
    }
    const filter = createExtensionTester(entityGroupPlatformsCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    ) as EntityFilter;
    expect(filter(groupEntity)).toBe(true);
    expect(filter(serviceEntity)).toBe(false);
  });

  it('renders the usage card from its extension, with the platforms of the entity', async () => {
    const api = mockPlatformProductApi({
      getEntityCard: jest
        .fn()
        .mockResolvedValue(entityCardOf({ platforms: [deployPlatformUsage] })),
    });
    const tester = createExtensionTester(entityPlatformUsageCard);

    await renderInTestApp(
      <EntityProvider entity={serviceEntity}>
        {tester.reactElement()}
      </EntityProvider>,
      {
        apis: featureApiPairs(api),
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      await screen.findByRole('link', { name: 'Deploy platform' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/system/deploy-platform/platform',
    );
  });

  it('shows the usage card on components, APIs and resources, not on groups', () => {
    const filter = createExtensionTester(entityPlatformUsageCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    ) as EntityFilter;
    expect(filter(serviceEntity)).toBe(true);
    expect(filter({ ...serviceEntity, kind: 'API' })).toBe(true);
    expect(filter({ ...serviceEntity, kind: 'Resource' })).toBe(true);
    expect(filter(groupEntity)).toBe(false);
  });

  it('shows the scorecard card and the Platform tab on platform products only', () => {
    const cardFilter = createExtensionTester(entityPlatformScorecardCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    ) as EntityFilter;
    expect(cardFilter(platformEntity)).toBe(true);
    expect(cardFilter(serviceEntity)).toBe(false);

    const tab = createExtensionTester(entityPlatformContent);
    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('Platform');
    expect(tab.get(coreExtensionData.routePath)).toBe('/platform');
    const tabFilter = tab.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    ) as EntityFilter;
    expect(tabFilter(platformEntity)).toBe(true);
    expect(tabFilter(serviceEntity)).toBe(false);
  });

  it('gives each page its route and an icon, so the app routes to it, lists it in the navigation and resolves the links to one deprecation', () => {
    for (const [page, path] of [
      [deprecationsPage, '/deprecations'],
      [roadmapPage, '/roadmap'],
      [portfolioPage, '/platforms'],
    ] as const) {
      const tester = createExtensionTester(page);
      expect(tester.get(coreExtensionData.routePath)).toBe(path);
      expect(tester.get(coreExtensionData.routeRef)).toBeDefined();
      expect(tester.get(coreExtensionData.icon)).toBeDefined();
    }
    expect(Object.keys(platformProductPlugin.routes).sort()).toEqual([
      'deprecation',
      'deprecations',
      'portfolio',
      'roadmap',
    ]);
    expect(
      createExtensionTester(deprecationsPage).get(coreExtensionData.routeRef),
    ).toBe(platformProductPlugin.routes.deprecations);
  });
});
