import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestApp } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';

jest.setTimeout(120_000);

const GUEST = mockCredentials.user.header('user:default/guest');

/** The example catalog, with the Logging Platform surveyed every quarter for ten days. */
async function catalogWithCadence(): Promise<Entity[]> {
  const entities = await loadExampleCatalog();
  const logging = entities.find(e => e.metadata.name === 'logging-platform')!;
  Object.assign((logging.spec as any).platform, {
    surveyCadence: 'quarterly',
    surveyDurationDays: 10,
  });
  return entities;
}

describe('SurveyService.runSchedule', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'opens each cadence round once and closes it once across two replicas, on %p',
    async (databaseId: TestDatabaseId) => {
      const knex: Knex = await databases.init(databaseId);
      const entities = await catalogWithCadence();
      let clock = Date.parse('2026-10-03T08:00:00Z');
      const now = () => new Date(clock);
      const replicas = [
        await createTestApp({ knex, entities, now }),
        await createTestApp({ knex, entities, now }),
      ];
      const runBoth = () =>
        Promise.all(replicas.map(r => r.services.surveys.runSchedule()));

      const opened = await runBoth();
      expect(opened.map(r => r.opened).sort()).toEqual([0, 1]);
      await runBoth();
      const rounds = await knex('survey_rounds');
      expect(rounds).toHaveLength(1);
      expect(rounds[0]).toMatchObject({
        platform_ref: 'system:default/logging-platform',
        title: 'Q4 2026',
        origin: 'cadence',
        period_key: '2026-Q4',
      });
      expect(Number(rounds[0].starts_at)).toBe(
        Date.parse('2026-10-01T00:00:00Z'),
      );
      expect(Number(rounds[0].ends_at)).toBe(
        Date.parse('2026-10-11T00:00:00Z'),
      );

      const answered = await request(replicas[0].app)
        .post(
          `/platforms/system/default/logging-platform/surveys/rounds/${rounds[0].id}/responses`,
        )
        .set('Authorization', GUEST)
        .send({ score: 10 });
      expect(answered.status).toBe(204);

      // Not due yet: nothing closes.
      expect((await runBoth()).map(r => r.closed)).toEqual([0, 0]);

      clock = Date.parse('2026-10-11T00:05:00Z');
      const closed = await runBoth();
      expect(closed.map(r => r.closed).sort()).toEqual([0, 1]);
      const [round] = await knex('survey_rounds');
      expect(Number(round.closed_at)).toBe(Date.parse('2026-10-11T00:00:00Z'));
      const sent = replicas.flatMap(
        r => r.notifications.send.mock.calls as unknown as unknown[][],
      );
      expect(sent).toHaveLength(1);
      expect(sent[0][0]).toMatchObject({
        recipients: {
          type: 'entity',
          entityRef: ['group:default/team-logging-platform'],
        },
        payload: {
          title: expect.stringMatching(
            /^NPS \+100 \(n=1, ±0\) — round 'Q4 2026' closed$/,
          ),
        },
      });

      // The period's round has ended: the next runs open nothing until the next quarter.
      clock = Date.parse('2026-11-25T10:00:00Z');
      expect((await runBoth()).map(r => r.opened)).toEqual([0, 0]);
      clock = Date.parse('2027-01-01T00:30:00Z');
      expect((await runBoth()).map(r => r.opened).sort()).toEqual([0, 1]);
      expect(
        (await knex('survey_rounds').orderBy('starts_at')).map(r => r.title),
      ).toEqual(['Q4 2026', 'Q1 2027']);
    },
  );

  it.each(databases.eachSupportedId())(
    'does not open a cadence round while an owner’s round is open, on %p',
    async (databaseId: TestDatabaseId) => {
      const knex: Knex = await databases.init(databaseId);
      const entities = await catalogWithCadence();
      const now = () => new Date('2026-10-03T08:00:00Z');
      const { app, services } = await createTestApp({ knex, entities, now });
      const opened = await request(app)
        .post('/platforms/system/default/logging-platform/surveys/rounds')
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/sara-nilsson'),
        )
        .send({
          title: 'Owner round',
          startsAt: '2026-09-20T00:00:00Z',
          endsAt: '2026-10-20T00:00:00Z',
        });
      expect(opened.status).toBe(201);
      expect(await services.surveys.runSchedule()).toEqual({
        opened: 0,
        closed: 0,
      });
      expect((await knex('survey_rounds')).map(r => r.title)).toEqual([
        'Owner round',
      ]);
    },
  );
});
