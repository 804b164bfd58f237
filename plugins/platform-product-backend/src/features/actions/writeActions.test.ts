import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestActions } from '../../__testUtils__/createTestActions';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';

jest.setTimeout(60_000);

const DOCKER = 'resource:default/docker-runtime';
const WORKER = 'component:default/order-confirmation-worker';
const LOGGING = 'system:default/logging-platform';
/** Team Checkout: owns the worker, adopts the Logging Platform. */
const GUEST = mockCredentials.user('user:default/guest');
/** Team Pricing: owns neither. */
const FATIMA = mockCredentials.user('user:default/fatima-haddad');
const LOGGING_OWNER = 'user:default/sara-nilsson';
const DAY = 24 * 3600_000;

describe('write actions', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let testApp: Awaited<ReturnType<typeof createTestActions>>;
    const clock = Date.parse('2026-11-25T10:00:00Z');

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      testApp = await createTestActions({
        knex,
        entities,
        now: () => new Date(clock),
      });
    });

    describe('request-deprecation-exception', () => {
      const input = {
        deprecationRef: DOCKER,
        entityRef: WORKER,
        reason: 'Peak season freeze until February',
        requestedEnd: '2027-09-30',
      };

      it("lets an owner of the consumer request one, which the deprecation's page then lists", async () => {
        const exception = await testApp.invoke(
          'request-deprecation-exception',
          input,
          GUEST,
        );
        expect(exception).toMatchObject({
          deprecationRef: DOCKER,
          consumerRef: WORKER,
          state: 'requested',
          requestedBy: 'user:default/guest',
          requestedEnd: '2027-09-30',
        });
        const detail = await request(testApp.app)
          .get('/deprecations/resource/default/docker-runtime')
          .set(
            'Authorization',
            mockCredentials.user.header('user:default/guest'),
          );
        expect(detail.body.exceptionHistory.map((e: any) => e.id)).toEqual([
          exception.id,
        ]);
        const banner = await testApp.invoke(
          'get-entity-deprecations',
          { entityRef: WORKER },
          GUEST,
        );
        expect(banner.items[0].exception).toEqual({
          id: exception.id,
          state: 'requested',
          requestedEnd: '2027-09-30',
          decisionReason: null,
        });
      });

      it('refuses someone who does not own the consumer, naming the permission, and stores nothing', async () => {
        await expect(
          testApp.invoke('request-deprecation-exception', input, FATIMA),
        ).rejects.toMatchObject({
          name: 'NotAllowedError',
          message: `Only the owners of ${WORKER} may request an exception to the deprecation of ${DOCKER} for it; user:default/fatima-haddad is not allowed platform-product.deprecation.exception.request on it`,
        });
        const [{ n }] = await knex('deprecation_exceptions').count({ n: '*' });
        expect(Number(n)).toBe(0);
      });

      it('refuses services, which are not signed-in users', async () => {
        await expect(
          testApp.invoke(
            'request-deprecation-exception',
            input,
            mockCredentials.service(),
          ),
        ).rejects.toMatchObject({
          name: 'NotAllowedError',
          message: expect.stringContaining(
            "This action does not allow 'service' credentials",
          ),
        });
      });

      it('refuses an unknown deprecated entity, an end in the past, a bad day and an overlong reason, saying why', async () => {
        const refused = (overrides: Record<string, string>) =>
          testApp.invoke(
            'request-deprecation-exception',
            { ...input, ...overrides },
            GUEST,
          );
        await expect(
          refused({ deprecationRef: 'resource:default/ghost' }),
        ).rejects.toMatchObject({
          name: 'NotFoundError',
          message: expect.stringContaining('resource:default/ghost'),
        });
        await expect(
          refused({ requestedEnd: '2026-01-01' }),
        ).rejects.toMatchObject({
          name: 'InputError',
          message:
            'requestedEnd 2026-01-01 is in the past; choose a date from 2026-11-25 on',
        });
        await expect(
          refused({ requestedEnd: '30/09/2027' }),
        ).rejects.toMatchObject({
          name: 'InputError',
          message:
            'requestedEnd must be a date written YYYY-MM-DD — got "30/09/2027"',
        });
        await expect(
          refused({ reason: 'x'.repeat(2001) }),
        ).rejects.toMatchObject({
          name: 'InputError',
          message:
            'reason must be at most 2000 characters — got 2001; shorten it',
        });
        await expect(
          testApp.invoke(
            'request-deprecation-exception',
            { deprecationRef: DOCKER, entityRef: WORKER },
            GUEST,
          ),
        ).rejects.toMatchObject({ name: 'InputError' });
      });
    });

    describe('answer-survey', () => {
      const openRound = async () => {
        const response = await request(testApp.app)
          .post('/platforms/system/default/logging-platform/surveys/rounds')
          .set('Authorization', mockCredentials.user.header(LOGGING_OWNER))
          .send({
            title: 'Q4 2026',
            startsAt: new Date(clock - DAY).toISOString(),
            endsAt: new Date(clock + 20 * DAY).toISOString(),
          });
        expect(response.status).toBe(201);
        return response.body.id as string;
      };
      const responses = async () =>
        knex('survey_responses').select('round_id', 'user_ref', 'score');

      it("answers the platform's open round, a second answer replacing the first", async () => {
        const roundId = await openRound();
        expect(
          await testApp.invoke(
            'answer-survey',
            { platformRef: LOGGING, score: 6, comment: 'Slow search' },
            GUEST,
          ),
        ).toEqual({ platformRef: LOGGING, roundId, answered: true });
        await testApp.invoke(
          'answer-survey',
          { platformRef: LOGGING, roundId, score: 9 },
          GUEST,
        );
        expect(await responses()).toEqual([
          { round_id: roundId, user_ref: 'user:default/guest', score: 9 },
        ]);
      });

      it('refuses when no round is open, a closed round, an unknown round and a score out of range', async () => {
        await expect(
          testApp.invoke(
            'answer-survey',
            { platformRef: LOGGING, score: 8 },
            GUEST,
          ),
        ).rejects.toMatchObject({
          name: 'ConflictError',
          message: `No survey round of ${LOGGING} is open now; answers are taken only while a round is open`,
        });
        const roundId = await openRound();
        await expect(
          testApp.invoke(
            'answer-survey',
            { platformRef: LOGGING, roundId, score: 11 },
            GUEST,
          ),
        ).rejects.toMatchObject({
          name: 'InputError',
          message: 'score must be an integer from 0 to 10 — got 11',
        });
        await expect(
          testApp.invoke(
            'answer-survey',
            { platformRef: LOGGING, roundId: 'no-such-round', score: 8 },
            GUEST,
          ),
        ).rejects.toMatchObject({ name: 'NotFoundError' });
        const closed = await request(testApp.app)
          .post(
            `/platforms/system/default/logging-platform/surveys/rounds/${roundId}/close`,
          )
          .set('Authorization', mockCredentials.user.header(LOGGING_OWNER));
        expect(closed.status).toBe(200);
        await expect(
          testApp.invoke(
            'answer-survey',
            { platformRef: LOGGING, roundId, score: 8 },
            GUEST,
          ),
        ).rejects.toMatchObject({
          name: 'ConflictError',
          message: expect.stringMatching(
            /^round 'Q4 2026' closed on .*; answers are no longer taken$/,
          ),
        });
        expect(await responses()).toEqual([]);
      });

      it('refuses services and platforms the caller cannot see', async () => {
        const roundId = await openRound();
        await expect(
          testApp.invoke(
            'answer-survey',
            { platformRef: LOGGING, roundId, score: 8 },
            mockCredentials.service(),
          ),
        ).rejects.toMatchObject({ name: 'NotAllowedError' });
        await expect(
          testApp.invoke(
            'answer-survey',
            { platformRef: 'system:default/ghost', score: 8 },
            GUEST,
          ),
        ).rejects.toMatchObject({
          name: 'NotFoundError',
          message:
            'system:default/ghost was not found in the catalog; check the kind, namespace and name',
        });
      });
    });
  });
});
