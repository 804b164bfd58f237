import { screen } from '@testing-library/react';
import type { Entity } from '@backstage/catalog-model';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
  starredEntitiesApiRef,
  MockStarredEntitiesApi,
  entityPresentationApiRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  DefaultEntityPresentationApi,
  catalogPlugin,
} from '@backstage/plugin-catalog';
import { catalogGraphPlugin } from '@backstage/plugin-catalog-graph';
import { entityPage } from './EntityPage';

const system = (spec: Record<string, unknown>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'deploy-platform', namespace: 'default' },
  spec: { owner: 'team-delivery', ...spec },
});

async function tabsOf(entity: Entity) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [catalogApiRef, catalogApiMock()],
        [starredEntitiesApiRef, new MockStarredEntitiesApi()],
        [permissionApiRef, mockApis.permission()],
        [entityPresentationApiRef, DefaultEntityPresentationApi.createLocal()],
      ]}
    >
      <EntityProvider entity={entity}>{entityPage}</EntityProvider>
    </TestApiProvider>,
    {
      // The diagram: the tab whose content needs the fewest APIs.
      routeEntries: ['/diagram'],
      mountedRoutes: {
        '/catalog': catalogPlugin.routes.catalogIndex,
        '/catalog-graph': catalogGraphPlugin.routes.catalogGraph,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return screen.getAllByRole('tab').map(tab => tab.textContent);
}

describe('entityPage', () => {
  it('gives a platform product its Platform tab, and a deprecated one its Deprecation tab', async () => {
    expect(
      await tabsOf(
        system({
          platform: { category: 'deployment', personas: ['feature-engineer'] },
          deprecation: {
            announced: '2026-01-01',
            sunset: '2027-01-01',
            reason: 'Replaced by the new platform',
          },
        }),
      ),
    ).toEqual(['Overview', 'Platform', 'Deprecation', 'Diagram']);
  });

  it('gives other systems neither', async () => {
    expect(await tabsOf(system({}))).toEqual(['Overview', 'Diagram']);
  });
});
