import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import express from 'express';
import request from 'supertest';
import { createTestApp } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { expectValidResponse } from '../../__testUtils__/validateResponse';
import { FEEDBACK_SHIPPED_TOPIC } from './FeedbackNotifier';

jest.setTimeout(120_000);

const LOGGING = '/platforms/system/default/logging-platform';
const DEPLOY = '/platforms/system/default/deploy-platform';
/** Owns the Logging Platform. */
const OWNER = mockCredentials.user.header('user:default/sara-nilsson');
/** Owns the Deployment Platform, not the Logging Platform. */
const OTHER_OWNER = mockCredentials.user.header('user:default/noah-williams');
/** Team Checkout: adopts the Logging Platform; answers unsigned. */
const PRIYA_REF = 'user:default/priya-raman';
const PRIYA = mockCredentials.user.header(PRIYA_REF);
/** Team Checkout too; signs the answer. */
const GUEST_REF = 'user:default/guest';
const GUEST = mockCredentials.user.header(GUEST_REF);
const SERVICE = mockCredentials.service.header();
const DAY = 24 * 3600_000;

describe('feedback evidence routes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let notifications: { send: jest.Mock };
    let clock: number;

    beforeEach(async () => {
      clock = Date.parse('2026-11-25T10:00:00Z');
      const testApp = await createTestApp({
        knex: await databases.init(databaseId),
        entities,
        now: () => new Date(clock),
      });
      app = testApp.app;
      notifications = testApp.notifications;
    });

    async function call(
      method: 'get' | 'post' | 'patch' | 'delete',
      path: string,
      auth: string,
      body?: object,
      headers: Record<string, string> = {},
    ): Promise<request.Response> {
      let test = request(app)[method](path).set('Authorization', auth);
      for (const [name, value] of Object.entries(headers)) {
        test = test.set(name, value);
      }
      const response = await (body === undefined ? test : test.send(body));
      expectValidResponse(response);
      return response;
    }

    /** An open round of the Logging Platform, answered by Priya (unsigned) and the guest (signed). */
    async function answeredRound(): Promise<{
      roundId: string;
      comments: Array<{ commentId: string; signedBy: string | null }>;
    }> {
      const round = await call('post', `${LOGGING}/surveys/rounds`, OWNER, {
        title: 'Q4 2026',
        startsAt: new Date(clock - DAY).toISOString(),
        endsAt: new Date(clock + 20 * DAY).toISOString(),
      });
      expect(round.status).toBe(201);
      const roundId = round.body.id;
      const answer = (auth: string, body: object) =>
        call(
          'post',
          `${LOGGING}/surveys/rounds/${roundId}/responses`,
          auth,
          body,
        );
      expect(
        (
          await answer(PRIYA, {
            score: 4,
            comment: 'Seven days of log retention is too short for audits',
          })
        ).status,
      ).toBe(204);
      expect(
        (
          await answer(GUEST, {
            score: 6,
            comment: 'We need longer retention',
            signed: true,
          })
        ).status,
      ).toBe(204);
      const comments = await call(
        'get',
        `${LOGGING}/surveys/rounds/${roundId}/comments`,
        OWNER,
      );
      expect(comments.status).toBe(200);
      return { roundId, comments: comments.body.items };
    }

    async function createItem(): Promise<{ id: string; version: number }> {
      const created = await call('post', `${LOGGING}/roadmap/items`, OWNER, {
        horizon: 'now',
        title: 'Longer log retention',
        problem: 'Logs are kept for 7 days; audits need 90',
        hypothesis:
          'We believe tiered storage will keep 90 days at the same cost, measured by support tickets',
        confidence: 'medium',
        status: 'committed',
        personas: ['persona:default/sre-oncall'],
        category: 'new-capability',
        keyResultId: null,
      });
      expect(created.status).toBe(201);
      return created.body;
    }

    const evidencePath = (itemId: string) =>
      `${LOGGING}/roadmap/items/${itemId}/evidence`;

    const setStatus = (item: { id: string }, status: string, version: number) =>
      call(
        'patch',
        `${LOGGING}/roadmap/items/${item.id}`,
        OWNER,
        { status },
        { 'If-Match': `"${version}"` },
      );

    it('links comments and notes, shows the summary to everyone and the words to owners, never an unsigned respondent', async () => {
      const { comments } = await answeredRound();
      const unsigned = comments.find(c => c.signedBy === null)!;
      const signed = comments.find(c => c.signedBy === GUEST_REF)!;
      expect(unsigned.commentId).toMatch(/^[0-9a-f-]{36}$/);
      const item = await createItem();

      const first = await call('post', evidencePath(item.id), OWNER, {
        commentId: unsigned.commentId,
      });
      expect(first.status).toBe(201);
      clock += 1000;
      await call('post', evidencePath(item.id), OWNER, {
        commentId: signed.commentId,
      });
      clock += 1000;
      const noted = await call('post', evidencePath(item.id), OWNER, {
        source: 'office-hours',
        text: 'Asked for 90 days of retention at office hours',
        personaRefs: ['persona:default/sre-oncall'],
        orgRefs: ['group:default/org-commerce'],
        personRef: 'user:default/fatima-haddad',
      });
      expect(noted.status).toBe(201);

      const owners = await call('get', evidencePath(item.id), OWNER);
      expect(owners.status).toBe(200);
      expect(owners.body.summary).toMatchObject({
        count: 3,
        bySource: { survey: 2, 'office-hours': 1 },
      });
      expect(owners.body.summary.orgs).toContainEqual({
        ref: 'group:default/org-commerce',
        count: 3,
      });
      expect(
        owners.body.items.map((i: any) => [i.source, i.text, i.from]),
      ).toEqual([
        ['survey', 'Seven days of log retention is too short for audits', null],
        ['survey', 'We need longer retention', GUEST_REF],
        [
          'office-hours',
          'Asked for 90 days of retention at office hours',
          'user:default/fatima-haddad',
        ],
      ]);
      expect(owners.body.items[0]).toMatchObject({
        score: 4,
        roundTitle: 'Q4 2026',
        linkedBy: 'user:default/sara-nilsson',
      });

      const others = await call('get', evidencePath(item.id), PRIYA);
      expect(others.body.items).toBeNull();
      expect(others.body.summary).toEqual(owners.body.summary);

      // The board and the item carry the summary; no owner-facing answer names Priya.
      const board = await call('get', `${LOGGING}/roadmap`, OWNER);
      const onBoard = board.body.horizons.now.find(
        (i: any) => i.id === item.id,
      );
      expect(onBoard.evidence.count).toBe(3);
      const roadmap = await call('get', '/roadmap', OWNER);
      for (const answer of [owners, board, roadmap, first, noted]) {
        expect(JSON.stringify(answer.body)).not.toContain(PRIYA_REF);
      }
    });

    it('tells each backer once when the item ships, even when it ships again', async () => {
      const { comments } = await answeredRound();
      const item = await createItem();
      for (const comment of comments) {
        await call('post', evidencePath(item.id), OWNER, {
          commentId: comment.commentId,
        });
      }
      await call('post', evidencePath(item.id), OWNER, {
        source: 'interview',
        text: 'The guest said so again in an interview',
        personRef: GUEST_REF,
      });
      await call('post', evidencePath(item.id), OWNER, {
        source: 'support',
        text: 'Unnamed ticket asking for retention',
      });
      notifications.send.mockClear();

      expect((await setStatus(item, 'shipped', 1)).status).toBe(200);
      const told = notifications.send.mock.calls
        .map(([sent]) => sent)
        .filter(sent => sent.payload.topic === FEEDBACK_SHIPPED_TOPIC);
      expect(told.map(sent => sent.recipients.entityRef).sort()).toEqual([
        GUEST_REF,
        PRIYA_REF,
      ]);
      expect(told[0].payload).toMatchObject({
        title: 'Something you asked for shipped: Longer log retention',
        link: '/catalog/default/system/logging-platform/platform?section=roadmap',
      });

      notifications.send.mockClear();
      expect((await setStatus(item, 'committed', 2)).status).toBe(200);
      expect((await setStatus(item, 'shipped', 3)).status).toBe(200);
      expect(
        notifications.send.mock.calls.filter(
          ([sent]) => sent.payload.topic === FEEDBACK_SHIPPED_TOPIC,
        ),
      ).toEqual([]);
    });

    it('tells a backer whose notification failed when the item ships again', async () => {
      const { comments } = await answeredRound();
      const item = await createItem();
      await call('post', evidencePath(item.id), OWNER, {
        commentId: comments[0].commentId,
      });
      notifications.send.mockImplementation(async (sent: any) => {
        if (sent.payload.topic === FEEDBACK_SHIPPED_TOPIC) {
          throw new Error('notifications backend down');
        }
      });
      expect((await setStatus(item, 'shipped', 1)).status).toBe(200);
      notifications.send.mockReset().mockImplementation(async () => {});
      await setStatus(item, 'committed', 2);
      await setStatus(item, 'shipped', 3);
      expect(
        notifications.send.mock.calls.filter(
          ([sent]) => sent.payload.topic === FEEDBACK_SHIPPED_TOPIC,
        ),
      ).toHaveLength(1);
    });

    it('lets only signed-in owners link, and refuses what it cannot link with a clear 4xx', async () => {
      const { comments } = await answeredRound();
      const item = await createItem();
      const link = { commentId: comments[0].commentId };

      const notOwner = await call(
        'post',
        evidencePath(item.id),
        OTHER_OWNER,
        link,
      );
      expect(notOwner.status).toBe(403);
      expect(notOwner.body.error.message).toMatch(
        /^Only the owners of system:default\/logging-platform may back its roadmap items with feedback/,
      );
      expect(
        (await call('post', evidencePath(item.id), SERVICE, link)).status,
      ).toBe(403);
      const respondent = await call('post', evidencePath(item.id), PRIYA, {
        source: 'other',
        text: 'I back this myself',
      });
      expect(respondent.status).toBe(403);

      const unknownComment = await call('post', evidencePath(item.id), OWNER, {
        commentId: 'not-a-comment',
      });
      expect(unknownComment.status).toBe(404);
      expect(unknownComment.body.error.message).toMatch(
        /has no survey comment 'not-a-comment'; take the commentId from GET/,
      );
      const unknownItem = await call('post', evidencePath('nope'), OWNER, link);
      expect(unknownItem.status).toBe(404);

      expect(
        (await call('post', evidencePath(item.id), OWNER, link)).status,
      ).toBe(201);
      const twice = await call('post', evidencePath(item.id), OWNER, link);
      expect(twice.status).toBe(409);
      expect(twice.body.error.message).toBe(
        'This survey comment already backs "Longer log retention"; each comment counts once per item',
      );

      const bad = await call('post', evidencePath(item.id), OWNER, {
        source: 'hallway',
        text: '',
        personRef: 'user:default/nobody',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(
        /^source must be one of office-hours/,
      );
      const unknownRefs = await call('post', evidencePath(item.id), OWNER, {
        source: 'other',
        text: 'Said in the corridor',
        personaRefs: ['persona:default/astronaut'],
        personRef: 'user:default/nobody',
      });
      expect(unknownRefs.status).toBe(400);
      expect(unknownRefs.body.error.message).toBe(
        'personaRefs "persona:default/astronaut" must be Personas in the catalog, such as persona:default/feature-engineer; personRef "user:default/nobody" is not a User in the catalog; name a user such as user:default/jane-doe, or leave it out',
      );
      const mixed = await call('post', evidencePath(item.id), OWNER, {
        commentId: comments[1].commentId,
        text: 'extra',
      });
      expect(mixed.status).toBe(400);

      // Nothing of the refused requests was stored.
      const evidence = await call('get', evidencePath(item.id), OWNER);
      expect(evidence.body.summary.count).toBe(1);
    });

    it('refuses a comment of another platform, and removes evidence for owners only', async () => {
      const { comments } = await answeredRound();
      const item = await createItem();
      const deployItem = await call(
        'post',
        `${DEPLOY}/roadmap/items`,
        OTHER_OWNER,
        {
          horizon: 'next',
          title: 'Faster rollbacks',
          problem: 'Rollbacks take 20 minutes',
          hypothesis:
            'We believe one-step rollback cuts MTTR, measured by MTTR',
          confidence: 'low',
          status: 'exploring',
          personas: [],
          category: 'reliability',
          keyResultId: null,
        },
      );
      const foreign = await call(
        'post',
        `${DEPLOY}/roadmap/items/${deployItem.body.id}/evidence`,
        OTHER_OWNER,
        { commentId: comments[0].commentId },
      );
      expect(foreign.status).toBe(404);
      expect(foreign.body.error.message).toMatch(
        /^system:default\/deploy-platform has no survey comment/,
      );

      const linked = await call('post', evidencePath(item.id), OWNER, {
        commentId: comments[0].commentId,
      });
      const evidenceId = linked.body.items[0].id;
      expect(
        (await call('delete', `${evidencePath(item.id)}/${evidenceId}`, PRIYA))
          .status,
      ).toBe(403);
      expect(
        (await call('delete', `${evidencePath(item.id)}/${evidenceId}`, OWNER))
          .status,
      ).toBe(204);
      const again = await call(
        'delete',
        `${evidencePath(item.id)}/${evidenceId}`,
        OWNER,
      );
      expect(again.status).toBe(404);
      expect(
        (await call('get', evidencePath(item.id), OWNER)).body.summary.count,
      ).toBe(0);
    });
  });
});
