import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import fc from 'fast-check';
import { computeAdoption } from '../adoption/computeAdoption';
import { findConsumers } from '../adoption/findConsumers';
import {
  BUILD_PLATFORM,
  buildCatalog,
  buildPlatformCatalog,
  Edge,
} from '../testUtils';
import { getPlatformSpec } from './platformEntity';
import { PlatformGraph } from './PlatformGraph';

const platformSpec = (category: string) => ({
  spec: { platform: { category, personas: ['feature-engineer'] } },
});

/**
 * Three platforms and a service that relies on two of them directly and on the third through its
 * system; the deploy platform's controller itself uses the secrets platform.
 */
const SPECS: Parameters<typeof buildCatalog>[0] = {
  'system:default/deploy-platform': platformSpec('deployment'),
  'system:default/secrets-platform': platformSpec('secrets'),
  'system:default/data-platform': platformSpec('data'),
  'system:default/broken-platform': { spec: { platform: { category: 'x' } } },
  'component:default/deploy-controller': {},
  'resource:default/deploy-runtime': {},
  'api:default/deploy-api': {},
  'component:default/vault': {},
  'api:default/secrets-api': {},
  'resource:default/data-lake': {},
  'system:default/checkout': {},
  'component:default/checkout-service': { title: 'Checkout service' },
  'group:default/org-commerce': { spec: { type: 'org' } },
  'group:default/team-checkout': {
    spec: { type: 'team', profile: { displayName: 'Checkout' } },
  },
  'group:default/team-delivery': { spec: { type: 'team' } },
  'persona:default/feature-engineer': { title: 'Feature engineer' },
  'persona:default/sre-oncall': {},
};

/** One relation a line: `from type to`. */
const EDGES: Edge[] = [
  'component:default/deploy-controller partOf system:default/deploy-platform',
  'resource:default/deploy-runtime partOf system:default/deploy-platform',
  'component:default/deploy-controller providesApi api:default/deploy-api',
  'component:default/deploy-controller dependsOn resource:default/deploy-runtime',
  'component:default/deploy-controller consumesApi api:default/secrets-api',
  'component:default/deploy-controller ownedBy group:default/team-delivery',
  'component:default/vault partOf system:default/secrets-platform',
  'component:default/vault providesApi api:default/secrets-api',
  'resource:default/data-lake partOf system:default/data-platform',
  'component:default/checkout-service partOf system:default/checkout',
  'component:default/checkout-service dependsOn resource:default/deploy-runtime',
  'component:default/checkout-service dependsOn api:default/deploy-api',
  'component:default/checkout-service consumesApi api:default/secrets-api',
  'component:default/checkout-service ownedBy group:default/team-checkout',
  'system:default/checkout dependsOn resource:default/data-lake',
  'group:default/team-checkout childOf group:default/org-commerce',
  'persona:default/feature-engineer describesGroup group:default/team-checkout',
  'persona:default/sre-oncall describesGroup group:default/team-checkout',
].map(line => line.split(' ') as Edge);

describe('PlatformGraph', () => {
  const entities = buildCatalog(SPECS, EDGES);
  const graph = PlatformGraph.build(entities);

  it('finds the entities with a valid spec.platform, sorted by ref', () => {
    expect(graph.platforms().map(p => [p.ref, p.spec.category])).toEqual([
      ['system:default/data-platform', 'data'],
      ['system:default/deploy-platform', 'deployment'],
      ['system:default/secrets-platform', 'secrets'],
    ]);
  });

  it('gives the adoption computeAdoption gives over the whole catalog', () => {
    const catalog = buildPlatformCatalog();
    const platform = catalog.find(
      e => stringifyEntityRef(e) === BUILD_PLATFORM,
    )!;
    const spec = getPlatformSpec(platform)!;
    const adoption = PlatformGraph.build(catalog).adoption(platform, spec);
    expect(adoption).toEqual(
      computeAdoption({ platform, spec, entities: catalog }),
    );
    expect(adoption.teams).toMatchObject({ adopting: 3, audience: 5 });
  });

  it('rolls adoption up by the org group types it was built with', async () => {
    const deploy = graph.platforms()[1];
    const byOrg = (g: PlatformGraph) =>
      g.adoption(deploy.entity, deploy.spec).byOrg.map(o => o.orgRef);
    expect(byOrg(graph)).toEqual(['group:default/org-commerce']);
    expect(
      byOrg(await PlatformGraph.create(entities, { orgGroupTypes: ['team'] })),
    ).toEqual(['group:default/team-checkout', 'group:default/team-delivery']);
  });

  it('lists the platforms a service relies on, with the parts it uses, directly and through its system', () => {
    expect(graph.platformsUsedBy('component:default/checkout-service')).toEqual(
      [
        {
          platformRef: 'system:default/data-platform',
          via: [
            {
              consumerRef: 'system:default/checkout',
              partRefs: ['resource:default/data-lake'],
            },
          ],
        },
        {
          platformRef: 'system:default/deploy-platform',
          via: [
            {
              consumerRef: 'component:default/checkout-service',
              partRefs: [
                'api:default/deploy-api',
                'resource:default/deploy-runtime',
              ],
            },
          ],
        },
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

  it('does not list the platform an entity is part of', () => {
    expect(
      graph
        .platformsUsedBy('component:default/deploy-controller')
        .map(use => use.platformRef),
    ).toEqual(['system:default/secrets-platform']);
  });

  it('knows no platforms for an entity it does not hold', () => {
    expect(graph.platformsUsedBy('component:default/nope')).toEqual([]);
  });

  it('finds the parts and the consumers of a platform, given the entity or its ref', () => {
    const deploy = graph.platforms()[1];
    expect([...graph.parts(deploy.entity)].sort()).toEqual([
      'api:default/deploy-api',
      'component:default/deploy-controller',
      'resource:default/deploy-runtime',
      'system:default/deploy-platform',
    ]);
    expect(graph.consumers('system:default/secrets-platform')).toEqual([
      {
        entityRef: 'component:default/checkout-service',
        ownerRefs: ['group:default/team-checkout'],
        via: ['api:default/secrets-api'],
      },
      {
        entityRef: 'component:default/deploy-controller',
        ownerRefs: ['group:default/team-delivery'],
        via: ['api:default/secrets-api'],
      },
    ]);
  });

  it('names groups by their profile and other entities by their title', () => {
    expect(graph.title('group:default/team-checkout')).toBe('Checkout');
    expect(graph.title('persona:default/feature-engineer')).toBe(
      'Feature engineer',
    );
    expect(graph.title('group:default/team-delivery')).toBeUndefined();
    expect(graph.title('component:default/nope')).toBeUndefined();
  });

  it("names the personas of an entity's owners", () => {
    expect(graph.ownerPersonas('component:default/checkout-service')).toEqual([
      'persona:default/feature-engineer',
      'persona:default/sre-oncall',
    ]);
    expect(graph.ownerPersonas('component:default/nope')).toEqual([]);
  });

  it('reads a relation stored on either end only', () => {
    const oneSided = PlatformGraph.build(
      buildCatalog(SPECS, EDGES, { oneSided: true }),
    );
    expect(
      oneSided.platformsUsedBy('component:default/checkout-service'),
    ).toEqual(graph.platformsUsedBy('component:default/checkout-service'));
    expect(
      oneSided.related('group:default/org-commerce', 'parentOf', 'childOf'),
    ).toEqual(new Set(['group:default/team-checkout']));
  });

  it('walks the group hierarchy down and up, once through a cycle', () => {
    const cyclic = PlatformGraph.build(
      buildCatalog(
        {
          'group:default/a': {},
          'group:default/b': {},
          'group:default/c': {},
        },
        [
          ['group:default/b', 'childOf', 'group:default/a'],
          ['group:default/c', 'childOf', 'group:default/b'],
          ['group:default/a', 'childOf', 'group:default/c'],
        ],
      ),
    );
    const all = new Set([
      'group:default/a',
      'group:default/b',
      'group:default/c',
    ]);
    expect(cyclic.descendants(['group:default/a'])).toEqual(all);
    expect(cyclic.ancestors(['group:default/c'])).toEqual(all);
    expect(graph.descendants(['group:default/org-commerce'])).toEqual(
      new Set(['group:default/org-commerce', 'group:default/team-checkout']),
    );
    expect(graph.ancestors(['group:default/team-checkout'])).toEqual(
      new Set(['group:default/team-checkout', 'group:default/org-commerce']),
    );
  });

  it('indexes an entity listed twice once, as it was first given', () => {
    const [first] = entities;
    const twice = PlatformGraph.build([
      first,
      { ...first, metadata: { ...first.metadata, title: 'Later copy' } },
      ...entities,
    ]);
    expect(twice.entities).toHaveLength(entities.length);
    expect(twice.entity(stringifyEntityRef(first))).toBe(first);
  });

  it('yields to the event loop while it indexes the platforms', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('other work'), 0);
    await PlatformGraph.create(entities);
    order.push('graph built');
    expect(order).toEqual(['other work', 'graph built']);
  });

  it('yields to the event loop while it indexes a large catalog without platforms', async () => {
    const services: Entity[] = Array.from({ length: 2500 }, (_, i) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: `service-${i}` },
      spec: { type: 'service', owner: 'group:default/team-a' },
    }));
    const order: string[] = [];
    setTimeout(() => order.push('other work'), 0);
    const large = await PlatformGraph.create(services);
    order.push('graph built');
    expect(order).toEqual(['other work', 'graph built']);
    expect(large.entities).toHaveLength(2500);
    expect(large.platforms()).toEqual([]);
  });

  it('agrees with findConsumers about every entity, for any catalog', () => {
    const refs = [
      'system:default/p0',
      'system:default/p1',
      'component:default/c0',
      'component:default/c1',
      'component:default/c2',
      'api:default/a0',
      'api:default/a1',
      'resource:default/r0',
      'system:default/s0',
    ];
    const types = ['partOf', 'providesApi', 'dependsOn', 'consumesApi'];
    const edge = fc.tuple(
      fc.constantFrom(...refs),
      fc.constantFrom(...types),
      fc.constantFrom(...refs),
    );
    fc.assert(
      fc.property(
        fc.array(edge, { maxLength: 20 }),
        fc.boolean(),
        (edges, oneSided) => {
          const specs = Object.fromEntries(
            refs.map(ref => [
              ref,
              ref.includes('/p') ? platformSpec('other') : {},
            ]),
          );
          const catalog = buildCatalog(
            specs,
            edges.filter(([from, , to]) => from !== to),
            { oneSided },
          );
          const built = PlatformGraph.build(catalog);
          for (const entity of catalog) {
            expect(directUses(built, entity)).toEqual(
              expectedUses(built, catalog, entity),
            );
          }
        },
      ),
    );
  });
});

/** The platforms an entity uses itself, as platformsUsedBy reports them. */
function directUses(graph: PlatformGraph, entity: Entity) {
  const ref = stringifyEntityRef(entity);
  return graph
    .platformsUsedBy(ref)
    .flatMap(use =>
      use.via
        .filter(via => via.consumerRef === ref)
        .map(via => ({ platformRef: use.platformRef, partRefs: via.partRefs })),
    );
}

/** The platforms an entity uses itself, as findConsumers over the entities reports them. */
function expectedUses(graph: PlatformGraph, catalog: Entity[], entity: Entity) {
  const ref = stringifyEntityRef(entity);
  return graph.platforms().flatMap(platform =>
    findConsumers(platform.entity, catalog)
      .filter(consumer => consumer.entityRef === ref)
      .map(consumer => ({ platformRef: platform.ref, partRefs: consumer.via })),
  );
}
