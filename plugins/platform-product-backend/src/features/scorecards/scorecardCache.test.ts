import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp, TEST_NOW } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';

jest.setTimeout(60_000);

const SCORECARD = '/platforms/system/default/deploy-platform/scorecard';
const SERVICE = mockCredentials.service.header();
const USER = mockCredentials.user.header('user:default/noah-williams');
const DAY = 24 * 3600_000;

describe('the cached scorecard', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'shows points ingested for a consumer service at once (%p)',
    async databaseId => {
      const { app } = await createTestApp({
        knex: await databases.init(databaseId),
        entities: await loadExampleCatalog(),
        scorecardTtlMs: 60_000,
      });
      const deploymentFrequency = async () => {
        const response = await request(app)
          .get(SCORECARD)
          .set('Authorization', USER);
        expect(response.status).toBe(200);
        return response.body.kpis.find(
          (kpi: { kpi: string }) => kpi.kpi === 'deploymentFrequency',
        ).value;
      };
      const ingest = async (daysAgo: number, value: number) => {
        const response = await request(app)
          .post('/metrics')
          .set('Authorization', SERVICE)
          .send({
            points: [
              {
                entityRef: 'component:default/checkout-service',
                metric: 'deployments',
                timestamp: new Date(
                  TEST_NOW.getTime() - daysAgo * DAY,
                ).toISOString(),
                value,
              },
            ],
          });
        expect(response.status).toBe(200);
      };

      expect(await deploymentFrequency()).toBeNull();
      await ingest(1, 30);
      const first = await deploymentFrequency();
      expect(first).toBeGreaterThan(0);
      await ingest(2, 30);
      expect(await deploymentFrequency()).toBeGreaterThan(first);
    },
  );
});
