import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import express from 'express';
import request from 'supertest';
import { createTestApp, TEST_NOW } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { expectValidResponse } from '../../__testUtils__/validateResponse';

jest.setTimeout(60_000);

const DEPLOY = 'system:default/deploy-platform';
const BASE = '/platforms/system/default/deploy-platform';
const DAY = 24 * 60 * 60_000;
const SERVICE = mockCredentials.service.header();
const OWNER_REF = 'user:default/noah-williams';
const OWNER = mockCredentials.user.header(OWNER_REF);
const GUEST_REF = 'user:default/guest';
const GUEST = mockCredentials.user.header(GUEST_REF);

const iso = (msFromNow: number) =>
  new Date(TEST_NOW.getTime() + msFromNow).toISOString();

const announcement = {
  kind: 'planned-change',
  title: 'New deployments default to containerd',
  body: '## What changes\n\nFrom the start of the window, new deployments run on **containerd**.\n\nSee [the migration guide](https://docs.acme.example/platforms/deploy/migrate-to-containerd).',
  startsAt: iso(3 * DAY),
  endsAt: iso(3 * DAY + 2 * 60 * 60_000),
};

describe('announcement routes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let send: jest.Mock;
    let clock: Date;

    const call = async (test: request.Test) => {
      const response = await test;
      expectValidResponse(response);
      return response;
    };
    const post = (body: object = announcement, auth = OWNER) =>
      call(
        request(app)
          .post(`${BASE}/announcements`)
          .set('Authorization', auth)
          .send(body),
      );
    const list = (query = '') =>
      call(
        request(app)
          .get(`${BASE}/announcements${query}`)
          .set('Authorization', GUEST),
      );
    const follow = (method: 'get' | 'put' | 'delete', auth = GUEST) =>
      call(request(app)[method](`${BASE}/follow`).set('Authorization', auth));

    beforeEach(async () => {
      const knex = await databases.init(databaseId);
      clock = TEST_NOW;
      const testApp = await createTestApp({ knex, entities, now: () => clock });
      app = testApp.app;
      send = testApp.notifications.send as jest.Mock;
    });

    it('lets owners post, shows the announcement ahead of its window and notifies the audience once each', async () => {
      expect((await follow('put')).body).toEqual({
        platformRef: DEPLOY,
        following: true,
        followers: 1,
      });
      const response = await post();
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        ...announcement,
        platformRef: DEPLOY,
        timing: 'ahead',
        relevant: true,
        relevantUntil: iso(10 * DAY + 2 * 60 * 60_000),
        postedBy: OWNER_REF,
        postedAt: TEST_NOW.toISOString(),
        version: 1,
      });
      expect((await list()).body.items).toEqual([response.body]);

      expect(send).toHaveBeenCalledTimes(1);
      const [{ recipients, payload }] = send.mock.calls[0];
      // The follower (a member of team-checkout) and the consumer owners, each ref once.
      expect(recipients.type).toBe('entity');
      expect(recipients.excludeEntityRef).toBe(OWNER_REF);
      expect(recipients.entityRef).toContain(GUEST_REF);
      expect(recipients.entityRef).toContain('group:default/team-checkout');
      expect(recipients.entityRef).not.toContain(
        'group:default/team-finance-reporting',
      );
      expect(new Set(recipients.entityRef).size).toBe(
        recipients.entityRef.length,
      );
      expect(payload).toMatchObject({
        title: `Deployment Platform: ${announcement.title}`,
        link: '/catalog/default/system/deploy-platform/platform?section=announcements',
        severity: 'normal',
      });
    });

    it('shows it on the card of a consuming service, and not on an unrelated one', async () => {
      await post();
      const consumer = await call(
        request(app)
          .get('/entities/component/default/checkout-service/announcements')
          .set('Authorization', GUEST),
      );
      expect(consumer.body.items).toEqual([
        expect.objectContaining({
          title: announcement.title,
          platformRef: DEPLOY,
          platformTitle: 'Deployment Platform',
        }),
      ]);
      const platformPart = await call(
        request(app)
          .get('/entities/user/default/guest/announcements')
          .set('Authorization', GUEST),
      );
      expect(platformPart.body.items).toEqual([]);
    });

    it('moves from ahead to during to after, and stops being relevant 7 days after the end', async () => {
      await post();
      clock = new Date(Date.parse(announcement.startsAt) + 60_000);
      expect((await list()).body.items[0].timing).toBe('during');
      clock = new Date(Date.parse(announcement.endsAt) + 6 * DAY);
      expect((await list()).body.items[0].timing).toBe('after');
      clock = new Date(Date.parse(announcement.endsAt) + 7 * DAY);
      expect((await list()).body.items).toEqual([]);
      expect((await list('?all=true')).body.items).toEqual([
        expect.objectContaining({ relevant: false, timing: 'after' }),
      ]);
    });

    it('keeps an announcement without a window relevant for 14 days', async () => {
      await post({
        kind: 'release',
        title: 'Preview environments',
        body: 'Every pull request gets one.',
      });
      clock = new Date(TEST_NOW.getTime() + 14 * DAY - 1);
      expect((await list()).body.items).toEqual([
        expect.objectContaining({ timing: null, relevant: true }),
      ]);
      clock = new Date(TEST_NOW.getTime() + 14 * DAY);
      expect((await list()).body.items).toEqual([]);
    });

    it('keeps the announcement when the notifications backend fails', async () => {
      send.mockRejectedValueOnce(new Error('notifications are down'));
      expect((await post()).status).toBe(201);
      expect((await list()).body.items).toHaveLength(1);
    });

    it('refuses non-owners and services', async () => {
      const denied = await post(announcement, GUEST);
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toBe(
        'Only the owners of system:default/deploy-platform may post announcements for it; user:default/guest is not allowed platform-product.platform.manage on it',
      );
      expect((await post(announcement, SERVICE)).status).toBe(403);
      expect((await list()).body.items).toEqual([]);
      expect(send).not.toHaveBeenCalled();
    });

    it.each([
      [
        { body: 'Heads up.\n\nDetails below.\n<script>alert(1)</script>' },
        'body contains a <script> element at line 4; announcements are Markdown without HTML scripts',
      ],
      [
        { body: '[the guide](javascript:alert(1))' },
        'body contains a javascript: link at line 1; announcements are Markdown without HTML scripts',
      ],
      [
        { body: 'Look:\n<img src="x"/onerror=alert(1)>' },
        'body contains an onerror= handler at line 2; announcements are Markdown without HTML scripts',
      ],
      [
        { body: '[the guide](&#106;avascript:alert(1))' },
        'body contains a javascript: link at line 1; announcements are Markdown without HTML scripts',
      ],
      [
        { body: '[the guide](java\tscript:alert(1))' },
        'body contains a javascript: link at line 1; announcements are Markdown without HTML scripts',
      ],
      [
        { startsAt: '2026-02-30T09:00:00Z', endsAt: undefined },
        'startsAt: "2026-02-30T09:00:00Z" is not a real time; write ISO 8601 with a zone, e.g. 2026-12-01T09:00:00Z',
      ],
      [
        { endsAt: iso(DAY) },
        `endsAt: ${iso(DAY)} is not after startsAt ${
          announcement.startsAt
        }; a window ends after it starts`,
      ],
      [
        { kind: 'rumour' },
        expect.stringMatching(/^kind: "rumour" is not an announcement kind/),
      ],
    ])('refuses bad input %#, storing nothing', async (change, message) => {
      const response = await post({ ...announcement, ...change });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toEqual(message);
      expect((await list('?all=true')).body.items).toEqual([]);
    });

    it('edits and deletes with versions, owners only', async () => {
      const { body: posted } = await post();
      const put = (body: object, auth = OWNER) =>
        call(
          request(app)
            .put(`${BASE}/announcements/${posted.id}`)
            .set('Authorization', auth)
            .send(body),
        );
      expect(
        (await put({ ...announcement, title: 'Mine', version: 1 }, GUEST))
          .status,
      ).toBe(403);
      const edited = await put({
        ...announcement,
        title: 'Containerd by default',
        version: 1,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        title: 'Containerd by default',
        version: 2,
      });
      const stale = await put({ ...announcement, version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toMatch(
        /was changed by someone else since you read it \(you sent version 1, it is now at version 2\)/,
      );
      const del = (version: number, auth = OWNER) =>
        call(
          request(app)
            .delete(`${BASE}/announcements/${posted.id}?version=${version}`)
            .set('Authorization', auth),
        );
      expect((await del(2, GUEST)).status).toBe(403);
      expect((await del(1)).status).toBe(409);
      expect((await del(2)).status).toBe(204);
      expect((await del(2)).status).toBe(404);
      expect((await list('?all=true')).body.items).toEqual([]);
    });

    it('follows and unfollows idempotently, per user, signed-in users only', async () => {
      expect((await follow('get')).body).toMatchObject({
        following: false,
        followers: 0,
      });
      await follow('put');
      expect((await follow('put')).body).toMatchObject({
        following: true,
        followers: 1,
      });
      expect((await follow('get', OWNER)).body).toMatchObject({
        following: false,
        followers: 1,
      });
      await follow('delete');
      expect((await follow('delete')).body).toMatchObject({
        following: false,
        followers: 0,
      });
      expect((await follow('put', SERVICE)).status).toBe(403);
    });
  });
});
