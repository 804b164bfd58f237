import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  MetricProvider,
  metricProvidersExtensionPoint,
} from '@platform-product/backstage-plugin-platform-product-node';
import { platformProductModulePrometheus } from './module';

/** Stands in for the Platform Product backend: collects the providers modules add. */
function collectingPlugin(added: MetricProvider[]) {
  return createBackendPlugin({
    pluginId: 'platform-product',
    register(env) {
      env.registerExtensionPoint(metricProvidersExtensionPoint, {
        addProvider: (...providers) => added.push(...providers),
      });
      env.registerInit({ deps: {}, async init() {} });
    },
  });
}

describe('platformProductModulePrometheus', () => {
  it('adds a Prometheus provider for the configured servers', async () => {
    const added: MetricProvider[] = [];
    const backend = await startTestBackend({
      features: [
        collectingPlugin(added),
        platformProductModulePrometheus,
        mockServices.rootConfig.factory({
          data: {
            platformProduct: {
              prometheus: {
                servers: [
                  {
                    id: 'main',
                    baseUrl: 'http://127.0.0.1:9090',
                    stepSeconds: 60,
                  },
                ],
              },
            },
          },
        }),
      ],
    });

    expect(added).toHaveLength(1);
    expect(added[0].types).toEqual(['Prometheus']);
    expect(added[0].stepSeconds?.({ type: 'Prometheus', spec: {} })).toBe(60);
    await backend.stop();
  });

  it('starts without a server, warns, and leaves sources misconfigured with how to add one', async () => {
    const added: MetricProvider[] = [];
    const logger = mockServices.logger.mock();
    const backend = await startTestBackend({
      features: [
        collectingPlugin(added),
        platformProductModulePrometheus,
        logger.factory,
        mockServices.rootConfig.factory({
          data: {
            platformProduct: {
              prometheus: { noServerHint: 'In the demo: install Prometheus.' },
            },
          },
        }),
      ],
    });

    expect(added).toHaveLength(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^No Prometheus server is configured under platformProduct.prometheus.servers/,
      ),
    );
    expect(
      added[0].validate?.({ type: 'Prometheus', spec: { query: 'up' } }),
    ).toEqual([
      expect.stringMatching(
        /^No Prometheus server is configured: add one under platformProduct.prometheus.servers .* In the demo: install Prometheus.$/,
      ),
    ]);
    await backend.stop();
  });

  it('fails the start when a server is configured wrong, naming the key', async () => {
    await expect(
      startTestBackend({
        features: [
          collectingPlugin([]),
          platformProductModulePrometheus,
          mockServices.rootConfig.factory({
            data: {
              platformProduct: {
                prometheus: {
                  servers: [{ id: 'main', baseUrl: 'ftp://prometheus' }],
                },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      /platformProduct.prometheus.servers\[0\].baseUrl must start with http/,
    );
  });
});
