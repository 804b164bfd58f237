import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import express from 'express';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestApp, TEST_NOW } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { expectValidResponse } from '../../__testUtils__/validateResponse';

jest.setTimeout(60_000);

const DEPLOY = 'system:default/deploy-platform';
const SERVICE = mockCredentials.service.header();
const GUEST = mockCredentials.user.header('user:default/guest');
const DAY = 24 * 60 * 60 * 1000;
const ago = (ms: number) => new Date(TEST_NOW.getTime() - ms).toISOString();

const cost = (value: number, timestamp = ago(DAY), labels?: object) => ({
  entityRef: DEPLOY,
  metric: 'cost',
  timestamp,
  value,
  ...(labels ? { labels } : {}),
});

describe('POST /metrics limits', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let knex: Knex;

    const call = async (test: request.Test) => {
      const response = await test;
      expectValidResponse(response);
      return response;
    };
    const ingest = (points: unknown[]) =>
      call(
        request(app)
          .post('/metrics')
          .set('Authorization', SERVICE)
          .send({ points }),
      );
    const countPoints = async () =>
      Number((await knex('metric_points').count({ n: '*' }))[0].n);
    const message = (response: request.Response): string =>
      response.body.error.message;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      ({ app } = await createTestApp({ knex, entities }));
    });

    it('refuses values whose sums would overflow, and the scorecard keeps "no data"', async () => {
      const response = await ingest([
        cost(1.7e308, ago(DAY)),
        cost(1.7e308, ago(2 * DAY)),
      ]);
      expect(response.status).toBe(400);
      expect(message(response)).toBe(
        'Invalid metric batch, nothing was stored: points[0].value must be at most 1e15 — got 1.7e+308; push it in a larger unit; points[1].value must be at most 1e15 — got 1.7e+308; push it in a larger unit',
      );
      expect(await countPoints()).toBe(0);

      const scorecard = await call(
        request(app)
          .get('/platforms/system/default/deploy-platform/scorecard')
          .set('Authorization', GUEST),
      );
      expect(
        scorecard.body.kpis.find((kpi: { kpi: string }) => kpi.kpi === 'cost'),
      ).toMatchObject({ value: null, status: 'no-data' });
    });

    it('takes values up to 1e15', async () => {
      expect((await ingest([cost(1e15)])).status).toBe(200);
      expect(await countPoints()).toBe(1);
    });

    it('refuses an impossible timestamp instead of moving it to another day', async () => {
      const response = await ingest([cost(1, '2026-02-30T00:00:00Z')]);
      expect(response.status).toBe(400);
      expect(message(response)).toMatch(/2026-02-30T00:00:00Z/);
      expect(await countPoints()).toBe(0);
    });

    it('limits the labels of a point: how many, and how long names and values are', async () => {
      const many = Object.fromEntries(
        Array.from({ length: 21 }, (_, i) => [`label${i}`, 'x']),
      );
      const tooMany = await ingest([cost(1, ago(DAY), many)]);
      expect(tooMany.status).toBe(400);
      expect(message(tooMany)).toBe(
        'Invalid metric batch, nothing was stored: points[0].labels must hold at most 20 labels — got 21',
      );

      const longName = await ingest([
        cost(1, ago(DAY), { ['n'.repeat(65)]: 'x' }),
      ]);
      expect(message(longName)).toBe(
        `Invalid metric batch, nothing was stored: points[0].labels has a name of 65 characters, "${'n'.repeat(
          60,
        )}…" (65 characters); names are at most 64`,
      );

      const longValue = await ingest([
        cost(1, ago(DAY), { region: 'v'.repeat(1_048_576) }),
      ]);
      expect(message(longValue)).toBe(
        'Invalid metric batch, nothing was stored: points[0].labels.region must be at most 256 characters — got 1048576',
      );
      expect(await countPoints()).toBe(0);

      const atTheLimits = Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [
          `${i}`.padStart(64, 'n'),
          '😀'.repeat(256),
        ]),
      );
      expect((await ingest([cost(1, ago(DAY), atTheLimits)])).status).toBe(200);
    });

    it('quotes at most a short prefix of what was sent', async () => {
      const huge = 'x'.repeat(1_048_576);
      const shown = `"${'x'.repeat(60)}…" (1048576 characters)`;
      const entityRef = await ingest([{ ...cost(1), entityRef: huge }]);
      expect(entityRef.status).toBe(400);
      expect(message(entityRef)).toBe(
        `Invalid metric batch, nothing was stored: points[0].entityRef must be an entity ref with a kind, such as system:default/deploy-platform — got ${shown}`,
      );
      const metric = await ingest([{ ...cost(1), metric: huge }]);
      expect(message(metric)).toBe(
        `Invalid metric batch, nothing was stored: points[0].metric must be a metric name (letters, digits, _ . : -, starting with a letter or _, at most 200 characters) — got ${shown}`,
      );
    });
  });
});
