import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Knex } from 'knex';
import request from 'supertest';
import { parse, stringify } from 'yaml';
import { loadExampleCatalog } from '../__testUtils__/exampleCatalog';
import {
  createReplicas,
  onEveryReplica,
  Replica,
} from '../__testUtils__/createReplicas';

/**
 * Two replicas of the backend on one PostgreSQL database, driving the scheduled work on both at
 * once, several times each: every task's effect happens once, every reminder reaches its recipient
 * once per milestone, and one user answering on both counts once. (SQLite has one writer and no
 * second process, so this runs on PostgreSQL only.)
 */

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;
const DEPLOY = 'system:default/deploy-platform';
const DEPLOY_PATH = '/platforms/system/default/deploy-platform';
const EXAMPLES = path.resolve(__dirname, '../../../../examples');
const MIGRATIONS = path.resolve(__dirname, '../../migrations');

type Send = { recipients: { entityRef: string[] }; payload: any };

/** Every notification the replicas sent, one line per recipient: "recipient | title". */
function sent(replicas: readonly Replica[], topic?: string): string[] {
  return replicas
    .flatMap(replica =>
      (replica.notifications.send.mock.calls as unknown as Send[][]).map(
        ([notification]) => notification,
      ),
    )
    .filter(n => !topic || n.payload.topic?.startsWith(topic))
    .flatMap(n =>
      n.recipients.entityRef.map(ref => `${ref} | ${n.payload.title}`),
    )
    .sort();
}

const duplicates = (lines: string[]) =>
  lines.filter((line, i) => lines.indexOf(line) !== i);

const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });
const onPostgres = databases.supports('POSTGRES_15') ? describe : describe.skip;

onPostgres(
  'two replicas on one PostgreSQL database (skipped without BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING)',
  () => {
    let entities: Entity[];
    let roadmapDir: string;
    let clock: Date;
    let knex: Knex;
    let replicas: [Replica, Replica];
    let close: () => Promise<void>;

    beforeAll(async () => {
      // The Deployment Platform surveys monthly and keeps its roadmap in a file next to its
      // catalog file: the example roadmap, with its first item shipped.
      roadmapDir = fs.mkdtempSync(path.join(os.tmpdir(), 'replicas-roadmap-'));
      const roadmap = parse(
        fs.readFileSync(
          path.join(EXAMPLES, 'platforms/deploy-platform-roadmap.yaml'),
          'utf8',
        ),
      );
      roadmap.spec.items[0].status = 'shipped';
      fs.writeFileSync(
        path.join(roadmapDir, 'deploy-platform-roadmap.yaml'),
        stringify(roadmap),
      );
      entities = (await loadExampleCatalog()).map(entity => {
        if (stringifyEntityRef(entity) !== DEPLOY) return entity;
        const spec = entity.spec as { platform: Record<string, unknown> };
        spec.platform.surveyCadence = 'monthly';
        entity.metadata.annotations = {
          ...entity.metadata.annotations,
          'backstage.io/managed-by-location': `file:${path.join(
            roadmapDir,
            'deploy-platform.yaml',
          )}`,
        };
        return entity;
      });
    });

    afterAll(() => {
      fs.rmSync(roadmapDir, { recursive: true, force: true });
    });

    beforeEach(async () => {
      clock = new Date('2026-11-25T09:00:00Z');
      knex = await databases.init('POSTGRES_15');
      ({ replicas, close } = await createReplicas({
        knex,
        entities,
        now: () => clock,
      }));
    });

    afterEach(async () => {
      await close();
    });

    it('start at once on a database with migrations to run, running each migration once', async () => {
      // As after an upgrade: the database has the first migration, the replicas bring the others.
      const upgraded = await databases.init('POSTGRES_15');
      await upgraded.migrate.up({ directory: MIGRATIONS });
      const started = await createReplicas({
        knex: upgraded,
        entities,
        now: () => clock,
        together: true,
      });
      await started.close();
      const names = (
        await upgraded('knex_migrations').select('name').orderBy('id')
      ).map(m => m.name);
      expect(names).toEqual(
        fs
          .readdirSync(MIGRATIONS)
          .filter(file => file.endsWith('.js'))
          .sort(),
      );
    });

    it('take the daily snapshot once: one adoption row per platform and day, one value per KPI', async () => {
      await onEveryReplica(replicas, r => r.services.snapshots.snapshotAll());
      clock = new Date(clock.getTime() + DAY);
      await onEveryReplica(replicas, r => r.services.snapshots.snapshotAll());

      const platforms = entities.filter(e => e.spec?.platform).length;
      const days = await knex('adoption_snapshots')
        .select('platform_ref', 'day')
        .count({ n: '*' })
        .groupBy('platform_ref', 'day');
      expect(days).toHaveLength(2 * platforms);
      expect(days.filter(d => Number(d.n) !== 1)).toEqual([]);
      const kpis = await knex('scorecard_snapshots')
        .select('platform_ref', 'day', 'kpi')
        .count({ n: '*' })
        .groupBy('platform_ref', 'day', 'kpi');
      expect(kpis.length).toBeGreaterThan(0);
      expect(kpis.filter(k => Number(k.n) !== 1)).toEqual([]);
    });

    it('open one survey round per platform and period, and close it once, notifying the owners once', async () => {
      clock = new Date('2026-12-02T09:00:00Z');
      const opening = await onEveryReplica(replicas, r =>
        r.services.surveys.runSchedule(),
      );
      expect(opening.reduce((sum, run) => sum + run.opened, 0)).toBe(1);
      const rounds = await knex('survey_rounds').select(
        'platform_ref',
        'period_key',
      );
      expect(rounds).toEqual([{ platform_ref: DEPLOY, period_key: '2026-12' }]);

      clock = new Date('2026-12-16T09:00:00Z');
      const closing = await onEveryReplica(replicas, r =>
        r.services.surveys.runSchedule(),
      );
      expect(closing.reduce((sum, run) => sum + run.closed, 0)).toBe(1);
      expect(sent(replicas, 'platform-product:survey-round-closed')).toEqual([
        expect.stringMatching(/^group:default\/team-delivery-platform \| /),
      ]);
    });

    it('keep one answer per user and round when the same user answers on both at once', async () => {
      const opened = await request(replicas[0].app)
        .post(`${DEPLOY_PATH}/surveys/rounds`)
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/noah-williams'),
        )
        .send({
          startsAt: '2026-11-20T00:00:00Z',
          endsAt: '2026-12-20T00:00:00Z',
        });
      expect(opened.status).toBe(201);
      const guest = mockCredentials.user.header('user:default/guest');
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          request(replicas[i % 2].app)
            .post(`${DEPLOY_PATH}/surveys/rounds/${opened.body.id}/responses`)
            .set('Authorization', guest)
            .send({ score: i % 11, comment: `answer ${i}` }),
        ),
      );
      expect(answers.map(a => a.status)).toEqual(Array(20).fill(204));
      const rows = await knex('survey_responses').select(
        'round_id',
        'user_ref',
        'score',
        'comment',
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        round_id: opened.body.id,
        user_ref: 'user:default/guest',
      });
      // The stored answer is one of those sent, whole: not the score of one and the comment of another.
      const sentAnswers = Array.from({ length: 20 }, (_, i) => ({
        score: i % 11,
        comment: `answer ${i}`,
      }));
      expect(sentAnswers).toContainEqual({
        score: rows[0].score,
        comment: rows[0].comment,
      });
    });

    it('remind each owner of a deprecation once per milestone', async () => {
      // Announced (2026-09-01), 217 days before the sunset (2027-06-30): the "announced" milestone.
      await onEveryReplica(replicas, r =>
        r.services.deprecationReminders.run(),
      );
      const announced = sent(replicas, 'deprecation:');
      expect(announced.length).toBeGreaterThan(0);
      expect(duplicates(announced)).toEqual([]);

      // A later run on the same day, on both, sends nothing more.
      await onEveryReplica(replicas, r =>
        r.services.deprecationReminders.run(),
      );
      expect(sent(replicas, 'deprecation:')).toEqual(announced);

      // 30 days before the sunset: the lead-30 milestone, once more per owner.
      clock = new Date('2027-05-31T09:00:00Z');
      await onEveryReplica(replicas, r =>
        r.services.deprecationReminders.run(),
      );
      const both = sent(replicas, 'deprecation:');
      expect(duplicates(both)).toEqual([]);
      expect(both).toHaveLength(2 * announced.length);

      const claims: Array<{ milestone: string; n: string }> = await knex(
        'deprecation_reminders',
      )
        .select('milestone', knex.raw('count(*) as n'))
        .groupBy('deprecation_ref', 'recipient_ref', 'milestone');
      expect(claims).toHaveLength(both.length);
      expect(claims.filter(c => Number(c.n) !== 1)).toEqual([]);
      expect(new Set(claims.map(c => c.milestone))).toEqual(
        new Set(['announced', 'lead-30']),
      );
    });

    it('import the roadmap file once: one set of items, each with one history entry, its creation', async () => {
      await onEveryReplica(replicas, r =>
        r.services.roadmapImporter.importAll(),
      );
      const file = parse(
        fs.readFileSync(
          path.join(roadmapDir, 'deploy-platform-roadmap.yaml'),
          'utf8',
        ),
      );
      const items = await knex('roadmap_items')
        .where({ platform_ref: DEPLOY })
        .select('id', 'file_id');
      expect(items.map(i => i.file_id).sort()).toEqual(
        file.spec.items.map((i: { id: string }) => i.id).sort(),
      );
      const created = await knex('roadmap_item_history')
        .whereIn(
          'item_id',
          items.map(i => i.id),
        )
        .select('item_id')
        .count({ n: '*' })
        .groupBy('item_id');
      expect(created).toHaveLength(items.length);
      expect(created.filter(c => Number(c.n) !== 1)).toEqual([]);
      const settings = await knex('roadmap_settings')
        .where({ platform_ref: DEPLOY })
        .select('import_status');
      expect(settings).toEqual([{ import_status: 'ok' }]);
    });

    it('remind the owners of a shipped item’s outcome review once', async () => {
      await onEveryReplica(replicas, r =>
        r.services.roadmapImporter.importAll(),
      );
      clock = new Date(clock.getTime() + 57 * DAY);
      const runs = await onEveryReplica(replicas, r =>
        r.services.roadmapReviews.remindDue(),
      );
      expect(runs.reduce((sum, n) => sum + n, 0)).toBe(1);
      expect(sent(replicas, 'platform-product:roadmap-review:')).toEqual([
        expect.stringMatching(
          /^group:default\/team-delivery-platform \| Outcome review due: /,
        ),
      ]);
    });
  },
);
