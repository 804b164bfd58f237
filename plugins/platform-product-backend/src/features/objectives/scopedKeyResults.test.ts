import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { buildCatalog } from '@platform-product/backstage-plugin-platform-product-common/testUtils';
import express from 'express';
import request from 'supertest';
import { createTestApp, TEST_NOW } from '../../__testUtils__/createTestApp';
import { expectValidResponse } from '../../__testUtils__/validateResponse';
import { PlatformProductServices } from '../../wiring';

jest.setTimeout(60_000);

const RUNTIME = 'system:default/runtime-platform';
const BASE = '/platforms/system/default/runtime-platform';
const HIDDEN_BASE = '/platforms/system/default/hidden-platform';
const DOCKER = 'resource:default/docker-runtime';
const COMMERCE = 'group:default/org-commerce';
const CHECKOUT = 'group:default/org-checkout';
const OWNER_REF = 'user:default/olga';
const OWNER = mockCredentials.user.header(OWNER_REF);
const GUEST_REF = 'user:default/guest';
const GUEST = mockCredentials.user.header(GUEST_REF);

const platform = (title: string) => ({
  title,
  spec: {
    owner: 'group:default/team-runtime',
    platform: {
      category: 'deployment',
      personas: ['persona:default/feature-engineer'],
    },
  },
});

/**
 * A small organisation: Commerce (an org) holds the team Cart and the sub-org Checkout, which
 * holds the teams Pay and Basket; Discovery holds Search; Runtime owns the Runtime Platform (whose
 * part is containerd) and the deprecated Docker runtime. Cart and Pay run on containerd; Basket,
 * Search and a service of Cara (a member of Cart) still run on Docker.
 */
function smallCatalog(): Entity[] {
  const team = (parent: string) => ({ spec: { type: 'team', parent } });
  return buildCatalog(
    {
      [RUNTIME]: platform('Runtime Platform'),
      'system:default/hidden-platform': platform('Hidden Platform'),
      'resource:default/containerd': {},
      [DOCKER]: {
        spec: {
          deprecation: {
            announced: '2026-01-01',
            sunset: '2027-03-31',
            replacedBy: 'resource:default/containerd',
            reason: 'Docker shim support ends upstream.',
          },
        },
      },
      [COMMERCE]: {
        spec: { type: 'org', profile: { displayName: 'Commerce' } },
      },
      [CHECKOUT]: { spec: { type: 'org' } },
      'group:default/org-discovery': { spec: { type: 'org' } },
      'group:default/team-cart': team('org-commerce'),
      'group:default/team-pay': team('org-checkout'),
      'group:default/team-basket': team('org-checkout'),
      'group:default/team-search': team('org-discovery'),
      'group:default/team-runtime': team('org-discovery'),
      [OWNER_REF]: {},
      'user:default/cara': {},
      'component:default/cart-svc': {},
      'component:default/pay-svc': {},
      'component:default/basket-svc': {},
      'component:default/search-svc': {},
      'component:default/cart-legacy': {},
    },
    [
      [RUNTIME, 'ownedBy', 'group:default/team-runtime'],
      [
        'system:default/hidden-platform',
        'ownedBy',
        'group:default/team-runtime',
      ],
      ['resource:default/containerd', 'partOf', RUNTIME],
      [DOCKER, 'ownedBy', 'group:default/team-runtime'],
      [CHECKOUT, 'childOf', COMMERCE],
      ['group:default/team-cart', 'childOf', COMMERCE],
      ['group:default/team-pay', 'childOf', CHECKOUT],
      ['group:default/team-basket', 'childOf', CHECKOUT],
      ['group:default/team-search', 'childOf', 'group:default/org-discovery'],
      ['group:default/team-runtime', 'childOf', 'group:default/org-discovery'],
      [OWNER_REF, 'memberOf', 'group:default/team-runtime'],
      ['user:default/cara', 'memberOf', 'group:default/team-cart'],
      ['component:default/cart-svc', 'ownedBy', 'group:default/team-cart'],
      ['component:default/pay-svc', 'ownedBy', 'group:default/team-pay'],
      ['component:default/basket-svc', 'ownedBy', 'group:default/team-basket'],
      ['component:default/search-svc', 'ownedBy', 'group:default/team-search'],
      ['component:default/cart-legacy', 'ownedBy', 'user:default/cara'],
      [
        'component:default/cart-svc',
        'dependsOn',
        'resource:default/containerd',
      ],
      ['component:default/pay-svc', 'dependsOn', 'resource:default/containerd'],
      ['component:default/basket-svc', 'dependsOn', DOCKER],
      ['component:default/search-svc', 'dependsOn', DOCKER],
      ['component:default/cart-legacy', 'dependsOn', DOCKER],
    ],
  );
}

const containerdKr = {
  id: 'commerce-on-containerd',
  title: 'Commerce runs 80 % of its services on containerd',
  binding: { type: 'adoption' },
  scope: { groupRef: 'Group:default/Org-Commerce' },
  baseline: 0.2,
  target: 0.8,
  direction: 'increase',
};
const dockerKr = (id: string, scope?: string) => ({
  id,
  title: 'Off Docker',
  binding: { type: 'deprecation-consumers', deprecationRef: DOCKER },
  ...(scope ? { scope: { groupRef: scope } } : {}),
  baseline: 5,
  target: 0,
  direction: 'decrease',
});

describe('key results scoped to a group', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let services: PlatformProductServices;

    const call = async (test: request.Test) => {
      const response = await test;
      expectValidResponse(response);
      return response;
    };
    const createKr = (body: object, auth = OWNER, base = BASE) =>
      call(
        request(app)
          .post(`${base}/objectives/shared/key-results`)
          .set('Authorization', auth)
          .send(body),
      );
    const keyResults = async (base = BASE) =>
      (
        await call(
          request(app).get(`${base}/objectives`).set('Authorization', GUEST),
        )
      ).body.items.flatMap((o: any) => o.keyResults);

    beforeEach(async () => {
      const knex = await databases.init(databaseId);
      const testApp = await createTestApp({
        knex,
        entities: smallCatalog(),
      });
      // The catalog hides the Hidden Platform from the guest, as a permission policy could.
      const getEntitiesByRefs = testApp.catalog.getEntitiesByRefs.bind(
        testApp.catalog,
      );
      jest
        .spyOn(testApp.catalog, 'getEntitiesByRefs')
        .mockImplementation(async (req, options) => {
          const response = await getEntitiesByRefs(req, options);
          const principal = (options as { credentials?: BackstageCredentials })
            ?.credentials?.principal as { userEntityRef?: string } | undefined;
          return principal?.userEntityRef === GUEST_REF
            ? {
                items: response.items.map(entity =>
                  entity?.metadata.name === 'hidden-platform'
                    ? undefined
                    : entity,
                ),
              }
            : response;
        });
      app = testApp.app;
      services = testApp.services;
      for (const base of [BASE, HIDDEN_BASE]) {
        const created = await call(
          request(app)
            .post(`${base}/objectives`)
            .set('Authorization', OWNER)
            .send({
              id: 'shared',
              title: 'Commerce moves to containerd',
              category: 'platform-capability',
            }),
        );
        if (created.status !== 201) {
          throw new Error(`set-up failed: ${JSON.stringify(created.body)}`);
        }
      }
    });

    it('measures a scoped adoption key result among the group and its sub-orgs, unscoped adoption unchanged', async () => {
      const created = await createKr(containerdKr);
      expect(created.status).toBe(201);
      // Commerce's audience teams: Cart, Pay and Basket (in Checkout); Cart and Pay adopt.
      expect(created.body).toMatchObject({
        scope: { groupRef: COMMERCE, title: 'Commerce' },
        progress: {
          state: 'measured',
          value: 2 / 3,
          lastPointAt: TEST_NOW.toISOString(),
        },
      });
      await createKr({
        ...containerdKr,
        id: 'checkout',
        scope: { groupRef: 'org-checkout' },
      });
      const { scope: _, ...unscoped } = containerdKr;
      await createKr({ ...unscoped, id: 'everyone' });
      const adoption = await call(
        request(app).get(`${BASE}/adoption`).set('Authorization', GUEST),
      );
      const commerce = adoption.body.byOrg.find(
        (org: any) => org.orgRef === COMMERCE,
      );
      const krs = await keyResults();
      expect(
        krs.map((kr: any) => [kr.id, kr.scope?.title, kr.progress.value]),
      ).toEqual([
        ['commerce-on-containerd', 'Commerce', commerce.teams.ratio],
        ['checkout', 'org-checkout', 1 / 2],
        ['everyone', undefined, adoption.body.teams.ratio],
      ]);
      expect(commerce.teams.ratio).toBe(2 / 3);
      // Five audience teams, Cart and Pay adopt.
      expect(adoption.body.teams.ratio).toBe(2 / 5);
    });

    it('counts the consumers still on a deprecation, all of them or those owned within the scope', async () => {
      for (const [id, scope] of [
        ['all', undefined],
        ['commerce', COMMERCE],
        ['checkout', CHECKOUT],
        ['discovery', 'group:default/org-discovery'],
      ] as const) {
        expect((await createKr(dockerKr(id, scope))).status).toBe(201);
      }
      // Basket (Checkout), Search (Discovery) and Cara's service (a member of Cart, in Commerce).
      expect(
        (await keyResults()).map((kr: any) => [
          kr.id,
          kr.progress.value,
          kr.progress.progress,
        ]),
      ).toEqual([
        ['all', 3, 2 / 5],
        ['commerce', 2, 3 / 5],
        ['checkout', 1, 4 / 5],
        ['discovery', 1, 4 / 5],
      ]);
    });

    it.each([
      [
        { ...containerdKr, scope: { groupRef: 'org-nowhere' } },
        'scope.groupRef: group:default/org-nowhere was not found in the catalog; scope the key result to an existing Group (an org or a team), e.g. group:default/commerce',
      ],
      [
        {
          ...dockerKr('x', COMMERCE),
          binding: {
            type: 'deprecation-consumers',
            deprecationRef: 'resource:default/containerd',
          },
        },
        'binding.deprecationRef: resource:default/containerd is not a deprecated entity in the catalog (no entity with that ref has a valid spec.deprecation); name an entity that carries spec.deprecation, see docs/deprecations.md',
      ],
      [
        { ...containerdKr, binding: { type: 'nps' } },
        "scope: a key result bound to 'nps' cannot be scoped to a group, only one bound to 'adoption', 'deprecation-consumers'; remove the scope, or bind the key result to one of those",
      ],
      [
        { ...containerdKr, scope: { groupRef: 'user:default/cara' } },
        'scope.groupRef: "user:default/cara" is a user, not a Group; scope a key result to an org or a team, e.g. group:default/commerce',
      ],
    ])('refuses %j with a 400 naming the field', async (body, message) => {
      const response = await createKr(body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(message);
      expect(await keyResults()).toEqual([]);
    });

    it('lets only the platform owners scope key results, and keeps the scope on replace', async () => {
      const denied = await createKr(containerdKr, GUEST);
      expect(denied.status).toBe(403);
      expect(await keyResults()).toEqual([]);
      const created = await createKr(containerdKr);
      const replaced = await call(
        request(app)
          .put(`${BASE}/key-results/${containerdKr.id}`)
          .set('Authorization', OWNER)
          .set('If-Match', `"${created.body.version}"`)
          .send({ ...containerdKr, scope: { groupRef: CHECKOUT } }),
      );
      expect(replaced.status).toBe(200);
      expect(replaced.body.scope).toEqual({
        groupRef: CHECKOUT,
        title: 'org-checkout',
      });
      expect(replaced.body.progress.value).toBe(1 / 2);
    });

    it('lists the key results scoped to some groups on the platforms the caller can see', async () => {
      await createKr(containerdKr);
      await createKr(dockerKr('checkout-off-docker', CHECKOUT));
      await createKr(dockerKr('all-off-docker'));
      await createKr(containerdKr, OWNER, HIDDEN_BASE);

      const groups = new Set([CHECKOUT, COMMERCE]);
      const owner = await services.groupKeyResults.keyResultsScopedTo(
        groups,
        mockCredentials.user(OWNER_REF),
      );
      expect(owner.map(kr => [kr.platformRef, kr.keyResultId])).toEqual([
        ['system:default/hidden-platform', 'commerce-on-containerd'],
        [RUNTIME, 'commerce-on-containerd'],
        [RUNTIME, 'checkout-off-docker'],
      ]);

      const guest = await services.groupKeyResults.keyResultsScopedTo(
        [...groups],
        mockCredentials.user(GUEST_REF),
      );
      expect(guest).toEqual([
        expect.objectContaining({
          keyResultId: 'commerce-on-containerd',
          scopeRef: COMMERCE,
          binding: { type: 'adoption' },
          progress: expect.objectContaining({ value: 2 / 3 }),
        }),
        {
          platformRef: RUNTIME,
          platformTitle: 'Runtime Platform',
          objectiveId: 'shared',
          objectiveTitle: 'Commerce moves to containerd',
          keyResultId: 'checkout-off-docker',
          title: 'Off Docker',
          scopeRef: CHECKOUT,
          baseline: 5,
          target: 0,
          direction: 'decrease',
          binding: { type: 'deprecation-consumers', deprecationRef: DOCKER },
          progress: expect.objectContaining({ state: 'measured', value: 1 }),
        },
      ]);
      // Only the groups asked for: a team's own key results, not its org's unless the org is asked.
      expect(
        await services.groupKeyResults.keyResultsScopedTo(
          ['group:default/team-pay'],
          mockCredentials.user(OWNER_REF),
        ),
      ).toEqual([]);
    });

    it('gives a scoped key result no past value, so a linked roadmap item shows no movement', async () => {
      await createKr(containerdKr);
      const movement = await services.objectives.movementSince(
        RUNTIME,
        containerdKr.id,
        new Date(TEST_NOW.getTime() - 7 * 24 * 3600_000),
      );
      expect(movement).toMatchObject({ valueAtSince: null, valueNow: 2 / 3 });
    });
  });
});
