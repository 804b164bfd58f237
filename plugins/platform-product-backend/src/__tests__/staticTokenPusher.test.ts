import crypto from 'node:crypto';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { httpRouterServiceFactory } from '@backstage/backend-defaults/httpRouter';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import {
  BUILD_PLATFORM,
  buildPlatformCatalog,
} from '@platform-product/backstage-plugin-platform-product-common/testUtils';
import request from 'supertest';
import { platformProductPlugin } from '../plugin';

/**
 * A pusher configured exactly as docs/api.md ("Pushing metrics") shows: a static token restricted to
 * this plugin, against a backend with the real auth services and the real catalog plugin, which
 * this plugin reads over HTTP. Such a token may not be passed on to the catalog, so every catalog
 * read on the push path must be made with the plugin's own credentials.
 */

jest.setTimeout(60_000);

const PUSHER_TOKEN = crypto.randomBytes(24).toString('hex');
/** An unrestricted token of the test's own, to wait for the catalog and read the results. */
const READER_TOKEN = crypto.randomBytes(24).toString('hex');
const LOCATION = 'url:https://example.com/catalog-info.yaml';

/** The build platform as the catalog stores it once processed (relations are its to compute). */
function buildPlatformEntity(): Entity {
  const { relations: _, ...entity } = buildPlatformCatalog().find(
    e => stringifyEntityRef(e) === BUILD_PLATFORM,
  )!;
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        [ANNOTATION_LOCATION]: LOCATION,
        [ANNOTATION_ORIGIN_LOCATION]: LOCATION,
      },
    },
  };
}

const testEntities = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'test-entities',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addEntityProvider({
          getProviderName: () => 'test-entities',
          connect: connection =>
            connection.applyMutation({
              type: 'full',
              entities: [
                { entity: buildPlatformEntity(), locationKey: LOCATION },
              ],
            }),
        });
      },
    });
  },
});

describe('a metrics pusher with a static token restricted to platform-product, as docs/api.md shows', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        platformProductPlugin,
        catalogPlugin,
        testEntities,
        authServiceFactory,
        httpAuthServiceFactory,
        httpRouterServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            backend: {
              auth: {
                externalAccess: [
                  {
                    type: 'static',
                    options: { token: PUSHER_TOKEN, subject: 'demo-pusher' },
                    accessRestrictions: [{ plugin: 'platform-product' }],
                  },
                  {
                    type: 'static',
                    options: { token: READER_TOKEN, subject: 'test-reader' },
                  },
                ],
              },
            },
          },
        }),
      ],
    }));
    // The catalog processes the provided entity in the background.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const response = await request(server)
        .get('/api/catalog/entities/by-name/system/default/build-platform')
        .set('Authorization', `Bearer ${READER_TOKEN}`);
      if (response.status === 200) break;
      if (Date.now() > deadline) {
        throw new Error(
          `the catalog did not process the build platform in time: ${response.status}`,
        );
      }
      await new Promise(resolve => setTimeout(resolve, 200));
    }
  });

  const point = {
    entityRef: BUILD_PLATFORM,
    metric: 'builds_total',
    timestamp: new Date(Date.now() - 60_000).toISOString(),
    value: 100,
  };

  it('stores the points it pushes', async () => {
    const push = await request(server)
      .post('/api/platform-product/metrics')
      .set('Authorization', `Bearer ${PUSHER_TOKEN}`)
      .send({ points: [point, { ...point, metric: 'builds_ok', value: 99 }] });
    expect([push.status, push.body]).toEqual([
      200,
      { received: 2, entities: 1 },
    ]);

    const slos = await request(server)
      .get('/api/platform-product/platforms/system/default/build-platform/slos')
      .set('Authorization', `Bearer ${READER_TOKEN}`);
    expect(slos.status).toBe(200);
    expect(slos.body.items[0].attainment).toBe(0.99);
  });

  it('is still told which entity the catalog does not have', async () => {
    const push = await request(server)
      .post('/api/platform-product/metrics')
      .set('Authorization', `Bearer ${PUSHER_TOKEN}`)
      .send({
        points: [point, { ...point, entityRef: 'component:default/ghost' }],
      });
    expect(push.status).toBe(404);
    expect(push.body.error.message).toBe(
      'Unknown entity, nothing was stored: component:default/ghost (points[1]) is not in the catalog; register the entity first or fix entityRef',
    );
  });

  it('is refused without a token', async () => {
    const push = await request(server)
      .post('/api/platform-product/metrics')
      .send({ points: [point] });
    expect(push.status).toBe(401);
  });

  it('imports adoption history with the same token', async () => {
    const response = await request(server)
      .post(
        '/api/platform-product/platforms/system/default/build-platform/adoption/history',
      )
      .set('Authorization', `Bearer ${PUSHER_TOKEN}`)
      .send({
        points: [{ day: '2025-12-01', adoptingTeams: 2, audienceTeams: 5 }],
      });
    expect([response.status, response.body]).toEqual([
      200,
      {
        platformRef: BUILD_PLATFORM,
        stored: 1,
        skippedLive: 0,
        orgFigures: 0,
      },
    ]);
  });

  it('still may not import the history of a platform the catalog does not have', async () => {
    const response = await request(server)
      .post(
        '/api/platform-product/platforms/system/default/ghost-platform/adoption/history',
      )
      .set('Authorization', `Bearer ${PUSHER_TOKEN}`)
      .send({
        points: [{ day: '2025-12-01', adoptingTeams: 2, audienceTeams: 5 }],
      });
    expect(response.status).toBe(404);
  });
});
