import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { PlatformProductClient, platformProductApiRef } from './api';
import { rootRouteRef } from './routes';

/**
 * The Platform Product frontend plugin. It provides the {@link platformProductApiRef} client, so an
 * app that uses any of its extensions needs nothing more than the backend plugin.
 *
 * @public
 */
export const platformProductPlugin = createPlugin({
  id: 'platform-product',
  apis: [
    createApiFactory({
      api: platformProductApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PlatformProductClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The "Platform" tab of a platform product's entity page: its scorecard, the live status of its
 * SLOs, its adoption (with trend, per persona and org, adopting and non-adopting teams), and what it
 * declares (product, support promise, SLO definitions, scorecard targets) with any problem in that
 * declaration.
 *
 * @public
 */
export const EntityPlatformContent = platformProductPlugin.provide(
  createRoutableExtension({
    name: 'EntityPlatformContent',
    component: () =>
      import('./components/EntityPlatformContent').then(
        m => m.EntityPlatformContent,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * A card for any entity that relies on platforms (services, websites, APIs, resources): for each
 * platform, its SLO health, the error budget left on its worst SLO, its support channel and
 * response promise, and a link to its Platform tab.
 *
 * @public
 */
export const EntityPlatformUsageCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityPlatformUsageCard',
    component: {
      lazy: () =>
        import('./components/EntityPlatformUsageCard').then(
          m => m.EntityPlatformUsageCard,
        ),
    },
  }),
);

/**
 * A card for platform entities: the balanced scorecard, each KPI against its target with its
 * status and a sparkline of the last 30 days.
 *
 * @public
 */
export const EntityPlatformScorecardCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityPlatformScorecardCard',
    component: {
      lazy: () =>
        import('./components/EntityPlatformScorecardCard').then(
          m => m.EntityPlatformScorecardCard,
        ),
    },
  }),
);
