import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// The end-to-end tests need the real plugin this module extends (a devDependency only).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import platformProductPlugin from '@platform-product/backstage-plugin-platform-product-backend';
import { platformProductModulePrometheus } from '../module';

/**
 * Pins the clock that `Date` reads at `now` (ms) and leaves every timer real, so the backend
 * computes "now" from a known moment while its scheduler and HTTP keep running.
 */
export function pinDate(now: number): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

/**
 * A test backend with the Platform Product plugin and this module, a catalog of `entities`, and
 * one Prometheus server, `default`, at `baseUrl` pulled with `stepSeconds`.
 */
/** The entities of a mock catalog. */
export type CatalogEntities = NonNullable<
  NonNullable<Parameters<typeof catalogServiceMock.factory>[0]>['entities']
>;

export function startPulledBackend(options: {
  entities: CatalogEntities;
  baseUrl: string;
  stepSeconds: number;
}) {
  return startTestBackend({
    features: [
      platformProductPlugin,
      platformProductModulePrometheus,
      catalogServiceMock.factory({ entities: options.entities }),
      mockServices.rootConfig.factory({
        data: {
          platformProduct: {
            prometheus: {
              servers: [
                {
                  id: 'default',
                  baseUrl: options.baseUrl,
                  stepSeconds: options.stepSeconds,
                },
              ],
            },
          },
        },
      }),
    ],
  });
}
