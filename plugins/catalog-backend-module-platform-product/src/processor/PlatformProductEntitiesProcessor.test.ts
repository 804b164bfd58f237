import { mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { PlatformProductEntitiesProcessor } from './PlatformProductEntitiesProcessor';

const location = { type: 'file', target: '/catalog-info.yaml' };

async function run(entity: Entity) {
  const processor = new PlatformProductEntitiesProcessor({
    logger: mockServices.logger.mock(),
  });
  const emitted: CatalogProcessorResult[] = [];
  const result = (await processor.postProcessEntity(entity, location, item =>
    emitted.push(item),
  )) as AlphaEntity;
  const relations = emitted.flatMap(item =>
    item.type === 'relation'
      ? [
          `${stringifyEntityRef(item.relation.source)} ${
            item.relation.type
          } ${stringifyEntityRef(item.relation.target)}`,
        ]
      : [],
  );
  return { result, relations, emitted };
}

const component = (spec: Record<string, unknown>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', namespace: 'default' },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production', ...spec },
});

describe('PlatformProductEntitiesProcessor', () => {
  it('accepts the Persona kind, and only it', async () => {
    const processor = new PlatformProductEntitiesProcessor({
      logger: mockServices.logger.mock(),
    });
    await expect(
      processor.validateEntityKind({
        apiVersion: 'platform-product.dev/v1alpha1',
        kind: 'Persona',
        metadata: { name: 'p' },
      }),
    ).resolves.toBe(true);
    await expect(
      processor.validateEntityKind({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Persona',
        metadata: { name: 'p' },
      }),
    ).resolves.toBe(false);
  });

  it('emits both directions of platform ↔ persona with default kind and namespace', async () => {
    const { relations, result } = await run(
      component({
        platform: {
          category: 'deployment',
          personas: ['feature-engineer', 'persona:other/sre'],
        },
      }),
    );
    expect(relations).toEqual([
      'component:default/svc servesPersona persona:default/feature-engineer',
      'persona:default/feature-engineer servedByPlatform component:default/svc',
      'component:default/svc servesPersona persona:other/sre',
      'persona:other/sre servedByPlatform component:default/svc',
    ]);
    expect(result.status).toBeUndefined();
  });

  it('emits deprecated ↔ replacement, defaulting to the entity’s own kind', async () => {
    const { relations } = await run(
      component({
        deprecation: {
          announced: '2026-01-01',
          sunset: '2026-12-31',
          replacedBy: 'svc-v2',
          reason: 'v2 is faster',
        },
      }),
    );
    expect(relations).toEqual([
      'component:default/svc replacedBy component:default/svc-v2',
      'component:default/svc-v2 replaces component:default/svc',
    ]);
  });

  it.each([
    ['a platform that is a string', { platform: 'yes' }],
    ['a platform that is null', { platform: null }],
    ['personas that is a number', { platform: { personas: 42 } }],
    ['personas holding objects', { platform: { personas: [{ a: 1 }, 7] } }],
    ['a deprecation that is a list', { deprecation: ['2026-01-01'] }],
    ['a replacedBy that is a number', { deprecation: { replacedBy: 5 } }],
  ])(
    'never throws on %s, and reports it on the entity instead',
    async (_name, spec) => {
      const { result, relations } = await run(component(spec));
      expect(relations).toEqual([]);
      expect(result.status?.items?.length).toBeGreaterThan(0);
      expect(result.status?.items?.[0]).toMatchObject({
        type: 'backstage.io/catalog-processing',
        level: 'error',
      });
    },
  );

  it('keeps the rest of the entity intact when it reports problems', async () => {
    const entity = component({
      platform: { category: 'nope', personas: ['a'] },
    });
    const { result } = await run(entity);
    expect(result.spec).toEqual(entity.spec);
    expect(result.metadata).toEqual(entity.metadata);
    expect(result.status?.items?.map(item => item.error?.message)).toEqual([
      'component:default/svc: spec.platform.category must be one of deployment, ci, observability, logging, secrets, data, networking, security, storage, runtime, developer-experience, other — got "nope"',
    ]);
  });
});
