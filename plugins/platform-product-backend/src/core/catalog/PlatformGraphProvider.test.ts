import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { getPlatformSpec } from '@platform-product/backstage-plugin-platform-product-common';
import {
  BUILD_PLATFORM,
  buildPlatformCatalog,
} from '@platform-product/backstage-plugin-platform-product-common/testUtils';
import { Entity } from '@backstage/catalog-model';
import {
  GRAPH_PAGE_SIZE,
  PlatformGraphProvider,
} from './PlatformGraphProvider';

describe('PlatformGraphProvider', () => {
  const entities = buildPlatformCatalog();
  const entity = entities[0];
  const platform = {
    ref: BUILD_PLATFORM,
    entity,
    spec: getPlatformSpec(entity)!,
  };

  function setUp(catalogEntities: Entity[] = entities) {
    const catalog = catalogServiceMock({ entities: catalogEntities });
    const getEntities = jest.spyOn(catalog, 'queryEntities');
    const provider = new PlatformGraphProvider({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      ttlMs: 60_000,
      adoptionTtlMs: 300_000,
    });
    return { provider, getEntities };
  }

  it('reads only the kinds and fields adoption needs, as the plugin itself, once for concurrent callers', async () => {
    const { provider, getEntities } = setUp();
    const [a, b] = await Promise.all([provider.get(), provider.get()]);
    expect(a).toBe(b);
    expect(getEntities).toHaveBeenCalledTimes(1);
    const [request, options] = getEntities.mock.calls[0];
    expect(request).toEqual({
      filter: {
        kind: [
          'Group',
          'User',
          'Persona',
          'Component',
          'API',
          'Resource',
          'System',
        ],
      },
      fields: expect.arrayContaining(['kind', 'relations', 'spec.platform']),
      limit: GRAPH_PAGE_SIZE,
    });
    expect(options).toEqual({
      credentials: expect.objectContaining({
        principal: expect.objectContaining({ type: 'service' }),
      }),
    });
  });

  it('caches adoption, and recomputes it when the platform’s spec changes or when asked', async () => {
    const { provider, getEntities } = setUp();
    const first = await provider.adoption(platform);
    expect(first.teams).toMatchObject({ adopting: 3, audience: 5 });
    expect(await provider.adoption(platform)).toBe(first);

    const narrowed = await provider.adoption({
      ...platform,
      spec: { ...platform.spec, audience: { groups: ['team-a'] } },
    });
    expect(narrowed.teams).toMatchObject({ adopting: 1, audience: 1 });

    await provider.refresh();
    const fresh = await provider.adoption(platform, { fresh: true });
    expect(fresh).not.toBe(first);
    expect(fresh).toEqual(first);
    expect(getEntities).toHaveBeenCalledTimes(2);
  });

  it('reads the catalog in pages, following the cursor to the last one', async () => {
    const services = Array.from(
      { length: 2 * GRAPH_PAGE_SIZE + 5 },
      (_, i): Entity => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: `service-${i}`, namespace: 'default' },
        spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
        relations: [{ type: 'dependsOn', targetRef: BUILD_PLATFORM }],
      }),
    );
    const { provider, getEntities } = setUp([...entities, ...services]);
    const graph = await provider.get();
    expect(getEntities).toHaveBeenCalledTimes(3);
    expect(getEntities.mock.calls[1][0]).toEqual({
      cursor: expect.any(String),
      fields: expect.arrayContaining(['kind', 'relations']),
      limit: GRAPH_PAGE_SIZE,
    });
    expect(graph.entity('component:default/service-2004')).toBeDefined();
    expect(graph.entities).toHaveLength(entities.length + services.length);
  });
});
