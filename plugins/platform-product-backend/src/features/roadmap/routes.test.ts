import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import Router from 'express-promise-router';
import request from 'supertest';
import { stringify } from 'yaml';
import { userInfoFromCatalog } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { permissionsFromCatalog } from '../../__testUtils__/permissionsFromCatalog';
import { expectValidResponse } from '../../__testUtils__/validateResponse';
import { RoadmapStore } from './RoadmapStore';
import {
  contractErrorWording,
  createRequestContext,
  jsonBodyParser,
} from '../../core/http';
import { createOpenApiRouter } from '../../schema/openapi.generated';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { KeyResultLookup } from '../../ports';
import { PlatformCatalog } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { createRoadmapServices } from './createRoadmapServices';
import { registerRoadmapRoutes } from './routes';

jest.setTimeout(60_000);

const DEPLOY = 'system:default/deploy-platform';
const LOGGING = 'system:default/logging-platform';
const BOARD = '/platforms/system/default/deploy-platform/roadmap';
const LOGGING_BOARD = '/platforms/system/default/logging-platform/roadmap';
const OWNER = mockCredentials.user.header('user:default/noah-williams');
const LOGGING_OWNER = mockCredentials.user.header('user:default/sara-nilsson');
const OTHER = mockCredentials.user.header('user:default/priya-raman');
const SERVICE = mockCredentials.service.header();
const T0 = Date.parse('2026-11-25T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

/** A key result lookup that knows one key result of the Deployment Platform. */
const keyResults: KeyResultLookup = {
  async find(platformRef, keyResultId) {
    return platformRef === DEPLOY && keyResultId === 'deploy-kr-lead-time'
      ? { id: keyResultId, objectiveId: 'deploy-velocity', title: 'Lead time' }
      : undefined;
  },
  async movementSince(_platformRef, keyResultId, since) {
    return {
      keyResultId,
      title: 'Lead time',
      since: since.toISOString(),
      valueAtSince: 40,
      valueNow: 25,
      lastPointAt: new Date(T0 + 60 * DAY).toISOString(),
    };
  },
};

const item = (overrides: Record<string, unknown> = {}) => ({
  horizon: 'next',
  title: 'Faster rollbacks',
  problem: 'Rolling back a bad deploy takes 20 minutes of manual steps',
  hypothesis:
    'We believe one-step rollback will cut recovery time, measured by MTTR',
  confidence: 'medium',
  status: 'committed',
  personas: ['persona:default/sre-oncall'],
  category: 'reliability',
  keyResultId: null,
  ...overrides,
});

const roadmapFile = (items: Array<Record<string, unknown>>, mix?: object) =>
  stringify({
    apiVersion: 'platform-product.dev/v1alpha1',
    kind: 'Roadmap',
    spec: { ...(mix ? { investmentMix: mix } : {}), items },
  });

const fileItem = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  horizon: 'now',
  title: `Item ${id}`,
  problem: `Problem of ${id}`,
  hypothesis: `We believe ${id} will help, measured by adoption`,
  confidence: 'high',
  status: 'committed',
  personas: ['feature-engineer'],
  category: 'new-capability',
  ...overrides,
});

describe('roadmap routes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let baseEntities: Entity[];
  beforeAll(async () => {
    baseEntities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let now: number;
    let dir: string;
    let audience: { notify: jest.Mock };
    let notifications: { send: jest.Mock };
    let services: ReturnType<typeof createRoadmapServices>;

    beforeEach(async () => {
      now = T0;
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-'));
      // Both platforms keep a roadmap file next to their catalog file.
      const entities = baseEntities.map(entity => {
        const ref = stringifyEntityRef(entity);
        if (ref !== DEPLOY && ref !== LOGGING) return entity;
        const name = entity.metadata.name;
        return {
          ...entity,
          metadata: {
            ...entity.metadata,
            annotations: {
              ...entity.metadata.annotations,
              'backstage.io/managed-by-location': `file:${dir}/${name}.yaml`,
              'platform-product.dev/roadmap': `./${name}-roadmap.yaml`,
            },
          },
        };
      });
      const knex = await databases.init(databaseId);
      const store = await RoadmapStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const catalog = catalogServiceMock({ entities });
      const auth = mockServices.auth();
      const logger = mockServices.logger.mock();
      const platformCatalog = new PlatformCatalog(catalog);
      const entityPermissions = new EntityPermissions(
        permissionsFromCatalog(entities, userInfoFromCatalog(entities)),
      );
      audience = { notify: jest.fn(async () => {}) };
      notifications = { send: jest.fn(async () => {}) };
      services = createRoadmapServices({
        store,
        platformCatalog,
        graphs: new PlatformGraphProvider({
          catalog,
          auth,
          logger,
          ttlMs: 60_000,
          adoptionTtlMs: 60_000,
        }),
        entityPermissions,
        keyResults,
        audience,
        evidence: {
          summariesOf: async () => new Map(),
          itemShipped: async () => {},
        },
        catalog,
        auth,
        urlReader: mockServices.urlReader.mock(),
        notifications,
        logger,
        now: () => new Date(now),
      });
      const router = createOpenApiRouter();
      registerRoadmapRoutes(router, {
        http: createRequestContext({
          httpAuth: mockServices.httpAuth(),
          auth,
          platformCatalog,
          now: () => new Date(now),
        }),
        entityPermissions,
        ...services,
      });
      app = express()
        .use(
          Router()
            .use(jsonBodyParser())
            .use(router)
            .use(contractErrorWording()),
        )
        .use(mockErrorHandler());
    });

    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    /** Sends a request and checks the answer against the contract. */
    async function call(
      method: 'get' | 'post' | 'patch' | 'put',
      url: string,
      body?: object,
      auth = OWNER,
      headers: Record<string, string> = {},
    ) {
      let req = request(app)[method](url).set('Authorization', auth);
      for (const [name, value] of Object.entries(headers)) {
        req = req.set(name, value);
      }
      const response = await (body ? req.send(body) : req);
      expectValidResponse(response);
      return response;
    }

    const create = async (overrides: Record<string, unknown> = {}) => {
      const response = await call('post', `${BOARD}/items`, item(overrides));
      expect(response.status).toBe(201);
      return response.body;
    };
    const titles = async (horizon: string, board = BOARD) =>
      (await call('get', board)).body.horizons[horizon].map(
        (i: { title: string }) => i.title,
      );
    const writeFile = (name: string, text: string) =>
      fs.writeFileSync(path.join(dir, `${name}-roadmap.yaml`), text);

    it('keeps a stable order through creates, moves and reorders, writing only the moved row', async () => {
      const a = await create({ title: 'A' });
      const b = await create({ title: 'B' });
      const c = await create({ title: 'C' });
      await create({ title: 'D', position: 0 });
      expect(await titles('next')).toEqual(['D', 'A', 'B', 'C']);

      const moved = await call('post', `${BOARD}/items/${c.id}/move`, {
        version: 1,
        horizon: 'next',
        position: 1,
      });
      expect(moved.status).toBe(200);
      expect(moved.headers.etag).toBe('"2"');
      expect(await titles('next')).toEqual(['D', 'C', 'A', 'B']);

      await call('post', `${BOARD}/items/${a.id}/move`, {
        version: 1,
        horizon: 'now',
      });
      expect(await titles('now')).toEqual(['A']);
      expect(await titles('next')).toEqual(['D', 'C', 'B']);
      // Reordering touched the moved items only.
      const board = (await call('get', BOARD)).body;
      const versions = Object.fromEntries(
        [...board.horizons.now, ...board.horizons.next].map(
          (i: { title: string; version: number }) => [i.title, i.version],
        ),
      );
      expect(versions).toEqual({ A: 2, B: 1, C: 2, D: 1 });
      expect(b.version).toBe(1);
    });

    it('refuses a stale version with a 409 that says what changed, by whom and when', async () => {
      const created = await create();
      now = T0 + 60_000;
      const first = await call(
        'patch',
        `${BOARD}/items/${created.id}`,
        { title: 'One-step rollback' },
        OWNER,
        { 'If-Match': '"1"' },
      );
      expect(first.status).toBe(200);
      expect(first.body.version).toBe(2);

      const stale = await call('patch', `${BOARD}/items/${created.id}`, {
        version: 1,
        confidence: 'high',
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toMatch(
        /^Roadmap item "One-step rollback" was changed by someone else since you read it \(you sent version 1, it is now at version 2\): title \(edit\) by user:default\/noah-williams at 2026-11-25T10:01:00\.000Z; reload it and apply your change again/,
      );
      const staleMove = await call(
        'post',
        `${BOARD}/items/${created.id}/move`,
        { version: 1, horizon: 'now' },
      );
      expect(staleMove.status).toBe(409);
      const current = await call('get', `${BOARD}/items/${created.id}`);
      expect(current.headers.etag).toBe('"2"');
      expect(current.body).toMatchObject({
        confidence: 'medium',
        horizon: 'next',
      });

      const missing = await call('patch', `${BOARD}/items/${created.id}`, {
        title: 'x',
      });
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toMatch(/^If-Match is required/);
    });

    it('keeps every change in the item history', async () => {
      const created = await create();
      now = T0 + 1000;
      await call('patch', `${BOARD}/items/${created.id}`, {
        version: 1,
        title: 'One-step rollback',
        confidence: 'high',
      });
      await call('post', `${BOARD}/items/${created.id}/move`, {
        version: 2,
        horizon: 'now',
      });
      await call('patch', `${BOARD}/items/${created.id}`, {
        version: 3,
        status: 'dropped',
      });
      const history = await call(
        'get',
        `${BOARD}/items/${created.id}/history`,
        undefined,
        OTHER,
      );
      expect(history.status).toBe(200);
      expect(
        history.body.entries.map(
          (e: {
            action: string;
            field: string;
            from: unknown;
            to: unknown;
          }) => [
            e.action,
            e.field,
            e.from,
            e.action === 'create' ? 'created' : e.to,
          ],
        ),
      ).toEqual([
        ['create', null, null, 'created'],
        ['edit', 'title', 'Faster rollbacks', 'One-step rollback'],
        ['edit', 'confidence', 'medium', 'high'],
        ['move', 'horizon', 'next', 'now'],
        ['drop', 'status', 'committed', 'dropped'],
      ]);
      expect(history.body.entries[1]).toMatchObject({
        actor: 'user:default/noah-williams',
        at: '2026-11-25T10:00:01.000Z',
      });
      const board = (await call('get', BOARD)).body;
      expect(board.horizons.now).toEqual([]);
      expect(board.dropped.map((i: { title: string }) => i.title)).toEqual([
        'One-step rollback',
      ]);
    });

    it('lets only the platform owners write, and everyone read', async () => {
      const created = await create();
      for (const auth of [OTHER, LOGGING_OWNER]) {
        const denied = await call('post', `${BOARD}/items`, item(), auth);
        expect(denied.status).toBe(403);
        expect(denied.body.error.message).toContain(
          `Only the owners of ${DEPLOY} may edit its roadmap`,
        );
        for (const [method, url, body] of [
          ['patch', `${BOARD}/items/${created.id}`, { version: 1, title: 'x' }],
          [
            'post',
            `${BOARD}/items/${created.id}/move`,
            { version: 1, horizon: 'now' },
          ],
          [
            'post',
            `${BOARD}/items/${created.id}/review`,
            { version: 1, outcome: 'held' },
          ],
          ['put', `${BOARD}/investment-mix`, { mix: { cost: 100 } }],
          ['post', `${BOARD}/import`, {}],
        ] as const) {
          expect((await call(method, url, body, auth)).status).toBe(403);
        }
        expect((await call('get', BOARD, undefined, auth)).status).toBe(200);
      }
      expect(
        (await call('post', `${BOARD}/items`, item(), SERVICE)).status,
      ).toBe(403);
      expect(
        (await call('get', `${BOARD}/items/${created.id}`)).body.version,
      ).toBe(1);
    });

    it('names the field of bad input and stores nothing', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [
          { horizon: 'soon' },
          'horizon must be one of now, next, later — got "soon"',
        ],
        [
          { status: 'done' },
          'status must be one of exploring, committed, shipped, dropped — got "done"',
        ],
        [
          { category: 'features' },
          'category must be one of new-capability, reliability, cost, developer-experience, unplanned — got "features"',
        ],
        [
          { confidence: 'sure' },
          'confidence must be one of low, medium, high — got "sure"',
        ],
        [{ title: ' ' }, 'title must not be empty; describe the title'],
        [
          { personas: ['persona:default/astronaut'] },
          'personas "persona:default/astronaut" is not a Persona in the catalog; use one of persona:default/data-engineer, persona:default/feature-engineer, persona:default/frontend-engineer, persona:default/sre-oncall, persona:default/support-engineer',
        ],
        [
          {
            personas: Array.from(
              { length: 1000 },
              (_, i) => `persona:default/nobody-${i}`,
            ),
          },
          'personas "persona:default/nobody-0", "persona:default/nobody-1", "persona:default/nobody-2", "persona:default/nobody-3", "persona:default/nobody-4" and 995 more are not Personas in the catalog; use one of persona:default/data-engineer, persona:default/feature-engineer, persona:default/frontend-engineer, persona:default/sre-oncall, persona:default/support-engineer',
        ],
        [
          { horizon: 'h'.repeat(1_000_000) },
          `horizon must be one of now, next, later — got "${'h'.repeat(
            60,
          )}…" (1000000 characters)`,
        ],
        [
          { title: '🚀'.repeat(201) },
          'title must be at most 200 characters — got 201',
        ],
        [
          { keyResultId: 'x' },
          `keyResultId "x" is not a key result of system:default/deploy-platform; link one of the platform's key results, or null for none`,
        ],
      ];
      for (const [overrides, message] of cases) {
        const response = await call('post', `${BOARD}/items`, item(overrides));
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(message);
      }
      const board = (await call('get', BOARD)).body;
      expect([
        ...board.horizons.now,
        ...board.horizons.next,
        ...board.horizons.later,
      ]).toEqual([]);
      expect(
        (
          await call('put', `${BOARD}/investment-mix`, {
            mix: { 'new-capability': 70, reliability: 20 },
          })
        ).body.error.message,
      ).toBe(
        'investmentMix must sum to 100 — got 90; e.g. new-capability: 70, reliability: 20, cost: 10',
      );
    });

    it('counts characters as people do: a title of 200 emoji fits', async () => {
      const response = await call(
        'post',
        `${BOARD}/items`,
        item({ title: '🚀'.repeat(200) }),
      );
      expect(response.status).toBe(201);
    });

    it('refuses a version beyond any version, even on create where it is ignored', async () => {
      const response = await call(
        'post',
        `${BOARD}/items`,
        item({ version: 1.7e308 }),
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        'version must be at most 9007199254740991 — got 1.7e+308',
      );
    });

    it('refuses a negative version with a 400, never a 409', async () => {
      const created = (await call('post', `${BOARD}/items`, item())).body;
      for (const [method, url, body] of [
        ['patch', `${BOARD}/items/${created.id}`, { title: 'X', version: -1 }],
        [
          'post',
          `${BOARD}/items/${created.id}/move`,
          { horizon: 'now', version: -1 },
        ],
      ] as const) {
        const response = await call(method, url, body);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(
          'version must be the whole number of the version of the roadmap item you read (0 or more) — got -1',
        );
      }
      expect(
        (await call('get', `${BOARD}/items/${created.id}`)).body.version,
      ).toBe(1);
    });

    it('links key results and compares the intended with the actual mix of Now items', async () => {
      const linked = await create({
        horizon: 'now',
        keyResultId: 'deploy-kr-lead-time',
        category: 'new-capability',
      });
      expect(linked.keyResult).toEqual({
        id: 'deploy-kr-lead-time',
        found: true,
        objectiveId: 'deploy-velocity',
        title: 'Lead time',
      });
      await create({ horizon: 'now', category: 'reliability' });
      const board = (
        await call('put', `${BOARD}/investment-mix`, {
          mix: { 'new-capability': 70, reliability: 20, cost: 10 },
        })
      ).body;
      expect(board.investmentMix).toEqual({
        intended: { 'new-capability': 70, reliability: 20, cost: 10 },
        source: 'ui',
        rows: [
          { category: 'new-capability', intended: 70, actual: 50, nowItems: 1 },
          { category: 'reliability', intended: 20, actual: 50, nowItems: 1 },
          { category: 'cost', intended: 10, actual: 0, nowItems: 0 },
        ],
      });
    });

    it('tells the audience when an item moves to Now or ships', async () => {
      const created = await create();
      await call('patch', `${BOARD}/items/${created.id}`, {
        version: 1,
        title: 'One-step rollback',
      });
      expect(audience.notify).not.toHaveBeenCalled();
      await call('post', `${BOARD}/items/${created.id}/move`, {
        version: 2,
        horizon: 'now',
      });
      await call('patch', `${BOARD}/items/${created.id}`, {
        version: 3,
        status: 'shipped',
      });
      expect(audience.notify.mock.calls).toEqual([
        [
          DEPLOY,
          expect.objectContaining({
            title: 'Now on Deployment Platform: One-step rollback',
            link: '/catalog/default/system/deploy-platform/platform?section=roadmap',
          }),
        ],
        [
          DEPLOY,
          expect.objectContaining({
            title: 'Shipped on Deployment Platform: One-step rollback',
          }),
        ],
      ]);
    });

    it('reminds the owners once per shipped item when the outcome review is due, and records it', async () => {
      const created = await create({ keyResultId: 'deploy-kr-lead-time' });
      const shipped = await call('patch', `${BOARD}/items/${created.id}`, {
        version: 1,
        status: 'shipped',
      });
      expect(shipped.body.review).toMatchObject({
        dueAt: new Date(T0 + 56 * DAY).toISOString(),
        overdue: false,
        outcome: null,
      });
      now = T0 + 55 * DAY;
      expect(await services.roadmapReviews.remindDue()).toBe(0);
      now = T0 + 57 * DAY;
      expect(await services.roadmapReviews.remindDue()).toBe(1);
      expect(await services.roadmapReviews.remindDue()).toBe(0);
      now = T0 + 60 * DAY;
      expect(await services.roadmapReviews.remindDue()).toBe(0);
      expect(notifications.send).toHaveBeenCalledTimes(1);
      expect(notifications.send).toHaveBeenCalledWith({
        recipients: {
          type: 'entity',
          entityRef: ['group:default/team-delivery-platform'],
        },
        payload: expect.objectContaining({
          title: 'Outcome review due: Faster rollbacks',
        }),
      });
      const board = (await call('get', BOARD)).body;
      expect(board.horizons.next[0].review).toMatchObject({
        overdue: true,
        movement: { valueAtSince: 40, valueNow: 25 },
      });

      const wrong = await call('post', `${BOARD}/items/${created.id}/review`, {
        version: 2,
        outcome: 'maybe',
      });
      expect(wrong.body.error.message).toBe(
        'outcome must be one of held, partly, did-not-hold — got "maybe"',
      );
      const reviewed = await call(
        'post',
        `${BOARD}/items/${created.id}/review`,
        { version: 2, outcome: 'held', notes: 'MTTR down from 40 to 25 min' },
      );
      expect(reviewed.status).toBe(200);
      expect(reviewed.body.review).toMatchObject({
        overdue: false,
        outcome: 'held',
        notes: 'MTTR down from 40 to 25 min',
        reviewedBy: 'user:default/noah-williams',
      });
    });

    it('reminds again on a later run when sending failed', async () => {
      const created = await create();
      await call('patch', `${BOARD}/items/${created.id}`, {
        version: 1,
        status: 'shipped',
      });
      now = T0 + 57 * DAY;
      notifications.send.mockRejectedValueOnce(new Error('mail down'));
      expect(await services.roadmapReviews.remindDue()).toBe(0);
      expect(await services.roadmapReviews.remindDue()).toBe(1);
    });

    it('imports a roadmap file, keeps its items read-only, and exports the same board', async () => {
      const ui = await create({ title: 'Portal item', horizon: 'later' });
      writeFile(
        'deploy-platform',
        roadmapFile(
          [
            fileItem('canary-analysis'),
            fileItem('faster-rollbacks', {
              horizon: 'next',
              keyResult: 'deploy-kr-lead-time',
            }),
            fileItem('preview-environments'),
            fileItem('unknown-kr', { horizon: 'later', keyResult: 'nope' }),
          ],
          { 'new-capability': 60, reliability: 30, cost: 10 },
        ),
      );
      const imported = await call('post', `${BOARD}/import`);
      expect(imported.status).toBe(200);
      expect(imported.body).toMatchObject({
        status: 'ok',
        error: null,
        warnings: [
          "spec.items[3].keyResult 'nope' is not a key result of system:default/deploy-platform; the item is imported and its link shows as unknown until the key result exists",
        ],
      });
      expect(await titles('now')).toEqual([
        'Item canary-analysis',
        'Item preview-environments',
      ]);
      expect(await titles('later')).toEqual(
        expect.arrayContaining(['Portal item', 'Item unknown-kr']),
      );
      const board = (await call('get', BOARD)).body;
      expect(board.investmentMix.source).toBe('file');
      const fileManaged = board.horizons.now[0];
      expect(fileManaged).toMatchObject({
        source: 'file',
        fileId: 'canary-analysis',
      });
      const refused = await call('patch', `${BOARD}/items/${fileManaged.id}`, {
        version: fileManaged.version,
        title: 'x',
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(
        `Roadmap item "Item canary-analysis" is managed in file:${dir}/deploy-platform-roadmap.yaml (id 'canary-analysis'); edit it there — the next import would overwrite a change made here`,
      );
      expect(
        (
          await call('put', `${BOARD}/investment-mix`, {
            mix: { cost: 100 },
          })
        ).status,
      ).toBe(409);

      // Round trip: the export, imported by another platform, gives the same board.
      const exported = await request(app)
        .get(`${BOARD}.yaml`)
        .set('Authorization', OTHER);
      expect(exported.status).toBe(200);
      expect(exported.headers['content-type']).toMatch(/^text\/yaml/);
      writeFile('logging-platform', exported.text);
      expect(
        (await call('post', `${LOGGING_BOARD}/import`, {}, LOGGING_OWNER)).body
          .status,
      ).toBe('ok');
      const project = (b: any) =>
        Object.fromEntries(
          ['now', 'next', 'later'].map(h => [
            h,
            b.horizons[h].map((i: any) => ({
              fileId: i.fileId ?? i.id,
              title: i.title,
              problem: i.problem,
              hypothesis: i.hypothesis,
              confidence: i.confidence,
              status: i.status,
              personas: i.personas,
              category: i.category,
              keyResultId: i.keyResultId,
            })),
          ]),
        );
      const logging = (await call('get', LOGGING_BOARD)).body;
      expect(project(logging)).toEqual(project(board));
      expect(logging.investmentMix.intended).toEqual(
        board.investmentMix.intended,
      );
      expect(ui.source).toBe('ui');
    });

    it('imports nothing from a file with an error, keeps the error for the owners, and removes items the file drops', async () => {
      writeFile(
        'deploy-platform',
        roadmapFile([fileItem('a'), fileItem('b', { horizon: 'next' })]),
      );
      await call('post', `${BOARD}/import`);
      const before = (await call('get', BOARD)).body;

      writeFile(
        'deploy-platform',
        roadmapFile([
          fileItem('a', { title: 'Renamed' }),
          fileItem('b'),
          fileItem('c', { horizon: 'soon' }),
        ]),
      );
      now = T0 + 1000;
      const failed = await call('post', `${BOARD}/import`);
      expect(failed.body).toMatchObject({
        status: 'failed',
        error:
          "spec.items[2].horizon must be one of now, next, later — got 'soon'",
      });
      const after = (await call('get', BOARD)).body;
      expect(after.horizons).toEqual(before.horizons);
      expect(after.import).toMatchObject({
        status: 'failed',
        at: '2026-11-25T10:00:01.000Z',
      });

      writeFile('deploy-platform', roadmapFile([fileItem('a')]));
      expect((await call('post', `${BOARD}/import`)).body.status).toBe('ok');
      expect(await titles('next')).toEqual([]);
      const removed = before.horizons.next[0];
      const history = await call('get', `${BOARD}/items/${removed.id}/history`);
      expect(
        history.body.entries.map((e: { action: string }) => e.action),
      ).toEqual(['import', 'remove']);

      writeFile('deploy-platform', 'spec: [');
      expect((await call('post', `${BOARD}/import`)).body.error).toMatch(
        /^the file is not valid YAML/,
      );
    });

    it('imports every annotated platform on schedule', async () => {
      writeFile('deploy-platform', roadmapFile([fileItem('a')]));
      writeFile(
        'logging-platform',
        roadmapFile([fileItem('b', { horizon: 'later' })]),
      );
      await services.roadmapImporter.importAll();
      expect(await titles('now')).toEqual(['Item a']);
      expect(await titles('later', LOGGING_BOARD)).toEqual(['Item b']);
    });

    it("shows a service each relied-on platform's Now items for its owners' personas", async () => {
      await call(
        'post',
        `${LOGGING_BOARD}/items`,
        item({
          title: 'Structured log search',
          horizon: 'now',
          personas: ['feature-engineer'],
        }),
        LOGGING_OWNER,
      );
      await call(
        'post',
        `${LOGGING_BOARD}/items`,
        item({
          title: 'Lakehouse export',
          horizon: 'now',
          personas: ['data-engineer'],
        }),
        LOGGING_OWNER,
      );
      await call(
        'post',
        `${LOGGING_BOARD}/items`,
        item({
          title: 'Later thing',
          horizon: 'later',
          personas: ['feature-engineer'],
        }),
        LOGGING_OWNER,
      );
      const response = await call(
        'get',
        '/entities/component/default/checkout-service/roadmap',
        undefined,
        OTHER,
      );
      expect(response.body).toEqual({
        entityRef: 'component:default/checkout-service',
        personas: [
          'persona:default/feature-engineer',
          'persona:default/sre-oncall',
        ],
        platforms: [
          {
            platformRef: LOGGING,
            title: 'Logging Platform',
            items: [
              expect.objectContaining({ title: 'Structured log search' }),
            ],
          },
        ],
      });
      expect(
        (await call('get', '/entities/component/default/nope/roadmap')).status,
      ).toBe(404);
    });

    it('filters the cross-platform roadmap', async () => {
      await create({ title: 'Deploy item', category: 'reliability' });
      await call(
        'post',
        `${LOGGING_BOARD}/items`,
        item({
          title: 'Logging item',
          horizon: 'now',
          category: 'cost',
          personas: ['data-engineer'],
        }),
        LOGGING_OWNER,
      );
      const all = await call('get', '/roadmap', undefined, OTHER);
      expect(all.body.items.map((i: { title: string }) => i.title)).toEqual([
        'Logging item',
        'Deploy item',
      ]);
      expect(all.body.platformTitles[DEPLOY]).toBe('Deployment Platform');
      const titlesOf = async (query: string) =>
        (await call('get', `/roadmap?${query}`)).body.items.map(
          (i: { title: string }) => i.title,
        );
      expect(await titlesOf(`platform=${encodeURIComponent(DEPLOY)}`)).toEqual([
        'Deploy item',
      ]);
      expect(await titlesOf('persona=data-engineer')).toEqual(['Logging item']);
      expect(await titlesOf('category=reliability')).toEqual(['Deploy item']);
      expect(await titlesOf('status=dropped')).toEqual([]);
    });

    it('refuses an unknown status or category in the query, naming the allowed values', async () => {
      const status = await call('get', '/roadmap?status=bogus');
      expect(status.status).toBe(400);
      expect(status.body.error.message).toBe(
        'query.status must be equal to one of the allowed values: exploring, committed, shipped, dropped — got "bogus"',
      );
      const category = await call('get', '/roadmap?category=features');
      expect(category.status).toBe(400);
      expect(category.body.error.message).toBe(
        'query.category must be equal to one of the allowed values: new-capability, reliability, cost, developer-experience, unplanned — got "features"',
      );
    });
  });
});
