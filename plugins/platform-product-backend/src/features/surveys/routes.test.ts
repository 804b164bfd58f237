import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import express from 'express';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestApp } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { expectValidResponse } from '../../__testUtils__/validateResponse';

jest.setTimeout(120_000);

const LOGGING = '/platforms/system/default/logging-platform';
const DEPLOY = '/platforms/system/default/deploy-platform';
const OWNER = mockCredentials.user.header('user:default/sara-nilsson');
const DEPLOY_OWNER = mockCredentials.user.header('user:default/noah-williams');
const GUEST = mockCredentials.user.header('user:default/guest');
/** Team Checkout, like the guest: adopts the Logging Platform. */
const PRIYA = mockCredentials.user.header('user:default/priya-raman');
/** Team Pricing: does not adopt the Logging Platform. */
const FATIMA = mockCredentials.user.header('user:default/fatima-haddad');
const SERVICE = mockCredentials.service.header();
/** Another plugin's token, issued for this plugin. */
const PLUGIN_SERVICE = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('plugin:reporting'),
  targetPluginId: 'test',
});
const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('survey routes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let knex: Knex;
    let clock: number;
    let notifications: { send: jest.Mock };

    async function setUp(id: TestDatabaseId) {
      knex = await databases.init(id);
      clock = Date.parse('2026-11-25T10:00:00Z');
      const testApp = await createTestApp({
        knex,
        entities,
        now: () => new Date(clock),
      });
      app = testApp.app;
      notifications = testApp.notifications;
      // A real backend's permissions service allows a service principal every permission its
      // access restrictions do not exclude, without asking the policy; decide services so here.
      const { entityPermissions } = testApp.services;
      const isAllowed = entityPermissions.isAllowed.bind(entityPermissions);
      jest
        .spyOn(entityPermissions, 'isAllowed')
        .mockImplementation(async (permission, ref, credentials) =>
          (credentials.principal as { type?: string }).type === 'service'
            ? true
            : isAllowed(permission, ref, credentials),
        );
    }

    beforeEach(async () => {
      await setUp(databaseId);
    });

    async function call(test: request.Test): Promise<request.Response> {
      const response = await test;
      expectValidResponse(response);
      return response;
    }

    const open = (
      body: Record<string, unknown>,
      auth = OWNER,
      platform = LOGGING,
    ) =>
      call(
        request(app)
          .post(`${platform}/surveys/rounds`)
          .set('Authorization', auth)
          .send(body),
      );

    const openRound = async (
      title = 'Q4 2026',
      platform = LOGGING,
      auth = OWNER,
    ): Promise<string> => {
      const response = await open(
        {
          title,
          question: 'What is the biggest pain point?',
          startsAt: new Date(clock - DAY).toISOString(),
          endsAt: new Date(clock + 20 * DAY).toISOString(),
        },
        auth,
        platform,
      );
      expect(response.status).toBe(201);
      return response.body.id;
    };

    const answer = (
      roundId: string,
      body: Record<string, unknown>,
      auth = GUEST,
      platform = LOGGING,
    ) =>
      call(
        request(app)
          .post(`${platform}/surveys/rounds/${roundId}/responses`)
          .set('Authorization', auth)
          .send(body),
      );

    const results = (auth = OWNER, platform = LOGGING) =>
      call(
        request(app)
          .get(`${platform}/surveys/results`)
          .set('Authorization', auth),
      );

    const close = (roundId: string, auth = OWNER) =>
      call(
        request(app)
          .post(`${LOGGING}/surveys/rounds/${roundId}/close`)
          .set('Authorization', auth),
      );

    const prompt = (auth = GUEST, query = '') =>
      call(
        request(app).get(`/surveys/prompt${query}`).set('Authorization', auth),
      );

    const countResponses = async () =>
      Number((await knex('survey_responses').count({ n: '*' }))[0].n);

    describe('opening a round', () => {
      it('lets an owner open a round, with a start in the past', async () => {
        const response = await open({
          title: 'Q4 2026',
          question: 'What would most improve your workflow?',
          startsAt: '2026-11-01T00:00:00Z',
          endsAt: '2026-12-01T00:00:00Z',
        });
        expect(response.status).toBe(201);
        expect(response.body).toMatchObject({
          platformRef: 'system:default/logging-platform',
          title: 'Q4 2026',
          question: 'What would most improve your workflow?',
          startsAt: '2026-11-01T00:00:00.000Z',
          endsAt: '2026-12-01T00:00:00.000Z',
          closedAt: null,
          createdBy: 'user:default/sara-nilsson',
          origin: 'manual',
        });
      });

      it('refuses a second open round, naming the open one', async () => {
        const first = await openRound('Q4 2026');
        const response = await open({
          title: 'Another',
          startsAt: '2026-11-20T00:00:00Z',
          endsAt: '2026-12-20T00:00:00Z',
        });
        expect(response.status).toBe(409);
        expect(response.body.error.message).toBe(
          `system:default/logging-platform already has an open round, 'Q4 2026' (${first}), until 2026-12-15T10:00:00.000Z; close it before opening another`,
        );
      });

      it.each([
        [
          'an end before the start',
          { startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-11-30T00:00:00Z' },
          'endsAt must be after startsAt (2026-12-01T00:00:00.000Z) — got 2026-11-30T00:00:00.000Z',
        ],
        [
          'an end in the past',
          { startsAt: '2026-10-01T00:00:00Z', endsAt: '2026-10-15T00:00:00Z' },
          'endsAt must be in the future — got 2026-10-15T00:00:00.000Z; a round that has already ended cannot take answers',
        ],
        [
          'a date that is not ISO 8601',
          { startsAt: '25/11/2026', endsAt: '2026-12-15T00:00:00Z' },
          'startsAt must be an ISO 8601 date-time with a time zone, such as 2026-12-01T09:00:00Z, on a real date and time — got "25/11/2026"',
        ],
        [
          'a date that does not exist',
          { startsAt: '2026-11-25T00:00:00Z', endsAt: '2027-02-30T00:00:00Z' },
          'endsAt must be an ISO 8601 date-time with a time zone, such as 2026-12-01T09:00:00Z, on a real date and time — got "2027-02-30T00:00:00Z"',
        ],
        [
          'a question over 200 characters',
          {
            startsAt: '2026-11-25T00:00:00Z',
            endsAt: '2026-12-15T00:00:00Z',
            question: 'x'.repeat(201),
          },
          'question must be at most 200 characters — got 201; shorten it',
        ],
      ])('refuses %s', async (_what, body, message) => {
        const response = await open(body);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(message);
        expect(
          Number((await knex('survey_rounds').count({ n: '*' }))[0].n),
        ).toBe(0);
      });

      it('is for owners only', async () => {
        const body = {
          startsAt: '2026-11-25T00:00:00Z',
          endsAt: '2026-12-15T00:00:00Z',
        };
        const response = await open(body, GUEST);
        expect(response.status).toBe(403);
        expect(response.body.error.message).toContain(
          'Only the owners of system:default/logging-platform may open its survey rounds',
        );
        expect((await open(body, SERVICE)).status).toBe(403);
      });
    });

    describe('answering', () => {
      it('stores one answer per user, the second replacing the first with its time kept', async () => {
        const roundId = await openRound();
        expect((await answer(roundId, { score: 6 })).status).toBe(204);
        const first = await knex('survey_responses').first();
        clock += HOUR;
        expect(
          (await answer(roundId, { score: 9, comment: 'better' })).status,
        ).toBe(204);
        const rows = await knex('survey_responses');
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
          user_ref: 'user:default/guest',
          score: 9,
          comment: 'better',
        });
        expect(Number(rows[0].answered_at)).toBe(Number(first.answered_at));
        expect(Number(rows[0].updated_at)).toBe(
          Number(first.answered_at) + HOUR,
        );
        expect(JSON.parse(rows[0].team_refs)).toEqual([
          'group:default/team-checkout',
        ]);
        expect(JSON.parse(rows[0].persona_refs)).toEqual([
          'persona:default/feature-engineer',
          'persona:default/sre-oncall',
        ]);
        expect(JSON.parse(rows[0].org_refs)).toEqual([
          'group:default/org-commerce',
        ]);
      });

      it('counts one response per user under concurrent submissions', async () => {
        const roundId = await openRound();
        const users = [GUEST, PRIYA, FATIMA, DEPLOY_OWNER];
        const responses = await Promise.all(
          users.flatMap(user =>
            Array.from({ length: 10 }, (_, i) =>
              answer(roundId, { score: i }, user),
            ),
          ),
        );
        expect(responses.map(r => r.status)).toEqual(responses.map(() => 204));
        expect(await countResponses()).toBe(4);
        const { body } = await results();
        expect(body.rounds[0].result.n).toBe(4);
        expect(
          body.rounds[0].result.distribution.reduce(
            (a: number, b: number) => a + b,
          ),
        ).toBe(4);
      });

      it.each([
        [{ score: 11 }, 'score must be at most 10 — got 11'],
        [{ score: -1 }, 'score must be at least 0 — got -1'],
        [{ score: 7.5 }, 'score must be a whole number — got 7.5'],
        [{ score: 'x' }, 'score must be a whole number — got "x"'],
        [{ score: null }, 'score must be a whole number — got null'],
        [{}, 'the request body must have the field score; add it'],
        [
          { score: 5, comment: 'y'.repeat(2001) },
          'comment must be at most 2000 characters — got 2001; shorten it',
        ],
        [
          // Characters as people count them: 2,001 emoji are 4,002 UTF-16 units.
          { score: 5, comment: '😀'.repeat(2001) },
          'comment must be at most 2000 characters — got 2001; shorten it',
        ],
      ])('refuses %j', async (body, message) => {
        const roundId = await openRound();
        const response = await answer(roundId, body);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(message);
        expect(await countResponses()).toBe(0);
      });

      it('refuses an unknown round with a 404', async () => {
        await openRound();
        const response = await answer('no-such-round', { score: 5 });
        expect(response.status).toBe(404);
        expect(response.body.error.message).toContain(
          'system:default/logging-platform has no survey round no-such-round',
        );
      });

      it('refuses a round of another platform with a 404', async () => {
        const roundId = await openRound('Deploy Q4', DEPLOY, DEPLOY_OWNER);
        const response = await answer(roundId, { score: 5 });
        expect(response.status).toBe(404);
      });

      it('refuses a closed round, saying when it closed', async () => {
        const roundId = await openRound('Q3 2026');
        clock += HOUR;
        expect((await close(roundId)).status).toBe(200);
        const response = await answer(roundId, { score: 5 });
        expect(response.status).toBe(409);
        expect(response.body.error.message).toBe(
          "round 'Q3 2026' closed on 2026-11-25T11:00:00.000Z; answers are no longer taken",
        );
      });

      it('refuses services and anonymous callers', async () => {
        const roundId = await openRound();
        const service = await answer(roundId, { score: 5 }, SERVICE);
        expect(service.status).toBe(403);
        expect(service.body.error.message).toBe(
          "This endpoint does not allow 'service' credentials",
        );
        const anonymous = await answer(
          roundId,
          { score: 5 },
          mockCredentials.none.header(),
        );
        expect(anonymous.status).toBe(401);
        expect(await countResponses()).toBe(0);
      });

      it('stores HTML and script as text', async () => {
        const roundId = await openRound();
        const text = '<script>alert("x")</script><b>bold</b>';
        await answer(roundId, { score: 3, comment: text });
        const { body } = await call(
          request(app)
            .get(`${LOGGING}/surveys/rounds/${roundId}/comments`)
            .set('Authorization', OWNER),
        );
        expect(body.items[0].comment).toBe(text);
      });
    });

    describe('results and comments', () => {
      it('shows an open round’s results to owners only, and its aggregates to everyone once closed', async () => {
        const roundId = await openRound();
        await answer(roundId, { score: 10 }, GUEST);
        await answer(roundId, { score: 3 }, PRIYA);

        const ownerView = await results(OWNER);
        expect(ownerView.status).toBe(200);
        expect(ownerView.body.canReadFeedback).toBe(true);
        expect(ownerView.body.rounds[0].result).toMatchObject({
          n: 2,
          nps: 0,
          tooFewToRead: true,
          promoters: 1,
          detractors: 1,
        });
        expect(ownerView.body.rounds[0].result.responseRate.people).toBe(
          ownerView.body.rounds[0].result.responseRate.people,
        );
        expect(
          ownerView.body.rounds[0].result.byPersona.map(
            (p: { ref: string }) => p.ref,
          ),
        ).toEqual([
          'persona:default/feature-engineer',
          'persona:default/sre-oncall',
        ]);
        expect(ownerView.body.rounds[0].result.byOrg).toEqual([
          expect.objectContaining({ ref: 'group:default/org-commerce', n: 2 }),
        ]);

        const guestView = await results(GUEST);
        expect(guestView.body.canReadFeedback).toBe(false);
        expect(guestView.body.rounds[0]).toMatchObject({
          round: { id: roundId },
          result: null,
        });
        expect(guestView.body.trend).toEqual([]);

        await close(roundId);
        const afterClose = await results(GUEST);
        expect(afterClose.body.rounds[0].result).toMatchObject({ n: 2 });
        expect(afterClose.body.trend).toEqual([
          expect.objectContaining({ roundId, title: 'Q4 2026', n: 2, nps: 0 }),
        ]);
      });

      it('counts the people in adopting teams for the response rate', async () => {
        const roundId = await openRound();
        await answer(roundId, { score: 9 }, GUEST);
        const { body } = await results();
        const rate = body.rounds[0].result.responseRate;
        // 15 teams adopt the Logging Platform; each has two to four members.
        expect(rate.people).toBeGreaterThanOrEqual(30);
        expect(rate.ratio).toBeCloseTo(1 / rate.people, 9);
      });

      it('gives comments to owners only, with team and persona, and the person only when signed', async () => {
        const roundId = await openRound();
        await answer(roundId, { score: 2, comment: 'slow queries' }, GUEST);
        await answer(
          roundId,
          { score: 9, comment: '=HYPERLINK("x"), "quoted"', signed: true },
          PRIYA,
        );
        await answer(roundId, { score: 8 }, FATIMA);

        const denied = await call(
          request(app)
            .get(`${LOGGING}/surveys/rounds/${roundId}/comments`)
            .set('Authorization', GUEST),
        );
        expect(denied.status).toBe(403);
        expect(denied.body.error.message).toContain(
          'may read its survey comments',
        );

        const { body } = await call(
          request(app)
            .get(`${LOGGING}/surveys/rounds/${roundId}/comments`)
            .set('Authorization', OWNER),
        );
        expect(body.items).toEqual([
          {
            commentId: expect.stringMatching(/^[0-9a-f-]{36}$/),
            score: 2,
            comment: 'slow queries',
            teamRefs: ['group:default/team-checkout'],
            personaRefs: [
              'persona:default/feature-engineer',
              'persona:default/sre-oncall',
            ],
            signedBy: null,
            answeredAt: expect.any(String),
          },
          expect.objectContaining({
            score: 9,
            signedBy: 'user:default/priya-raman',
          }),
        ]);

        const csv = await request(app)
          .get(`${LOGGING}/surveys/rounds/${roundId}/responses.csv`)
          .set('Authorization', OWNER);
        expect(csv.status).toBe(200);
        expect(csv.headers['content-type']).toContain('text/csv');
        const lines = csv.text.split('\r\n');
        expect(lines[0]).toBe(
          'round,answered_at,score,category,teams,personas,signed_by,comment',
        );
        expect(lines[1]).not.toContain('guest');
        expect(lines[2]).toContain(
          `user:default/priya-raman,"'=HYPERLINK(""x""), ""quoted"""`,
        );
        const csvDenied = await request(app)
          .get(`${LOGGING}/surveys/rounds/${roundId}/responses.csv`)
          .set('Authorization', GUEST);
        expect(csvDenied.status).toBe(403);
      });
    });

    const segments = (result: { byPersona: object[]; byOrg: object[] }) => [
      ...result.byPersona,
      ...result.byOrg,
    ];
    /** A segment listed without n, NPS or counts. */
    const expectTooFewToShow = (segment: object) => {
      expect(Object.keys(segment).sort()).toEqual(
        'title' in segment
          ? ['ref', 'title', 'tooFewToShow']
          : ['ref', 'tooFewToShow'],
      );
      expect(segment).toMatchObject({ tooFewToShow: true });
    };

    describe('feedback and services', () => {
      const comments = (roundId: string, auth: string) =>
        call(
          request(app)
            .get(`${LOGGING}/surveys/rounds/${roundId}/comments`)
            .set('Authorization', auth),
        );
      const csv = (roundId: string, auth: string) =>
        call(
          request(app)
            .get(`${LOGGING}/surveys/rounds/${roundId}/responses.csv`)
            .set('Authorization', auth),
        );

      it.each([
        ['a static service token', SERVICE, 'external:test-service'],
        [
          'a plugin’s token for this plugin',
          PLUGIN_SERVICE,
          'plugin:reporting',
        ],
      ])(
        'never gives comments or their CSV to %s',
        async (_what, auth, subject) => {
          const roundId = await openRound();
          await answer(
            roundId,
            { score: 2, comment: 'slow queries', signed: true },
            PRIYA,
          );
          const message = `Only signed-in owners of system:default/logging-platform may read its survey comments; the service ${subject} is not a signed-in user, and no service may read survey feedback`;
          for (const response of [
            await comments(roundId, auth),
            await csv(roundId, auth),
          ]) {
            expect(response.status).toBe(403);
            expect(response.body.error.message).toBe(message);
            expect(JSON.stringify(response.body)).not.toContain('priya');
            expect(response.text).not.toContain('slow queries');
          }
          expect((await comments(roundId, OWNER)).body.items).toHaveLength(1);
        },
      );

      it.each([
        ['a static service token', SERVICE],
        ['a plugin’s token for this plugin', PLUGIN_SERVICE],
      ])(
        'gives %s no results of an open round, and a closed round’s aggregates only',
        async (_what, auth) => {
          const roundId = await openRound();
          await answer(roundId, { score: 10, comment: 'great' }, GUEST);
          await answer(roundId, { score: 3, signed: true }, PRIYA);

          const whileOpen = await results(auth);
          expect(whileOpen.status).toBe(200);
          expect(whileOpen.body.canReadFeedback).toBe(false);
          expect(whileOpen.body.rounds).toEqual([
            { round: expect.objectContaining({ id: roundId }), result: null },
          ]);
          expect(whileOpen.body.trend).toEqual([]);

          await close(roundId);
          const closed = await results(auth);
          expect(closed.body.canReadFeedback).toBe(false);
          const { result } = closed.body.rounds[0];
          expect(result).toMatchObject({ n: 2, nps: 0 });
          expect(result.byOrg.map((o: { ref: string }) => o.ref)).toEqual([
            'group:default/org-commerce',
          ]);
          expect(segments(result)).toHaveLength(3);
          segments(result).forEach(expectTooFewToShow);
          expect(JSON.stringify(closed.body)).not.toMatch(/guest|priya|great/);
        },
      );
    });

    describe('segments of few respondents', () => {
      /** Five people of org Commerce, and one of org Customer Experience, a detractor. */
      const answerSix = async (roundId: string) => {
        for (const user of [
          'guest',
          'priya-raman',
          'tomas-alvarez',
          'hannah-becker',
          'fatima-haddad',
        ]) {
          await answer(
            roundId,
            { score: 9 },
            mockCredentials.user.header(`user:default/${user}`),
          );
        }
        await answer(
          roundId,
          { score: 2 },
          mockCredentials.user.header('user:default/emily-carter'),
        );
      };
      it('lists a segment of fewer than five answers as too few to show to everyone but the owners', async () => {
        const roundId = await openRound();
        await answerSix(roundId);
        await close(roundId);

        const guest = (await results(GUEST)).body.rounds[0].result;
        expect(guest).toMatchObject({ n: 6, detractors: 1 });
        expect(guest.byOrg).toEqual([
          expect.objectContaining({
            ref: 'group:default/org-commerce',
            n: 5,
            promoters: 5,
            tooFewToShow: false,
          }),
          expect.objectContaining({
            ref: 'group:default/org-customer-experience',
          }),
        ]);
        expectTooFewToShow(guest.byOrg[1]);
        expect(
          guest.byPersona.map((p: { ref: string; n?: number }) => [p.ref, p.n]),
        ).toEqual([
          ['persona:default/feature-engineer', 6],
          ['persona:default/frontend-engineer', undefined],
          ['persona:default/sre-oncall', 5],
        ]);

        const owner = (await results(OWNER)).body.rounds[0].result;
        expect(segments(owner)).not.toContainEqual(
          expect.objectContaining({ tooFewToShow: true }),
        );
        expect(owner.byOrg[1]).toMatchObject({
          ref: 'group:default/org-customer-experience',
          n: 1,
          detractors: 1,
          tooFewToShow: false,
        });
      });
    });

    describe('closing a round', () => {
      it('notifies the owners once with the headline', async () => {
        const roundId = await openRound('Q4 2026');
        await answer(roundId, { score: 10 }, GUEST);
        await answer(roundId, { score: 9 }, PRIYA);
        await answer(roundId, { score: 5 }, FATIMA);
        const [first, second] = await Promise.all([
          close(roundId),
          close(roundId),
        ]);
        expect([first.status, second.status].sort()).toEqual([200, 409]);
        expect(notifications.send).toHaveBeenCalledTimes(1);
        expect(notifications.send).toHaveBeenCalledWith({
          recipients: {
            type: 'entity',
            entityRef: ['group:default/team-logging-platform'],
          },
          payload: expect.objectContaining({
            title: expect.stringMatching(
              /^NPS \+33 \(n=3, ±\d+\) — round 'Q4 2026' closed$/,
            ),
            link: '/catalog/default/system/logging-platform/platform?section=voice',
            topic: 'platform-product:survey-round-closed',
          }),
        });
      });

      it('is for owners only', async () => {
        const roundId = await openRound();
        const response = await close(roundId, GUEST);
        expect(response.status).toBe(403);
        expect(notifications.send).not.toHaveBeenCalled();
      });

      it('feeds the scorecard’s NPS from the latest closed round', async () => {
        const roundId = await openRound('Q4 2026');
        await answer(roundId, { score: 10 }, GUEST);
        await answer(roundId, { score: 4 }, PRIYA);
        await answer(roundId, { score: 10 }, FATIMA);
        const before = await request(app)
          .get(`${LOGGING}/scorecard`)
          .set('Authorization', GUEST);
        expect(
          before.body.kpis.find((k: { kpi: string }) => k.kpi === 'nps').value,
        ).toBeNull();
        await close(roundId);
        const after = await request(app)
          .get(`${LOGGING}/scorecard`)
          .set('Authorization', GUEST);
        const nps = after.body.kpis.find(
          (k: { kpi: string }) => k.kpi === 'nps',
        );
        expect(nps.value).toBeCloseTo(100 / 3, 9);
        expect(nps.history).toEqual([
          expect.objectContaining({ day: '2026-11-25' }),
        ]);
      });
    });

    describe('the prompt', () => {
      it('asks a member of an adopting team until they answer', async () => {
        const roundId = await openRound('Q4 2026');
        const first = await prompt(GUEST);
        expect(first.body.prompt).toEqual({
          roundId,
          platformRef: 'system:default/logging-platform',
          platformTitle: 'Logging Platform',
          title: 'Q4 2026',
          question: 'What is the biggest pain point?',
          endsAt: '2026-12-15T10:00:00.000Z',
        });
        // Shown again on the next page, until answered.
        expect((await prompt(GUEST)).body.prompt?.roundId).toBe(roundId);
        await answer(roundId, { score: 8 });
        expect((await prompt(GUEST)).body.prompt).toBeNull();
      });

      it('does not ask members of teams that do not adopt the platform', async () => {
        await openRound();
        expect((await prompt(FATIMA)).body.prompt).toBeNull();
      });

      it('asks about the platform of the tab only when asked for it', async () => {
        await openRound();
        expect(
          (
            await prompt(
              GUEST,
              `?platformRef=${encodeURIComponent(
                'system:default/deploy-platform',
              )}`,
            )
          ).body.prompt,
        ).toBeNull();
        expect(
          (
            await prompt(
              GUEST,
              `?platformRef=${encodeURIComponent(
                'system:default/logging-platform',
              )}`,
            )
          ).body.prompt,
        ).not.toBeNull();
      });

      it('stops asking once dismissed, and asks again after a snooze', async () => {
        const roundId = await openRound();
        await call(
          request(app)
            .post(`/surveys/rounds/${roundId}/snooze`)
            .set('Authorization', GUEST)
            .send({ days: 3 }),
        );
        expect((await prompt(GUEST)).body.prompt).toBeNull();
        clock += 3 * DAY;
        expect((await prompt(GUEST)).body.prompt?.roundId).toBe(roundId);
        const dismissed = await call(
          request(app)
            .post(`/surveys/rounds/${roundId}/dismiss`)
            .set('Authorization', GUEST),
        );
        expect(dismissed.status).toBe(204);
        expect((await prompt(GUEST)).body.prompt).toBeNull();
      });

      it('refuses a bad snooze and an unknown round', async () => {
        const roundId = await openRound();
        const bad = await call(
          request(app)
            .post(`/surveys/rounds/${roundId}/snooze`)
            .set('Authorization', GUEST)
            .send({ days: 0 }),
        );
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toBe('days must be at least 1 — got 0');
        const unknown = await call(
          request(app)
            .post('/surveys/rounds/nope/dismiss')
            .set('Authorization', GUEST),
        );
        expect(unknown.status).toBe(404);
      });

      it('asks about one platform per interval across platforms', async () => {
        const logging = await openRound('Logging Q4');
        const deploy = await openRound('Deploy Q4', DEPLOY, DEPLOY_OWNER);
        const shown = (await prompt(GUEST)).body.prompt.roundId;
        const other = shown === logging ? deploy : logging;
        const platform = shown === logging ? LOGGING : DEPLOY;
        await answer(shown, { score: 9 }, GUEST, platform);
        expect((await prompt(GUEST)).body.prompt).toBeNull();
        clock += 13 * DAY;
        expect((await prompt(GUEST)).body.prompt).toBeNull();
        clock += DAY;
        expect((await prompt(GUEST)).body.prompt?.roundId).toBe(other);
      });

      it('is for signed-in users only', async () => {
        expect((await prompt(SERVICE)).status).toBe(403);
        expect((await prompt(mockCredentials.none.header())).status).toBe(401);
      });
    });
  });
});
