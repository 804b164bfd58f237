import { Entity, parseEntityRef } from '@backstage/catalog-model';
import fc from 'fast-check';
import type { PlatformSpec } from '../catalog/types';
import {
  ADOPTION_STAGE_THRESHOLDS,
  AdoptionStage,
  adoptionStage,
  computeAdoption,
  findConsumers,
  findPlatformParts,
} from './adoption';

type EntitySpec = NonNullable<Entity['spec']>;

const KINDS: Record<string, string> = {
  api: 'API',
  component: 'Component',
  group: 'Group',
  persona: 'Persona',
  resource: 'Resource',
  system: 'System',
  user: 'User',
};

const INVERSE: Record<string, string> = {
  ownedBy: 'ownerOf',
  dependsOn: 'dependencyOf',
  consumesApi: 'apiConsumedBy',
  providesApi: 'apiProvidedBy',
  partOf: 'hasPart',
  childOf: 'parentOf',
  memberOf: 'hasMember',
  describesGroup: 'describedByPersona',
};

type Edge = [from: string, type: string, to: string];

/**
 * Builds entities as the catalog returns them: every relation is stored on both ends, unless
 * `oneSided` is set.
 */
function catalog(
  specs: Record<string, EntitySpec>,
  edges: Edge[],
  options: { oneSided?: boolean } = {},
): Entity[] {
  const relations = new Map<string, { type: string; targetRef: string }[]>(
    Object.keys(specs).map(ref => [ref, []]),
  );
  for (const [from, type, to] of edges) {
    relations.get(from)?.push({ type, targetRef: to });
    if (!options.oneSided) {
      relations.get(to)?.push({ type: INVERSE[type], targetRef: from });
    }
  }
  return Object.entries(specs).map(([ref, spec]) => {
    const { kind, namespace, name } = parseEntityRef(ref);
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: KINDS[kind],
      metadata: { name, namespace },
      spec,
      relations: relations.get(ref),
    };
  });
}

const PLATFORM = 'system:default/deploy-platform';

const SPECS: Record<string, EntitySpec> = {
  [PLATFORM]: {},
  'component:default/deploy-api': {},
  'resource:default/deploy-runtime': {},
  'api:default/deploy-api': {},
  'api:default/deploy-webhooks': {},
  'group:default/acme': { type: 'organization' },
  'group:default/org-commerce': { type: 'org' },
  'group:default/org-cx': { type: 'org' },
  'group:default/team-checkout': { type: 'team' },
  'group:default/team-payments': { type: 'team' },
  'group:default/team-storefront': { type: 'team' },
  'group:default/team-search': { type: 'team' },
  'group:default/team-delivery': { type: 'team' },
  'user:default/alice': {},
  'component:default/checkout-service': {},
  'component:default/payments-service': {},
  'component:default/storefront-web': {},
  'component:default/search-indexer': {},
  'component:default/legacy-tool': {},
  'persona:default/feature-engineer': {},
  'persona:default/sre-oncall': { groups: ['team-search'] },
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

const ENTITIES = catalog(SPECS, EDGES);
const platform = ENTITIES.find(e => e.metadata.name === 'deploy-platform')!;
const spec: PlatformSpec = {
  category: 'deployment',
  personas: ['feature-engineer', 'persona:default/sre-oncall', 'ghost'],
};

describe('adoptionStage', () => {
  it.each<[number, AdoptionStage]>([
    [0, 'innovators'],
    [0.0249, 'innovators'],
    [0.025, 'early-adopters'],
    [0.1599, 'early-adopters'],
    [0.16, 'early-majority'],
    [0.4999, 'early-majority'],
    [0.5, 'late-majority'],
    [0.8399, 'late-majority'],
    [0.84, 'laggards'],
    [1, 'laggards'],
  ])('puts %s in %s', (ratio, stage) => {
    expect(adoptionStage(ratio)).toBe(stage);
  });

  it('refuses a ratio outside [0, 1]', () => {
    expect(() => adoptionStage(1.2)).toThrow(
      new RangeError(
        'ratio must be a fraction in [0, 1] — got 1.2; write 2 % as 0.02',
      ),
    );
  });

  it('never goes back a stage as the ratio grows', () => {
    const order: AdoptionStage[] = [
      ...ADOPTION_STAGE_THRESHOLDS.map(t => t.stage),
      'laggards',
    ];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(order.indexOf(adoptionStage(high))).toBeGreaterThanOrEqual(
            order.indexOf(adoptionStage(low)),
          );
        },
      ),
    );
  });
});

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
    const oneSided = catalog(SPECS, EDGES, { oneSided: true });
    expect(findPlatformParts(platform, oneSided).size).toBe(5);
  });

  it('takes only the entity and its APIs when the platform is not a System', () => {
    const [vault, ...rest] = catalog(
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
    const entities = catalog(
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
    const cyclic = catalog(SPECS, [
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
          const specs: Record<string, EntitySpec> = {
            [PLATFORM]: {},
          };
          const edges: Edge[] = [];
          for (let i = 0; i < teamCount; i++) {
            specs[team(i)] = { type: 'team' };
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
          const entities = catalog(specs, edges);
          const result = computeAdoption({
            platform: entities[0],
            spec,
            entities,
          });
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
