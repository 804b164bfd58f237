import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import express from 'express';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestApp } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { expectValidResponse } from '../../__testUtils__/validateResponse';

jest.setTimeout(120_000);

const NOW = Date.parse('2026-11-25T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const LOGGING = '/platforms/system/default/logging-platform';
const DEPLOY = '/platforms/system/default/deploy-platform';
const LOGGING_OWNER = mockCredentials.user.header('user:default/sara-nilsson');
const DEPLOY_OWNER = mockCredentials.user.header('user:default/noah-williams');
const GUEST = mockCredentials.user.header('user:default/guest');
const SERVICE = mockCredentials.service.header();

const identity = (json: string) => json;

/** A JSON text whose `field` holds arrays nested `depth` deep: 40 KB for 20,000. */
const nested = (field: string, depth: number, wrap = identity) =>
  wrap(`{"${field}":${'['.repeat(depth)}${']'.repeat(depth)}}`);

const roadmapItem = (title: string) => ({
  horizon: 'next',
  title,
  problem: 'Rolling back a bad deploy takes 20 minutes of manual steps',
  hypothesis: 'We believe one-step rollback will cut recovery time',
  confidence: 'medium',
  status: 'committed',
  personas: [],
  category: 'reliability',
});

describe('the request guard (jsonBodyParser)', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let knex: Knex;
    let roundId: string;

    const call = async (test: request.Test) => {
      const response = await test;
      expectValidResponse(response);
      return response;
    };
    const count = async (table: string) =>
      Number((await knex(table).count({ n: '*' }))[0].n);

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      ({ app } = await createTestApp({
        knex,
        entities,
        now: () => new Date(NOW),
      }));
      const round = await call(
        request(app)
          .post(`${LOGGING}/surveys/rounds`)
          .set('Authorization', LOGGING_OWNER)
          .send({
            title: 'Q4 2026',
            startsAt: new Date(NOW - DAY).toISOString(),
            endsAt: new Date(NOW + 20 * DAY).toISOString(),
          }),
      );
      if (round.status !== 201) {
        throw new Error(`could not open a round: ${round.text}`);
      }
      roundId = round.body.id;
    });

    describe('refuses bodies nested deeper than 32 levels with a 400', () => {
      const cases: Array<
        [string, () => request.Test, string, (json: string) => string]
      > = [
        [
          'a survey score',
          () =>
            request(app)
              .post(`${LOGGING}/surveys/rounds/${roundId}/responses`)
              .set('Authorization', GUEST),
          'score',
          identity,
        ],
        [
          'a snooze',
          () =>
            request(app)
              .post(`/surveys/rounds/${roundId}/snooze`)
              .set('Authorization', GUEST),
          'days',
          identity,
        ],
        [
          'an investment-mix value',
          () =>
            request(app)
              .put(`${DEPLOY}/roadmap/investment-mix`)
              .set('Authorization', DEPLOY_OWNER),
          'reliability',
          json => `{"mix":${json}}`,
        ],
      ];

      it.each(cases)('%s 20,000 deep', async (_what, send, field, wrap) => {
        const response = await call(
          send()
            .set('Content-Type', 'application/json')
            .send(nested(field, 20_000, wrap)),
        );
        expect(response.status).toBe(400);
        const at = wrap === identity ? `body.${field}` : `body.mix.${field}`;
        const shown = `${at}${'[0]'.repeat(wrap === identity ? 7 : 6)}…`;
        expect(response.body.error.message).toBe(
          `${shown} is nested more than 32 levels deep; a request may nest arrays and objects at most 32 levels deep`,
        );
      });

      it.each(cases)(
        '%s typed by the contract when shallow',
        async (_what, send, field, wrap) => {
          const response = await call(
            send()
              .set('Content-Type', 'application/json')
              .send(nested(field, 3, wrap)),
          );
          expect(response.status).toBe(400);
          expect(response.body.error.message).toMatch(
            /^(score|days|mix\.reliability) must be (a whole number|a number) — got an array$/,
          );
        },
      );
    });

    describe('refuses control characters in any text, naming the field, and stores nothing', () => {
      const NUL = '\u0000';
      const cases: Array<{
        what: string;
        table: string;
        send: (text: (clean: string) => string) => request.Test;
        message: string;
        success: number;
      }> = [
        {
          what: 'a survey comment',
          table: 'survey_responses',
          send: text =>
            request(app)
              .post(`${LOGGING}/surveys/rounds/${roundId}/responses`)
              .set('Authorization', GUEST)
              .send({ score: 9, comment: text('Great logs, slow search') }),
          message:
            'body.comment contains a control character (U+0000) at position 12; remove it',
          success: 204,
        },
        {
          what: 'a deprecation exception reason',
          table: 'deprecation_exceptions',
          send: text =>
            request(app)
              .post('/deprecations/resource/default/docker-runtime/exceptions')
              .set('Authorization', GUEST)
              .send({
                consumerRef: 'component:default/order-confirmation-worker',
                reason: text('Peak season freeze until February'),
                requestedEnd: '2027-01-31',
              }),
          message:
            'body.reason contains a control character (U+0000) at position 12; remove it',
          success: 201,
        },
        {
          what: 'a roadmap title',
          table: 'roadmap_items',
          send: text =>
            request(app)
              .post(`${DEPLOY}/roadmap/items`)
              .set('Authorization', DEPLOY_OWNER)
              .send(roadmapItem(text('Faster rollbacks'))),
          message:
            'body.title contains a control character (U+0000) at position 12; remove it',
          success: 201,
        },
        {
          what: 'a metric label',
          table: 'metric_points',
          send: text =>
            request(app)
              .post('/metrics')
              .set('Authorization', SERVICE)
              .send({
                points: [
                  {
                    entityRef: 'system:default/deploy-platform',
                    metric: 'incidents',
                    timestamp: new Date(NOW - DAY).toISOString(),
                    value: 1,
                    labels: { region: text('eu-west-1-prod-b') },
                  },
                ],
              }),
          message:
            'body.points[0].labels.region contains a control character (U+0000) at position 12; remove it',
          success: 200,
        },
      ];

      it.each(cases)('$what', async ({ table, send, message, success }) => {
        const withNul = (clean: string) =>
          `${clean.slice(0, 11)}${NUL}${clean.slice(11)}`;
        const refused = await call(send(withNul));
        expect(refused.status).toBe(400);
        expect(refused.body.error.message).toBe(message);
        expect(await count(table)).toBe(0);

        const clean = await call(send(text => text));
        expect(clean.status).toBe(success);
        expect(await count(table)).toBe(1);
      });

      it('refuses a control character in a key, and other C0 controls, but keeps tab, newline and carriage return', async () => {
        const send = (labels: Record<string, string>) =>
          call(
            request(app)
              .post('/metrics')
              .set('Authorization', SERVICE)
              .send({
                points: [
                  {
                    entityRef: 'system:default/deploy-platform',
                    metric: 'incidents',
                    timestamp: new Date(NOW - DAY).toISOString(),
                    value: 1,
                    labels,
                  },
                ],
              }),
          );
        const key = await send({ 're\u0000gion': 'eu' });
        expect(key.status).toBe(400);
        expect(key.body.error.message).toBe(
          'a key of body.points[0].labels contains a control character (U+0000) at position 3; remove it',
        );
        const escape = await send({ region: 'eu\u001b[31m' });
        expect(escape.status).toBe(400);
        expect(escape.body.error.message).toBe(
          'body.points[0].labels.region contains a control character (U+001B) at position 3; remove it',
        );
        expect(await count('metric_points')).toBe(0);

        const whitespace = await call(
          request(app)
            .post(`${DEPLOY}/roadmap/items`)
            .set('Authorization', DEPLOY_OWNER)
            .send({
              ...roadmapItem('Faster rollbacks'),
              problem: 'Rollbacks:\n\t1. find the build\r\n\t2. redeploy',
            }),
        );
        expect(whitespace.status).toBe(201);
        expect(whitespace.body.problem).toBe(
          'Rollbacks:\n\t1. find the build\r\n\t2. redeploy',
        );
      });

      it('refuses control characters in query strings and path parameters', async () => {
        const query = await call(
          request(app)
            .get('/surveys/prompt?platformRef=system:default/logging%00')
            .set('Authorization', GUEST),
        );
        expect(query.status).toBe(400);
        expect(query.body.error.message).toBe(
          'query.platformRef contains a control character (U+0000) at position 23; remove it',
        );

        const path = await call(
          request(app)
            .get(`${DEPLOY}/roadmap/items/faster%00rollbacks`)
            .set('Authorization', GUEST),
        );
        expect(path.status).toBe(400);
        expect(path.body.error.message).toBe(
          'path parameter itemId contains a control character (U+0000) at position 7; remove it',
        );

        const exception = await call(
          request(app)
            .get(
              '/deprecations/resource/default/docker-runtime/exceptions/%01/audit',
            )
            .set('Authorization', GUEST),
        );
        expect(exception.status).toBe(400);
        expect(exception.body.error.message).toBe(
          'path parameter exceptionId contains a control character (U+0001) at position 1; remove it',
        );
      });
    });

    describe('answers 413 for a body over 2 MB, naming the limit of the route', () => {
      it('speaks of metric points only for POST /metrics', async () => {
        const big = JSON.stringify({
          mix: { cost: 'x'.repeat(2.5 * 1024 * 1024) },
        });
        const response = await call(
          request(app)
            .put(`${DEPLOY}/roadmap/investment-mix`)
            .set('Authorization', DEPLOY_OWNER)
            .set('Content-Type', 'application/json')
            .send(big),
        );
        expect(response.status).toBe(413);
        expect(response.body.error.message).toBe(
          'The request body is 2.5 MB, over the limit of 2 MB; send a smaller body',
        );
      });
    });
  });
});
