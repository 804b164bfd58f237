import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  computeAdoption,
  findConsumers,
  getPlatformSpec,
  PlatformGraph,
} from '@platform-product/backstage-plugin-platform-product-common';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';

describe('PlatformGraph over the example organisation', () => {
  let entities: Entity[];
  let graph: PlatformGraph;
  beforeAll(async () => {
    entities = await loadExampleCatalog();
    graph = await PlatformGraph.create(entities);
  });

  it('finds the five platforms, with the adoption the examples document', () => {
    expect(
      graph.platforms().map(p => {
        const { teams } = graph.adoption(p.entity, p.spec);
        return [p.ref, teams.adopting, teams.audience];
      }),
    ).toEqual([
      ['system:default/data-pipeline-platform', 2, 21],
      ['system:default/deploy-platform', 19, 21],
      ['system:default/logging-platform', 15, 21],
      ['system:default/observability-platform', 8, 21],
      ['system:default/secrets-platform', 12, 21],
    ]);
  });

  it('gives the adoption computeAdoption gives over the whole catalog', () => {
    const deploy = entities.find(e => e.metadata.name === 'deploy-platform')!;
    const spec = getPlatformSpec(deploy)!;
    expect(graph.adoption(deploy, spec)).toEqual(
      computeAdoption({ platform: deploy, spec, entities }),
    );
  });

  it('lists the platforms a service relies on, with the parts it uses', () => {
    expect(graph.platformsUsedBy('component:default/checkout-service')).toEqual(
      [
        {
          platformRef: 'system:default/deploy-platform',
          via: [
            {
              consumerRef: 'component:default/checkout-service',
              partRefs: expect.arrayContaining([
                expect.stringMatching(/runtime/),
              ]),
            },
          ],
        },
        {
          platformRef: 'system:default/logging-platform',
          via: [
            {
              consumerRef: 'component:default/checkout-service',
              partRefs: ['api:default/log-ingest-api'],
            },
          ],
        },
        expect.objectContaining({
          platformRef: 'system:default/observability-platform',
        }),
        {
          platformRef: 'system:default/secrets-platform',
          via: [
            {
              consumerRef: 'component:default/checkout-service',
              partRefs: ['api:default/secrets-api'],
            },
          ],
        },
      ],
    );
  });

  it('agrees with findConsumers about every entity of the organisation', () => {
    const expected = new Map<
      string,
      Array<{ platformRef: string; partRefs: string[] }>
    >();
    for (const platform of graph.platforms()) {
      for (const consumer of findConsumers(platform.entity, entities)) {
        expected.set(consumer.entityRef, [
          ...(expected.get(consumer.entityRef) ?? []),
          { platformRef: platform.ref, partRefs: consumer.via },
        ]);
      }
    }
    expect(expected.size).toBeGreaterThan(50);
    for (const entity of entities) {
      const ref = stringifyEntityRef(entity);
      const direct = graph.platformsUsedBy(ref).flatMap(use =>
        use.via
          .filter(via => via.consumerRef === ref)
          .map(via => ({
            platformRef: use.platformRef,
            partRefs: via.partRefs,
          })),
      );
      expect({ ref, uses: direct }).toEqual({
        ref,
        uses: expected.get(ref) ?? [],
      });
    }
  });

  it('does not list the platform an entity is part of', () => {
    const used = graph
      .platformsUsedBy('component:default/deploy-controller')
      .map(use => use.platformRef);
    expect(used).not.toContain('system:default/deploy-platform');
    expect(used).toContain('system:default/secrets-platform');
  });

  it('lists the platforms the entity’s system relies on, through the system', async () => {
    const withSystemConsumer = entities.map(entity =>
      entity.metadata.name === 'checkout' && entity.kind === 'System'
        ? {
            ...entity,
            relations: [
              ...(entity.relations ?? []),
              { type: 'dependsOn', targetRef: 'resource:default/data-lake' },
            ],
          }
        : entity,
    );
    const uses = (
      await PlatformGraph.create(withSystemConsumer)
    ).platformsUsedBy('component:default/checkout-service');
    expect(
      uses.find(
        use => use.platformRef === 'system:default/data-pipeline-platform',
      ),
    ).toEqual({
      platformRef: 'system:default/data-pipeline-platform',
      via: [
        {
          consumerRef: 'system:default/checkout',
          partRefs: ['resource:default/data-lake'],
        },
      ],
    });
  });

  it('names groups by their profile and other entities by their title', () => {
    expect(graph.title('group:default/team-checkout')).toBe('Checkout');
    expect(graph.title('persona:default/feature-engineer')).toEqual(
      expect.any(String),
    );
    expect(graph.title('component:default/nope')).toBeUndefined();
  });

  it("names the personas of an entity's owners", () => {
    expect(graph.ownerPersonas('component:default/checkout-service')).toEqual([
      'persona:default/feature-engineer',
      'persona:default/sre-oncall',
    ]);
    expect(graph.ownerPersonas('component:default/nope')).toEqual([]);
  });

  it('knows no platforms for an entity it does not hold', () => {
    expect(graph.platformsUsedBy('component:default/nope')).toEqual([]);
  });
});
