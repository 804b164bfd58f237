import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestApp } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { expectValidResponse } from '../../__testUtils__/validateResponse';

jest.setTimeout(60_000);

const DOCKER = 'resource:default/docker-runtime';
const DOCKER_PATH = '/deprecations/resource/default/docker-runtime';
const WORKER = 'component:default/order-confirmation-worker';
const GUEST = mockCredentials.user.header('user:default/guest');
const NOAH = mockCredentials.user.header('user:default/noah-williams');
/** The day the examples are set on: 217 days before the Docker runtime's sunset. */
const TODAY = '2026-11-25';

describe('deprecation routes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let clock: Date;
    const setClock = (day: string) => {
      clock = new Date(`${day}T09:00:00Z`);
    };

    async function app(options?: { without?: string }) {
      return createTestApp({
        knex,
        entities: options?.without
          ? entities.filter(e => stringifyEntityRef(e) !== options.without)
          : entities,
        now: () => clock,
      });
    }

    async function call(test: request.Test) {
      const response = await test;
      expectValidResponse(response);
      return response;
    }

    type App = Awaited<ReturnType<typeof app>>;
    const requestException = (
      testApp: App,
      body: Record<string, unknown>,
      auth = GUEST,
    ) =>
      call(
        request(testApp.app)
          .post(`${DOCKER_PATH}/exceptions`)
          .set('Authorization', auth)
          .send({
            consumerRef: WORKER,
            reason: 'Peak season freeze until February',
            requestedEnd: '2027-09-30',
            ...body,
          }),
      );
    const decide = (
      testApp: App,
      id: string,
      decision: 'approved' | 'denied',
      auth = NOAH,
    ) =>
      call(
        request(testApp.app)
          .post(`${DOCKER_PATH}/exceptions/${id}/decision`)
          .set('Authorization', auth)
          .send({ decision, reason: 'Fine until the freeze ends' }),
      );
    const list = async (testApp: App) =>
      (
        await call(
          request(testApp.app).get('/deprecations').set('Authorization', GUEST),
        )
      ).body.items;
    const banner = (testApp: App, path: string) =>
      call(
        request(testApp.app)
          .get(`/entities/${path}/deprecations`)
          .set('Authorization', GUEST),
      );

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      setClock(TODAY);
    });

    it('lists the deprecated runtime with its consumers, teams and days to sunset', async () => {
      const testApp = await app();
      const [docker] = await list(testApp);
      expect(docker).toMatchObject({
        entityRef: DOCKER,
        sunset: '2027-06-30',
        replacedBy: 'resource:default/containerd-runtime',
        replacementFound: true,
        phase: 'announced',
        daysToSunset: 217,
        consumers: 16,
        consumerTeams: 12,
        violations: 0,
        exceptions: { requested: 0, approved: 0, denied: 0, expired: 0 },
        warnings: [],
      });
    });

    it('shows the banner data to consumers only', async () => {
      const testApp = await app();
      const affected = await banner(
        testApp,
        'component/default/order-confirmation-worker',
      );
      expect(affected.status).toBe(200);
      expect(affected.body.items).toHaveLength(1);
      expect(affected.body.items[0].consumer).toMatchObject({
        entityRef: WORKER,
        ownerRefs: ['group:default/team-checkout'],
        via: [DOCKER],
        exception: null,
        inViolation: false,
      });
      const unaffected = await banner(
        testApp,
        'component/default/cart-service',
      );
      expect(unaffected.body).toEqual({
        entityRef: 'component:default/cart-service',
        items: [],
      });
    });

    it('answers 404 for the banner of an entity that is not in the catalog', async () => {
      const testApp = await app();
      const response = await banner(testApp, 'component/default/ghost');
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(
        'component:default/ghost was not found in the catalog; check the kind, namespace and name',
      );
    });

    it('answers 404 for the banner of an entity the catalog hides from the caller', async () => {
      const testApp = await app();
      // The catalog hides the worker from the guest, as a permission policy could; the Docker
      // runtime it consumes stays visible.
      const getEntitiesByRefs = testApp.catalog.getEntitiesByRefs.bind(
        testApp.catalog,
      );
      jest
        .spyOn(testApp.catalog, 'getEntitiesByRefs')
        .mockImplementation(async (req, options) => {
          const response = await getEntitiesByRefs(req, options);
          const principal = (
            options as { credentials?: { principal: unknown } } | undefined
          )?.credentials?.principal as { userEntityRef?: string } | undefined;
          return principal?.userEntityRef === 'user:default/guest'
            ? {
                items: response.items.map(entity =>
                  entity && stringifyEntityRef(entity) === WORKER
                    ? undefined
                    : entity,
                ),
              }
            : response;
        });
      const hidden = await banner(
        testApp,
        'component/default/order-confirmation-worker',
      );
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.message).toBe(
        `${WORKER} was not found in the catalog; check the kind, namespace and name`,
      );
      expect(JSON.stringify(hidden.body)).not.toContain(DOCKER);
      const shown = await call(
        request(testApp.app)
          .get(
            '/entities/component/default/order-confirmation-worker/deprecations',
          )
          .set('Authorization', NOAH),
      );
      expect(shown.status).toBe(200);
      expect(shown.body.items).toHaveLength(1);
    });

    it('warns when the replacement is not in the catalog', async () => {
      const testApp = await app({
        without: 'resource:default/containerd-runtime',
      });
      const [docker] = await list(testApp);
      expect(docker.replacementFound).toBe(false);
      expect(docker.warnings).toEqual([
        'replacement not found: spec.deprecation.replacedBy names resource:default/containerd-runtime, which is not in the catalog; fix the reference or register the replacement',
      ]);
    });

    it('runs an exception from request to approval, audited, and tells the requester', async () => {
      const testApp = await app();
      const requested = await requestException(testApp, {});
      expect(requested.status).toBe(201);
      expect(requested.body).toMatchObject({
        consumerRef: WORKER,
        consumerOwnerRefs: ['group:default/team-checkout'],
        status: 'requested',
        state: 'requested',
        requestedBy: 'user:default/guest',
      });
      const id = requested.body.id;

      const again = await requestException(testApp, {});
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain(
        `${WORKER} already has a requested exception`,
      );

      const byConsumerOwner = await decide(testApp, id, 'approved', GUEST);
      expect(byConsumerOwner.status).toBe(403);
      expect(byConsumerOwner.body.error.message).toContain(
        `Only the owners of ${DOCKER} may decide exceptions`,
      );

      const approved = await decide(testApp, id, 'approved');
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'approved',
        state: 'approved',
        decidedBy: 'user:default/noah-williams',
        decisionReason: 'Fine until the freeze ends',
      });
      expect(testApp.notifications.send).toHaveBeenCalledWith(
        expect.objectContaining({
          recipients: { type: 'entity', entityRef: ['user:default/guest'] },
        }),
      );

      const twice = await decide(testApp, id, 'denied');
      expect(twice.status).toBe(409);
      expect(twice.body.error.message).toContain('was already approved');

      const audit = await call(
        request(testApp.app)
          .get(`${DOCKER_PATH}/exceptions/${id}/audit`)
          .set('Authorization', GUEST),
      );
      expect(
        audit.body.items.map((e: any) => [e.action, e.actor, e.details]),
      ).toEqual([
        [
          'requested',
          'user:default/guest',
          {
            reason: 'Peak season freeze until February',
            requestedEnd: '2027-09-30',
          },
        ],
        [
          'approved',
          'user:default/noah-williams',
          { reason: 'Fine until the freeze ends' },
        ],
      ]);

      const view = await banner(
        testApp,
        'component/default/order-confirmation-worker',
      );
      expect(view.body.items[0].consumer.exception).toMatchObject({
        state: 'approved',
        requestedEnd: '2027-09-30',
      });
      const detail = await call(
        request(testApp.app).get(DOCKER_PATH).set('Authorization', NOAH),
      );
      const checkout = detail.body.byTeam.find(
        (t: any) => t.ownerRef === 'group:default/team-checkout',
      );
      expect(checkout.consumers[0].exception.state).toBe('approved');
      expect(detail.body.deprecation.exceptions.approved).toBe(1);
    });

    it('lets only the consumer’s owners request', async () => {
      const testApp = await app();
      const response = await requestException(testApp, {}, NOAH);
      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe(
        `Only the owners of ${WORKER} may request an exception to the deprecation of ${DOCKER} for it; user:default/noah-williams is not allowed platform-product.deprecation.exception.request on it`,
      );
    });

    it.each([
      [
        'an end beyond the maximum',
        { requestedEnd: '2029-06-30' },
        400,
        'requestedEnd 2029-06-30 is too late: an exception may last at most 730 days after the sunset (2027-06-30), so until 2029-06-29 at the latest',
      ],
      [
        'an end in the past',
        { requestedEnd: '2026-11-24' },
        400,
        'requestedEnd 2026-11-24 is in the past; choose a date from 2026-11-25 on',
      ],
      [
        'an entity that is not a consumer',
        { consumerRef: 'component:default/cart-service' },
        400,
        `component:default/cart-service does not depend on ${DOCKER}; only its consumers need an exception`,
      ],
      [
        'an empty reason',
        { reason: '   ' },
        400,
        'reason must say why the consumer needs more time; it is empty',
      ],
    ])('refuses %s', async (_, body, status, message) => {
      const testApp = await app();
      const response = await requestException(testApp, body);
      expect(response.status).toBe(status);
      expect(response.body.error.message).toBe(message);
    });

    it('answers 404 for unknown deprecations and exceptions', async () => {
      const testApp = await app();
      const notDeprecated = await call(
        request(testApp.app)
          .post('/deprecations/resource/default/containerd-runtime/exceptions')
          .set('Authorization', GUEST)
          .send({
            consumerRef: WORKER,
            reason: 'x',
            requestedEnd: '2027-01-01',
          }),
      );
      expect(notDeprecated.status).toBe(404);
      expect(notDeprecated.body.error.message).toContain(
        'resource:default/containerd-runtime is not deprecated',
      );
      const missing = await call(
        request(testApp.app)
          .get('/deprecations/resource/default/nothing-here')
          .set('Authorization', GUEST),
      );
      expect(missing.status).toBe(404);
      const noException = await decide(testApp, 'no-such-id', 'approved');
      expect(noException.status).toBe(404);
    });

    it('puts consumers in violation after the sunset until an exception covers them, and again once it expires', async () => {
      const testApp = await app();
      const { body } = await requestException(testApp, {});
      await decide(testApp, body.id, 'approved');

      setClock('2027-07-01');
      let [docker] = await list(testApp);
      expect(docker).toMatchObject({
        phase: 'sunset-passed',
        daysToSunset: -1,
        violations: 15,
        exceptions: { approved: 1, expired: 0 },
      });

      setClock('2027-10-01');
      [docker] = await list(testApp);
      expect(docker).toMatchObject({
        violations: 16,
        exceptions: { approved: 0, expired: 1 },
      });
      const view = await banner(
        testApp,
        'component/default/order-confirmation-worker',
      );
      expect(view.body.items[0].consumer).toMatchObject({
        inViolation: true,
        exception: { state: 'expired' },
      });
      // An expired exception frees the slot for a new request.
      const renewed = await requestException(testApp, {
        requestedEnd: '2027-12-31',
      });
      expect(renewed.status).toBe(201);
    });

    it('keeps the burn-down one row per day, served as the trend', async () => {
      const testApp = await app();
      await testApp.services.deprecations.snapshotAll();
      await testApp.services.deprecations.snapshotAll();
      const { body } = await requestException(testApp, {});
      await decide(testApp, body.id, 'approved');
      setClock('2027-07-02');
      await testApp.services.deprecations.snapshotAll();
      expect(
        Number((await knex('deprecation_snapshots').count({ n: '*' }))[0].n),
      ).toBe(2);
      // 2026-11-25 is more than 90 days before; ask from a day it is still in the trend.
      setClock('2027-02-01');
      await testApp.services.deprecations.snapshotAll();
      setClock('2027-07-02');
      const [docker] = await list(testApp);
      expect(docker.trend).toEqual([
        {
          day: '2027-07-02',
          consumers: 16,
          violations: 15,
          activeExceptions: 1,
        },
      ]);
      setClock('2027-04-01');
      const [earlier] = await list(testApp);
      expect(earlier.trend).toEqual([
        {
          day: '2027-02-01',
          consumers: 16,
          violations: 0,
          activeExceptions: 1,
        },
        {
          day: '2027-07-02',
          consumers: 16,
          violations: 15,
          activeExceptions: 1,
        },
      ]);
    });

    it('sends each reminder once per recipient and milestone, across runs and instances', async () => {
      const first = await app();
      const second = await app();
      const owners = 12;
      expect(await first.services.deprecationReminders.run()).toBe(owners);
      expect(await first.services.deprecationReminders.run()).toBe(0);
      expect(await second.services.deprecationReminders.run()).toBe(0);
      expect(first.notifications.send).toHaveBeenCalledTimes(owners);
      expect(first.notifications.send).toHaveBeenCalledWith(
        expect.objectContaining({
          recipients: {
            type: 'entity',
            entityRef: ['group:default/team-checkout'],
          },
          payload: expect.objectContaining({
            title: `${DOCKER} is deprecated: sunset on 2027-06-30`,
            link: DOCKER_PATH,
          }),
        }),
      );

      // Both instances at once, at the 30-day lead time: still one each.
      setClock('2027-06-01');
      const counts = await Promise.all([
        first.services.deprecationReminders.run(),
        second.services.deprecationReminders.run(),
      ]);
      expect(counts[0] + counts[1]).toBe(owners);
      expect(
        first.notifications.send.mock.calls.length +
          second.notifications.send.mock.calls.length,
      ).toBe(owners * 2);

      // After the sunset, weekly to the owners in violation; an approved exception spares one team.
      setClock('2027-06-20');
      const { body } = await requestException(first, {});
      await decide(first, body.id, 'approved');
      setClock('2027-07-05');
      expect(await first.services.deprecationReminders.run()).toBe(owners - 1);
      expect(await second.services.deprecationReminders.run()).toBe(0);
      setClock('2027-07-12');
      expect(await second.services.deprecationReminders.run()).toBe(owners - 1);
      const milestones = (
        await knex('deprecation_reminders')
          .where({ recipient_ref: 'group:default/team-payments' })
          .orderBy('milestone')
      ).map(row => row.milestone);
      expect(milestones).toEqual([
        'announced',
        'lead-30',
        'violation-2027-W27',
        'violation-2027-W28',
      ]);
    });

    it('retries a reminder whose notification failed', async () => {
      const testApp = await app();
      testApp.notifications.send.mockRejectedValueOnce(new Error('down'));
      expect(await testApp.services.deprecationReminders.run()).toBe(11);
      expect(await testApp.services.deprecationReminders.run()).toBe(1);
    });

    it('keeps the exception history of a consumer that left the catalog, without counting it', async () => {
      const before = await app();
      await requestException(before, {});
      const after = await app({ without: WORKER });
      const detail = await call(
        request(after.app).get(DOCKER_PATH).set('Authorization', NOAH),
      );
      expect(detail.body.deprecation.consumers).toBe(15);
      expect(detail.body.deprecation.exceptions.requested).toBe(0);
      expect(detail.body.exceptionHistory).toEqual([
        expect.objectContaining({
          consumerRef: WORKER,
          consumerInCatalog: false,
          state: 'requested',
        }),
      ]);
    });

    it('counts the deprecation debt on the platform scorecard', async () => {
      const testApp = await app();
      const response = await call(
        request(testApp.app)
          .get('/platforms/system/default/deploy-platform/scorecard')
          .set('Authorization', GUEST),
      );
      expect(response.body.deprecationDebt).toEqual({
        deprecations: 1,
        consumers: 16,
        violations: 0,
      });
      const logging = await call(
        request(testApp.app)
          .get('/platforms/system/default/logging-platform/scorecard')
          .set('Authorization', GUEST),
      );
      expect(logging.body.deprecationDebt).toEqual({
        deprecations: 0,
        consumers: 0,
        violations: 0,
      });
    });
  });
});
