import { ReactElement } from 'react';
import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
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
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { FeatureApis, featureApiPairs } from './fixtures';

/**
 * Renders `element` on the page of `entity` in a legacy test app, with `api` as every feature
 * API of the plugin and a signed-in user who owns what `ownershipEntityRefs` lists. Permissions are
 * decided like the suite's default policy: allowed on an entity the user owns.
 */
export function renderWithApi(
  element: ReactElement,
  options: {
    entity: Entity;
    api: Partial<FeatureApis>;
    ownershipEntityRefs?: string[];
    /** Where the page is, e.g. `/?section=reliability`; `/` unless set. */
    route?: string;
  },
) {
  const {
    entity,
    api,
    ownershipEntityRefs = ['user:default/guest'],
    route = '/',
  } = options;
  const owners = new Set(
    (entity.relations ?? [])
      .filter(r => r.type === RELATION_OWNED_BY)
      .map(r => r.targetRef),
  );
  const entityRef = stringifyEntityRef(entity);
  const permission = mockApis.permission({
    authorize: request =>
      request.resourceRef === entityRef &&
      ownershipEntityRefs.some(ref => owners.has(ref))
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
  });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        ...featureApiPairs(api),
        [catalogApiRef, catalogApiMock()],
        [permissionApiRef, permission],
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
    {
      routeEntries: [route],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}
