import {
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { rootRouteRef } from './routes';

/**
 * The Platform Product frontend plugin.
 *
 * @public
 */
export const platformProductPlugin = createPlugin({
  id: 'platform-product',
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The "Platform" tab of a platform product's entity page: what the platform declares it is (category,
 * personas served, SLOs, support promise, scorecard targets, links) and any problem in that
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
