import fc from 'fast-check';
import type { PlatformSpec } from '../catalog/types';
import { PlatformGraph } from '../catalog/PlatformGraph';
import { buildCatalog, Edge } from '../testUtils';
import { computeAdoption } from './computeAdoption';
import { findConsumers, findPlatformParts } from './findConsumers';

type Specs = Parameters<typeof buildCatalog>[0];

const PLATFORM = 'system:default/deploy-platform';

const SPECS: Specs = {
  [PLATFORM]: {},
  'component:default/deploy-api': {},
  'resource:default/deploy-runtime': {},
  'api:default/deploy-api': {},
  'api:default/deploy-webhooks': {},
  'group:default/acme': { spec: { type: 'organization' } },
  'group:default/org-commerce': { spec: { type: 'org' } },
  'group:default/org-cx': { spec: { type: 'org' } },
  'group:default/team-checkout': { spec: { type: 'team' } },
  'group:default/team-payments': { spec: { type: 'team' } },
  'group:default/team-storefront': { spec: { type: 'team' } },
  'group:default/team-search': { spec: { type: 'team' } },
  'group:default/team-delivery': { spec: { type: 'team' } },
  'user:default/alice': {},
  'component:default/checkout-service': {},
  'component:default/payments-service': {},
  'component:default/storefront-web': {},
  'component:default/search-indexer': {},
  'component:default/legacy-tool': {},
  'persona:default/feature-engineer': {},
  'persona:default/sre-oncall': { spec: { groups: ['team-search'] } },
};

const EDGES: Edge[] = [
  ['component:default/deploy-api', 'partOf', PLATFORM],
  ['resource:default/deploy-runtime', 'partOf', PLATFORM],
  ['api:default/deploy-api', 'partOf', PLATFORM],
  ['component:default/deploy-api', 'providesApi', 'api:default/deploy-api'],
  [
    'component:default/deploy-api',
    'providesApi',
    'api:default/deploy-webhooks',
  ],
  [
    'component:default/deploy-api',
    'dependsOn',
    'resource:default/deploy-runtime',
  ],
  ['component:default/deploy-api', 'ownedBy', 'group:default/team-delivery'],
  ['group:default/org-commerce', 'childOf', 'group:default/acme'],
  ['group:default/org-cx', 'childOf', 'group:default/acme'],
  ['group:default/team-delivery', 'childOf', 'group:default/acme'],
  ['group:default/team-checkout', 'childOf', 'group:default/org-commerce'],
  ['group:default/team-payments', 'childOf', 'group:default/org-commerce'],
  ['group:default/team-storefront', 'childOf', 'group:default/org-cx'],
  ['group:default/team-search', 'childOf', 'group:default/org-cx'],
  ['user:default/alice', 'memberOf', 'group:default/team-search'],
  [
    'component:default/checkout-service',
    'ownedBy',
    'group:default/team-checkout',
  ],
  [
    'component:default/checkout-service',
    'dependsOn',
    'component:default/deploy-api',
  ],
  [
    'component:default/payments-service',
    'ownedBy',
    'group:default/team-payments',
  ],
  [
    'component:default/storefront-web',
    'ownedBy',
    'group:default/team-storefront',
  ],
  [
    'component:default/storefront-web',
    'consumesApi',
    'api:default/deploy-webhooks',
  ],
  ['component:default/search-indexer', 'ownedBy', 'user:default/alice'],
  [
    'component:default/search-indexer',
    'dependsOn',
    'resource:default/deploy-runtime',
  ],
  ['component:default/legacy-tool', 'ownedBy', 'group:default/org-commerce'],
  ['component:default/legacy-tool', 'dependsOn', 'api:default/deploy-api'],
  [
    'persona:default/feature-engineer',
    'describesGroup',
    'group:default/org-commerce',
  ],
];

const ENTITIES = buildCatalog(SPECS, EDGES);
const platform = ENTITIES.find(e => e.metadata.name === 'deploy-platform')!;
const spec: PlatformSpec = {
  category: 'deployment',
  personas: ['feature-engineer', 'persona:default/sre-oncall', 'ghost'],
};

describe('findPlatformParts', () => {
  it('finds the system, its parts and the APIs they provide', () => {
    expect([...findPlatformParts(platform, ENTITIES)].sort()).toEqual([
      'api:default/deploy-api',
      'api:default/deploy-webhooks',
      'component:default/deploy-api',
      'resource:default/deploy-runtime',
      PLATFORM,
    ]);
  });

  it('reads relations stored on one end only', () => {
    const oneSided = buildCatalog(SPECS, EDGES, { oneSided: true });
    expect(findPlatformParts(platform, oneSided).size).toBe(5);
  });

  it('takes only the entity and its APIs when the platform is not a System', () => {
    const [vault, ...rest] = buildCatalog(
      {
        'component:default/vault': {},
        'api:default/vault-api': {},
        'component:default/vault-agent': {},
      },
      [
        ['component:default/vault', 'providesApi', 'api:default/vault-api'],
        ['component:default/vault-agent', 'partOf', 'component:default/vault'],
      ],
    );
    expect([...findPlatformParts(vault, rest)].sort()).toEqual([
      'api:default/vault-api',
      'component:default/vault',
    ]);
  });
});

describe('findConsumers', () => {
  it('lists the entities that depend on or consume a part, with owners and the parts used', () => {
    expect(findConsumers(platform, ENTITIES)).toEqual([
      {
        entityRef: 'component:default/checkout-service',
        ownerRefs: ['group:default/team-checkout'],
        via: ['component:default/deploy-api'],
      },
      {
        entityRef: 'component:default/legacy-tool',
        ownerRefs: ['group:default/org-commerce'],
        via: ['api:default/deploy-api'],
      },
      {
        entityRef: 'component:default/search-indexer',
        ownerRefs: ['user:default/alice'],
        via: ['resource:default/deploy-runtime'],
      },
      {
        entityRef: 'component:default/storefront-web',
        ownerRefs: ['group:default/team-storefront'],
        via: ['api:default/deploy-webhooks'],
      },
    ]);
  });

  it('does not count a part that depends on another part as a consumer', () => {
    expect(
      findConsumers(platform, ENTITIES).map(c => c.entityRef),
    ).not.toContain('component:default/deploy-api');
  });

  it('finds a consumer whose relation is stored only on the part', () => {
    const entities = buildCatalog(
      { [PLATFORM]: {}, 'component:default/batch': {} },
      [[PLATFORM, 'dependencyOf', 'component:default/batch']],
      { oneSided: true },
    );
    expect(findConsumers(entities[0], entities)).toEqual([
      {
        entityRef: 'component:default/batch',
        ownerRefs: [],
        via: [PLATFORM],
      },
    ]);
  });

  it('has no consumers in an empty catalog', () => {
    expect(findConsumers(platform, [])).toEqual([]);
  });

  it('answers the same from a graph built once, given the platform or its ref', () => {
    const graph = PlatformGraph.build(ENTITIES);
    const expected = findConsumers(platform, ENTITIES);
    expect(findConsumers(platform, graph)).toEqual(expected);
    expect(findConsumers('System:default/Deploy-Platform', graph)).toEqual(
      expected,
    );
    expect(findPlatformParts(PLATFORM, graph)).toEqual(
      findPlatformParts(platform, ENTITIES),
    );
  });

  it('lists only entities of the catalog, not the targets of dangling relations', () => {
    const entities = buildCatalog(
      { [PLATFORM]: {} },
      [[PLATFORM, 'dependencyOf', 'component:default/removed']],
      { oneSided: true },
    );
    expect(findConsumers(PLATFORM, entities)).toEqual([]);
  });
});

describe('computeAdoption', () => {
  const adoption = computeAdoption({ platform, spec, entities: ENTITIES });

  it('counts the teams that own a consumer, including through a member who owns it', () => {
    expect(adoption.teams).toEqual({
      adopting: 3,
      audience: 5,
      ratio: 0.6,
      stage: 'late-majority',
      adoptingRefs: [
        'group:default/team-checkout',
        'group:default/team-search',
        'group:default/team-storefront',
      ],
      nonAdoptingRefs: [
        'group:default/team-delivery',
        'group:default/team-payments',
      ],
    });
  });

  it('counts the components of audience teams, leaving out the platform’s own', () => {
    expect(adoption.services).toEqual({ adopting: 3, total: 4, ratio: 0.75 });
  });

  it('reports every persona in spec order, including one missing from the catalog', () => {
    expect(
      adoption.byPersona.map(p => [
        p.personaRef,
        p.found,
        p.teams.adopting,
        p.teams.audience,
        p.teams.stage,
      ]),
    ).toEqual([
      ['persona:default/feature-engineer', true, 1, 2, 'late-majority'],
      ['persona:default/sre-oncall', true, 1, 1, 'laggards'],
      ['persona:default/ghost', false, 0, 0, null],
    ]);
    expect(adoption.byPersona[2].teams.ratio).toBe(null);
  });

  it('reports every org with the audience teams under it', () => {
    expect(
      adoption.byOrg.map(o => [o.orgRef, o.teams.adopting, o.teams.audience]),
    ).toEqual([
      ['group:default/org-commerce', 1, 2],
      ['group:default/org-cx', 2, 2],
    ]);
  });

  it('gives the same adoption from a graph built once, rolled up by the graph’s org types', () => {
    expect(
      computeAdoption({ platform, spec, graph: PlatformGraph.build(ENTITIES) }),
    ).toEqual(adoption);
    const byRoot = PlatformGraph.build(ENTITIES, {
      orgGroupTypes: ['organization'],
    });
    expect(
      computeAdoption({ platform, spec, graph: byRoot }).byOrg.map(
        o => o.orgRef,
      ),
    ).toEqual(['group:default/acme']);
    expect(
      computeAdoption({ platform, spec, graph: byRoot, orgGroupTypes: ['org'] })
        .byOrg,
    ).toEqual(adoption.byOrg);
  });

  it('rolls up by the group types it is asked for', () => {
    const byRoot = computeAdoption({
      platform,
      spec,
      entities: ENTITIES,
      orgGroupTypes: ['organization'],
    }).byOrg;
    expect(byRoot).toHaveLength(1);
    expect(byRoot[0].teams).toMatchObject({ adopting: 3, audience: 5 });
  });

  it('narrows the audience to the declared groups and the groups below them', () => {
    const narrowed = computeAdoption({
      platform,
      spec: { ...spec, audience: { groups: ['org-cx'] } },
      entities: ENTITIES,
    });
    expect(narrowed.teams).toMatchObject({
      adopting: 2,
      audience: 2,
      ratio: 1,
    });
    expect(narrowed.services).toEqual({ adopting: 2, total: 2, ratio: 1 });
    expect(narrowed.byOrg[0].teams).toMatchObject({ audience: 0, ratio: null });
  });

  it('has no ratio, not a zero, when no group is of an audience type', () => {
    const empty = computeAdoption({
      platform,
      spec: { ...spec, audience: { groupTypes: ['squad'] } },
      entities: ENTITIES,
    });
    expect(empty.teams).toMatchObject({
      audience: 0,
      ratio: null,
      stage: null,
    });
    expect(empty.services).toEqual({ adopting: 0, total: 0, ratio: null });
  });

  it('counts each persona once when it is listed twice', () => {
    expect(
      computeAdoption({
        platform,
        spec: {
          ...spec,
          personas: ['sre-oncall', 'persona:default/sre-oncall'],
        },
        entities: ENTITIES,
      }).byPersona,
    ).toHaveLength(1);
  });

  it('survives a cycle in the group hierarchy', () => {
    const cyclic = buildCatalog(SPECS, [
      ...EDGES,
      ['group:default/acme', 'childOf', 'group:default/team-checkout'],
    ]);
    const result = computeAdoption({ platform, spec, entities: cyclic });
    expect(result.byOrg[0].teams.audience).toBe(5);
  });

  it('says which ref is malformed', () => {
    expect(() =>
      computeAdoption({
        platform,
        spec: { ...spec, audience: { groups: ['group:'] } },
        entities: ENTITIES,
      }),
    ).toThrow(
      'spec.platform.audience.groups[0] must be an entity ref such as group:default/name or name — got "group:"',
    );
  });

  it('keeps the ratios in [0, 1] and every audience team on one side, for any catalog', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 10 }),
        (teamCount, hierarchy, services) => {
          const team = (i: number) => `group:default/team-${i % teamCount}`;
          const specs: Specs = {
            [PLATFORM]: {},
          };
          const edges: Edge[] = [];
          for (let i = 0; i < teamCount; i++) {
            specs[team(i)] = { spec: { type: 'team' } };
          }
          if (teamCount > 0) {
            hierarchy.forEach(([child, parent]) =>
              edges.push([team(child), 'childOf', team(parent)]),
            );
            services.forEach(([owner, uses], i) => {
              const ref = `component:default/service-${i}`;
              specs[ref] = {};
              edges.push([ref, 'ownedBy', team(owner)]);
              if (uses) {
                edges.push([ref, 'dependsOn', PLATFORM]);
              }
            });
          }
          const entities = buildCatalog(specs, edges);
          const result = computeAdoption({
            platform: entities[0],
            spec,
            entities,
          });
          expect(
            computeAdoption({
              platform: entities[0],
              spec,
              graph: PlatformGraph.build(entities),
            }),
          ).toEqual(result);
          const ratios = [result.teams.ratio, result.services.ratio];
          expect(ratios.filter(r => r !== null && !(r >= 0 && r <= 1))).toEqual(
            [],
          );
          expect(result.teams.ratio === null).toBe(result.teams.audience === 0);
          expect(
            [
              ...result.teams.adoptingRefs,
              ...result.teams.nonAdoptingRefs,
            ].sort(),
          ).toEqual(
            Object.keys(specs)
              .filter(r => r.startsWith('group:'))
              .sort(),
          );
          expect(result.services.adopting).toBeLessThanOrEqual(
            result.services.total,
          );
        },
      ),
    );
  });
});
