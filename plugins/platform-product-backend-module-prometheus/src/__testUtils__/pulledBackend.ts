import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// The end-to-end tests need the real plugin this module extends (a devDependency only).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import platformProductPlugin from '@platform-product/backstage-plugin-platform-product-backend';
import {
  findPrometheus,
  INSTALL_PROMETHEUS_HINT,
  PrometheusBinaries,
  RunningPrometheus,
  startPrometheus,
} from 'local-prometheus';
import { platformProductModulePrometheus } from '../module';

/**
 * A `describe` that runs when Prometheus and promtool are installed, and otherwise is reported
 * skipped with the reason (in its title and on the console, since Jest does not print the titles
 * of a file whose tests are all skipped). The body gets the binaries.
 */
export function describeWithPrometheus(
  title: string,
  body: (binaries: PrometheusBinaries) => void,
): void {
  const binaries = findPrometheus();
  if (!binaries) {
    const skipped = `${title} — skipped: prometheus not found (${INSTALL_PROMETHEUS_HINT})`;
    // eslint-disable-next-line no-console
    console.warn(skipped);
    // A wrapper of describe: its title and body come from the caller.
    // eslint-disable-next-line jest/valid-title, jest/no-disabled-tests
    describe.skip(skipped, () => {
      body({ prometheus: '', promtool: '' });
    });
    return;
  }
  // eslint-disable-next-line jest/valid-title
  describe(title, () => {
    body(binaries);
  });
}

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

/** What {@link describePulledFromPrometheus} gives its tests, set once its `beforeAll` has run. */
export interface PulledEnvironment {
  prometheus: RunningPrometheus;
  backend: Awaited<ReturnType<typeof startPulledBackend>>;
}

/**
 * The end-to-end suite of pulls from a real Prometheus: {@link describeWithPrometheus}, with a
 * private Prometheus over `openMetrics()`, `Date` pinned at `now` and the backend over `entities`
 * pulling from it, all started before the tests and stopped after them.
 */
export function describePulledFromPrometheus(
  title: string,
  options: {
    openMetrics: () => string;
    entities: CatalogEntities;
    stepSeconds: number;
    now: number;
  },
  body: (env: PulledEnvironment) => void,
): void {
  describeWithPrometheus(title, binaries => {
    const env = {} as PulledEnvironment;

    beforeAll(async () => {
      env.prometheus = await startPrometheus({
        binaries,
        openMetrics: options.openMetrics(),
      });
      // Only Date is faked: the backend's clock stands at `now` until a test moves it.
      pinDate(options.now);
      env.backend = await startPulledBackend({
        entities: options.entities,
        baseUrl: env.prometheus.baseUrl,
        stepSeconds: options.stepSeconds,
      });
    }, 45_000);

    afterAll(async () => {
      await env.backend?.stop();
      jest.useRealTimers();
      await env.prometheus?.stop();
    });

    body(env);
  });
}
