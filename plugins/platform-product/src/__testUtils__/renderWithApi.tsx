import { ReactElement } from 'react';
import type { Entity } from '@backstage/catalog-model';
import { identityApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { PlatformProductApi, platformProductApiRef } from '../api';

/**
 * Renders `element` on the page of `entity` in a legacy test app, with `api` as the Platform
 * Product backend and a signed-in user who owns what `ownershipEntityRefs` lists.
 */
export function renderWithApi(
  element: ReactElement,
  options: {
    entity: Entity;
    api: PlatformProductApi;
    ownershipEntityRefs?: string[];
  },
) {
  const { entity, api, ownershipEntityRefs = ['user:default/guest'] } = options;
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [platformProductApiRef, api],
        [catalogApiRef, catalogApiMock()],
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/guest',
            ownershipEntityRefs,
          }),
        ],
      ]}
    >
      <EntityProvider entity={entity}>{element}</EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}
