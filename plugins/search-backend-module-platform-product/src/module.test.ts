import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { RegisterCollatorParameters } from '@backstage/plugin-search-backend-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { FakeBackend } from './__testUtils__/fakeBackend';
import { demoAnswers } from './__testUtils__/demoAnswers';
import { searchModulePlatformProductCollator } from './module';

/** Stands in for the search backend: collects the collators modules add. */
function collectingSearchPlugin(added: RegisterCollatorParameters[]) {
  return createBackendPlugin({
    pluginId: 'search',
    register(env) {
      env.registerExtensionPoint(searchIndexRegistryExtensionPoint, {
        addCollator: options => added.push(options),
        addDecorator: () => {},
      });
      env.registerInit({ deps: {}, async init() {} });
    },
  });
}

describe('searchModulePlatformProductCollator', () => {
  let backend: FakeBackend;
  beforeEach(async () => {
    backend = await FakeBackend.start(demoAnswers());
  });
  afterEach(() => backend.stop());

  it('registers the platform-product collator, which reads the backend through discovery', async () => {
    const added: RegisterCollatorParameters[] = [];
    const test = await startTestBackend({
      features: [
        collectingSearchPlugin(added),
        searchModulePlatformProductCollator,
        mockServices.discovery.mock({ getBaseUrl: backend.getBaseUrl }).factory,
        mockServices.rootConfig.factory({
          data: {
            search: {
              collators: {
                platformProduct: {
                  schedule: {
                    frequency: { minutes: 1 },
                    timeout: { minutes: 2 },
                  },
                },
              },
            },
          },
        }),
      ],
    });

    expect(added).toHaveLength(1);
    expect(added[0].factory.type).toBe('platform-product');
    const titles: string[] = [];
    for await (const document of await added[0].factory.getCollator()) {
      titles.push(document.title);
    }
    expect(titles).toContain('Cheaper long retention');
    await test.stop();
  });

  it('refuses to start on a schedule that is not one, naming the key', async () => {
    await expect(
      startTestBackend({
        features: [
          collectingSearchPlugin([]),
          searchModulePlatformProductCollator,
          mockServices.rootConfig.factory({
            data: {
              search: {
                collators: {
                  platformProduct: { schedule: { frequency: 'often' } },
                },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      'Invalid schedule at search.collators.platformProduct.schedule',
    );
  });
});
