import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import express from 'express';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestApp, TEST_NOW } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { expectValidResponse } from '../../__testUtils__/validateResponse';

jest.setTimeout(120_000);

const DEPLOY = 'system:default/deploy-platform';
const LOGGING = 'system:default/logging-platform';
const DEPLOY_PATH = '/platforms/system/default/deploy-platform';
const OWNER = mockCredentials.user.header('user:default/noah-williams');
const GUEST = mockCredentials.user.header('user:default/guest');
const VP = mockCredentials.user.header('user:default/morgan-reyes');
const SERVICE = mockCredentials.service.header();
const DATA = 'group:default/org-data-insights';
const ML = 'group:default/org-machine-learning';
const DAY = 24 * 60 * 60_000;

describe('the portfolio', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let knex: Knex;
    let services: Awaited<ReturnType<typeof createTestApp>>['services'];
    let now = TEST_NOW;
    let importedFirst: unknown;

    async function call(test: request.Test): Promise<request.Response> {
      const response = await test;
      expectValidResponse(response);
      return response;
    }
    const get = (path: string, auth = VP) =>
      call(request(app).get(path).set('Authorization', auth));
    const importHistory = (body: object | string, auth = OWNER) => {
      const test = request(app)
        .post(`${DEPLOY_PATH}/adoption/history`)
        .set('Authorization', auth);
      return call(
        typeof body === 'string'
          ? test.set('Content-Type', 'text/csv').send(body)
          : test.send(body),
      );
    };

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      const testApp = await createTestApp({
        knex,
        entities,
        now: () => now,
      });
      // The catalog hides the Logging Platform from the guest, as a permission policy could.
      const getEntitiesByRefs = testApp.catalog.getEntitiesByRefs.bind(
        testApp.catalog,
      );
      jest
        .spyOn(testApp.catalog, 'getEntitiesByRefs')
        .mockImplementation(async (req, options) => {
          const response = await getEntitiesByRefs(req, options);
          const principal = (options as { credentials?: BackstageCredentials })
            ?.credentials?.principal as { userEntityRef?: string } | undefined;
          return principal?.userEntityRef === 'user:default/guest'
            ? {
                items: response.items.map(entity =>
                  entity?.metadata.name === 'logging-platform'
                    ? undefined
                    : entity,
                ),
              }
            : response;
        });
      ({ app, services } = testApp);
      // A spreadsheet's history of the Deployment Platform, then a live snapshot on 2026-03-05
      // (the daily adoption snapshot) and portfolio snapshots on 2026-03-08 and today.
      const imported = await importHistory(
        [
          'day,adopting_teams,audience_teams,org',
          '2025-12-01,5,20,',
          '2026-01-15,9,20,',
          '2026-01-15,1,5,org-data-insights',
          '2026-02-01,12,21,',
        ].join('\n'),
      );
      importedFirst = imported.body;
      now = new Date(TEST_NOW.getTime() - 5 * DAY);
      await services.snapshots.refresh(
        (await services.platformCatalog.getPlatform(
          DEPLOY,
          mockCredentials.service(),
        ))!,
      );
      now = new Date(TEST_NOW.getTime() - 2 * DAY);
      await services.portfolioSnapshots.snapshotAll();
      now = TEST_NOW;
      await services.portfolioSnapshots.snapshotAll();
    });

    describe('GET /portfolio', () => {
      it('lists every platform with its figures of today, each from the graph', async () => {
        const response = await get('/portfolio');
        expect(response.status).toBe(200);
        const { body } = response;
        expect(body.asOf).toBe('2026-03-10');
        expect(body.earliestDay).toBe('2025-12-01');
        expect(body.rows.map((r: any) => r.title)).toEqual(
          [...body.rows.map((r: any) => r.title)].sort(),
        );
        const deploy = body.rows.find((r: any) => r.platformRef === DEPLOY);
        const adoption = await get(`${DEPLOY_PATH}/adoption`);
        expect(deploy).toMatchObject({
          snapshotDay: '2026-03-10',
          source: 'live',
          adoption: {
            adopting: adoption.body.teams.adopting,
            audience: adoption.body.teams.audience,
            ratio: adoption.body.teams.ratio,
            stage: adoption.body.teams.stage,
          },
          services: {
            adopting: adoption.body.services.adopting,
            total: adoption.body.services.total,
          },
          capacityUnlockedHoursPerMonth: 12 * adoption.body.teams.adopting,
          deprecationDebt: expect.objectContaining({ deprecations: 1 }),
        });
        // Against the imported 12 of 21 on 2026-02-01 (the latest on or before 30 days back)
        // and 5 of 20 on 2025-12-01 (90 days back is 2025-12-10).
        expect(deploy.adoption.change30).toBeCloseTo(
          adoption.body.teams.ratio - 12 / 21,
        );
        expect(deploy.adoption.change90).toBeCloseTo(
          adoption.body.teams.ratio - 5 / 20,
        );
        expect(
          deploy.adoption.sparkline.map((p: any) => [p.day, p.source]),
        ).toEqual([
          ['2026-01-15', 'imported'],
          ['2026-02-01', 'imported'],
          ['2026-03-05', 'live'],
        ]);
        expect(body.totals.platforms).toBe(body.rows.length);
        expect(body.totals.capacityUnlockedHoursPerMonth).toBe(
          body.rows.reduce(
            (sum: number, r: any) =>
              sum + (r.capacityUnlockedHoursPerMonth ?? 0),
            0,
          ),
        );
        expect(body.totals.teams.audience).toBe(21);
      });

      it('rolls adoption up the group hierarchy: an org counts the teams of its sub-orgs', async () => {
        const { body } = await get('/portfolio');
        const data = body.heatMap.rows.find((r: any) => r.groupRef === DATA);
        const ml = body.heatMap.rows.find((r: any) => r.groupRef === ML);
        expect(ml.parentRef).toBe(DATA);
        const refs = body.heatMap.rows.map((r: any) => r.groupRef);
        expect(refs.indexOf(ML)).toBe(refs.indexOf(DATA) + 1);
        // Data & Insights: three teams of its own and the two of Machine Learning.
        expect(data.cells[DEPLOY].audience).toBe(5);
        expect(ml.cells[DEPLOY].audience).toBe(2);
        const children = await get(
          '/portfolio/groups/group/default/org-data-insights/children',
        );
        expect(children.status).toBe(200);
        const rows = children.body.rows;
        expect(rows.map((r: any) => r.groupRef).sort()).toEqual([
          'group:default/org-machine-learning',
          'group:default/team-analytics',
          'group:default/team-data-engineering',
          'group:default/team-finance-reporting',
        ]);
        const sum = (key: 'adopting' | 'audience') =>
          rows.reduce(
            (total: number, r: any) => total + r.cells[DEPLOY][key],
            0,
          );
        expect(sum('audience')).toBe(data.cells[DEPLOY].audience);
        expect(sum('adopting')).toBe(data.cells[DEPLOY].adopting);
        const team = rows.find((r: any) => r.type === 'team');
        expect(team.cells[DEPLOY].audience).toBe(1);
      });

      it('sorts by a column either way, "no data" last', async () => {
        const desc = (await get('/portfolio?sort=adoption&order=desc')).body;
        const ratios = desc.rows.map((r: any) => r.adoption.ratio);
        expect(ratios).toEqual(
          [...ratios].sort((a: number, b: number) => b - a),
        );
        expect(desc.query).toMatchObject({ sort: 'adoption', order: 'desc' });
        const byNps = (await get('/portfolio?sort=nps')).body.rows;
        expect(byNps.every((r: any) => r.nps === null)).toBe(true);
      });

      it('filters by category, owner and org; under an org, adoption is that org’s teams’', async () => {
        const all = (await get('/portfolio')).body;
        const category = all.rows[0].category;
        const byCategory = (
          await get(`/portfolio?category=${encodeURIComponent(category)}`)
        ).body;
        expect(byCategory.rows.every((r: any) => r.category === category)).toBe(
          true,
        );
        expect(byCategory.heatMap.platforms).toEqual(
          byCategory.rows.map((r: any) => r.platformRef),
        );
        const owner = all.rows[0].ownerRefs[0];
        const byOwner = (
          await get(
            `/portfolio?owner=${encodeURIComponent(
              owner,
            )}&owner=group:default/nobody`,
          )
        ).body;
        expect(byOwner.rows.map((r: any) => r.platformRef)).toEqual(
          all.rows
            .filter((r: any) => r.ownerRefs.includes(owner))
            .map((r: any) => r.platformRef),
        );
        const byOrg = (await get('/portfolio?org=org-data-insights')).body;
        expect(byOrg.query.org).toBe(DATA);
        expect(byOrg.heatMap.rows.map((r: any) => r.groupRef)).toEqual([
          DATA,
          ML,
        ]);
        const deploy = byOrg.rows.find((r: any) => r.platformRef === DEPLOY);
        const dataCell = all.heatMap.rows.find((r: any) => r.groupRef === DATA)
          .cells[DEPLOY];
        expect(deploy.adoption).toMatchObject({
          adopting: dataCell.adopting,
          audience: dataCell.audience,
        });
        // 30 days back (2026-02-08), the org's latest figure is its imported 1 of 5 of 2026-01-15;
        // 90 days back it has none.
        expect(deploy.adoption.change30).toBeCloseTo(dataCell.ratio - 1 / 5);
        expect(deploy.adoption.change90).toBeNull();
        expect(byOrg.totals.teams.audience).toBe(5);
      });

      it('rebuilds a past day from that day’s snapshots, each cell with its own day', async () => {
        const past = (await get('/portfolio?asOf=2026-03-08')).body;
        expect(past.asOf).toBe('2026-03-08');
        expect(
          past.rows.every((r: any) => r.snapshotDay === '2026-03-08'),
        ).toBe(true);
        const older = (await get('/portfolio?asOf=2026-02-15')).body;
        const deploy = older.rows.find((r: any) => r.platformRef === DEPLOY);
        expect(deploy).toMatchObject({
          snapshotDay: '2026-02-01',
          source: 'imported',
          adoption: { adopting: 12, audience: 21 },
          nps: null,
          services: null,
        });
        const logging = older.rows.find((r: any) => r.platformRef === LOGGING);
        expect(logging).toMatchObject({ snapshotDay: null, source: null });
        const data = older.heatMap.rows.find((r: any) => r.groupRef === DATA);
        expect(data.cells[DEPLOY]).toBeNull();
        const jan = (await get('/portfolio?asOf=2026-01-20')).body;
        const janData = jan.heatMap.rows.find((r: any) => r.groupRef === DATA);
        expect(janData.cells[DEPLOY]).toMatchObject({
          adopting: 1,
          audience: 5,
          snapshotDay: '2026-01-15',
        });
      });

      it('shows only the platforms the caller can see in the catalog', async () => {
        const guest = (await get('/portfolio', GUEST)).body;
        const refs = guest.rows.map((r: any) => r.platformRef);
        expect(refs).toContain(DEPLOY);
        expect(refs).not.toContain(LOGGING);
        expect(guest.heatMap.platforms).not.toContain(LOGGING);
        const cell = await get(
          `/portfolio/cells?platform=${LOGGING}&group=${DATA}`,
          GUEST,
        );
        expect(cell.status).toBe(404);
      });

      it.each([
        [
          'asOf=2025-11-30',
          400,
          'before the first snapshot, taken on 2025-12-01',
        ],
        ['asOf=2026-03-11', 400, 'must not be in the future'],
        ['asOf=2026-02-30', 400, 'YYYY-MM-DD'],
        ['org=group:default/org-nowhere', 404, 'group:default/org-nowhere'],
        ['org=user:default/morgan-reyes', 404, 'is not a group of the catalog'],
        ['org=group:default/', 400, 'must be an entity ref'],
        ['owner=:x', 400, 'owner[0] must be an entity ref'],
        ['sort=popularity', 400, 'sort'],
      ])(
        'refuses %s with %p naming what is wrong',
        async (query, status, words) => {
          const response = await get(`/portfolio?${query}`);
          expect([response.status, response.body.error?.message]).toEqual([
            status,
            expect.stringContaining(words),
          ]);
        },
      );
    });

    describe('GET /portfolio/cells', () => {
      it('pages the adopting and non-adopting teams behind a cell, with parent and members', async () => {
        const { body } = await get('/portfolio');
        const cell = body.heatMap.rows.find((r: any) => r.groupRef === DATA)
          .cells[DEPLOY];
        const first = await get(
          `/portfolio/cells?platform=${DEPLOY}&group=${DATA}&status=adopting&limit=1`,
        );
        expect([first.status, first.body.error?.message]).toEqual([
          200,
          undefined,
        ]);
        expect(first.body).toMatchObject({
          total: cell.adopting,
          offset: 0,
          limit: 1,
          snapshotDay: '2026-03-10',
        });
        expect(first.body.items).toHaveLength(Math.min(1, cell.adopting));
        const non = await get(
          `/portfolio/cells?platform=${DEPLOY}&group=${DATA}&status=non-adopting&limit=100`,
        );
        expect(non.body.total).toBe(cell.audience - cell.adopting);
        for (const item of [...first.body.items, ...non.body.items]) {
          expect(item.parentRef === DATA || item.parentRef === ML).toBe(true);
          expect(item.memberCount).toBeGreaterThanOrEqual(
            item.memberRefs.length,
          );
        }
        expect(
          (
            await get(
              `/portfolio/cells?platform=${DEPLOY}&group=${DATA}&limit=0`,
            )
          ).status,
        ).toBe(400);
      });
    });

    describe('GET /portfolio/export', () => {
      it('downloads exactly the view on screen as CSV and as JSON', async () => {
        const query = 'sort=adoption&order=desc&asOf=2026-03-08';
        const view = (await get(`/portfolio?${query}`)).body;
        const csv = await get(`/portfolio/export?format=csv&${query}`);
        expect(csv.status).toBe(200);
        expect(csv.headers['content-type']).toMatch(/^text\/csv/);
        expect(csv.headers['content-disposition']).toContain(
          'portfolio-2026-03-08.csv',
        );
        const lines = csv.text.trimEnd().split('\r\n');
        expect(lines[0].split(',').slice(0, 3)).toEqual([
          'as_of',
          'platform',
          'title',
        ]);
        expect(lines.slice(1).map(line => line.split(',')[1])).toEqual(
          view.rows.map((r: any) => r.platformRef),
        );
        const json = await get(`/portfolio/export?format=json&${query}`);
        expect(json.headers['content-disposition']).toContain(
          'portfolio-2026-03-08.json',
        );
        const { computedAt: _a, ...exported } = JSON.parse(json.text);
        const { computedAt: _b, ...shown } = view;
        expect(exported).toEqual(shown);
      });
    });

    describe('GET /portfolio/trends', () => {
      it('draws adoption of every platform over time, imported figures marked, with the movers', async () => {
        const { body } = await get('/portfolio/trends?days=120');
        expect(body).toMatchObject({ from: '2025-11-10', to: '2026-03-10' });
        const deploy = body.adoption.find((s: any) => s.platformRef === DEPLOY);
        expect(deploy.points.map((p: any) => [p.day, p.source])).toEqual([
          ['2025-12-01', 'imported'],
          ['2026-01-15', 'imported'],
          ['2026-02-01', 'imported'],
          ['2026-03-05', 'live'],
        ]);
        expect(body.movers.rises[0]).toMatchObject({
          platformRef: DEPLOY,
          from: 5 / 20,
        });
        expect((await get('/portfolio/trends?days=0')).status).toBe(400);
      });
    });

    describe('POST /platforms/{kind}/{namespace}/{name}/adoption/history', () => {
      it('imports a CSV of whole-audience and per-org figures', () => {
        expect(importedFirst).toEqual({
          platformRef: DEPLOY,
          stored: 3,
          skippedLive: 0,
          orgFigures: 1,
        });
      });

      const stored = async () =>
        Number(
          (await knex('adoption_imports').count({ n: '*' }).first())?.n ?? 0,
        );

      it('refuses a malformed line naming the line and field, and stores nothing', async () => {
        const before = await stored();
        const response = await importHistory(
          'day,adopting_teams,audience_teams\n2025-10-01,1,10\n2025-10-02,eleven,10\n',
        );
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(
          'Nothing was imported: line 3, adopting_teams: must be a whole number of zero or more — got "eleven"',
        );
        const json = await importHistory({
          points: [{ day: '2025-10-01', adoptingTeams: 11, audienceTeams: 10 }],
        });
        expect(json.status).toBe(400);
        expect(json.body.error.message).toContain('line 1, adoptingTeams');
        expect(await stored()).toBe(before);
      });

      it('keeps a day that has a live snapshot, and lets a service import', async () => {
        const response = await importHistory(
          {
            points: [
              { day: '2026-03-05', adoptingTeams: 1, audienceTeams: 21 },
            ],
          },
          SERVICE,
        );
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ stored: 0, skippedLive: 1 });
        const trend = await get(`${DEPLOY_PATH}/adoption?from=2026-03-01`);
        expect(
          trend.body.trend.find((p: any) => p.day === '2026-03-05'),
        ).toMatchObject({ source: 'live' });
      });

      it('is for the platform’s owners only', async () => {
        const response = await importHistory(
          {
            points: [
              { day: '2025-10-01', adoptingTeams: 1, audienceTeams: 10 },
            ],
          },
          GUEST,
        );
        expect(response.status).toBe(403);
      });
    });

    describe('GET /groups/{kind}/{namespace}/{name}/platforms', () => {
      it('shows a team its adoption beside the company’s and its services on deprecated parts', async () => {
        const response = await get(
          '/groups/group/default/team-checkout/platforms',
          GUEST,
        );
        expect(response.status).toBe(200);
        const { body } = response;
        expect(body).toMatchObject({
          groupRef: 'group:default/team-checkout',
          title: 'Checkout',
          teams: 1,
        });
        const deploy = body.platforms.find(
          (p: any) => p.platformRef === DEPLOY,
        );
        const adoption = (await get(`${DEPLOY_PATH}/adoption`)).body.teams;
        expect(deploy.company).toMatchObject({
          adopting: adoption.adopting,
          audience: adoption.audience,
        });
        expect(deploy.group).toMatchObject({ adopting: 1, audience: 1 });
        expect(body.platforms.map((p: any) => p.platformRef)).not.toContain(
          LOGGING,
        );
        expect(body.deprecatedDependencies).toContainEqual(
          expect.objectContaining({
            deprecationRef: 'resource:default/docker-runtime',
            exception: null,
          }),
        );
      });

      it('walks an org recursively', async () => {
        const { body } = await get(
          '/groups/group/default/org-data-insights/platforms',
        );
        expect(body.teams).toBe(5);
      });

      it('answers 404 for a group that does not exist', async () => {
        const response = await get('/groups/group/default/nobody/platforms');
        expect(response.status).toBe(404);
        expect(response.body.error.message).toContain('group:default/nobody');
      });
    });
  });
});
