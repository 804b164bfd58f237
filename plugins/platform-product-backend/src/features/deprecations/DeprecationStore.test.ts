import path from 'node:path';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { DeprecationStore } from './DeprecationStore';

jest.setTimeout(60_000);

const migrationsDir = path.resolve(__dirname, '../../../migrations');
const TABLES = [
  'deprecation_exceptions',
  'deprecation_exception_audit',
  'deprecation_snapshots',
  'deprecation_reminders',
];
const DOCKER = 'resource:default/docker-runtime';

describe('DeprecationStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('migrates up and down', async () => {
      const knex = await databases.init(databaseId);
      const present = async () => {
        const found: string[] = [];
        for (const table of TABLES) {
          if (await knex.schema.hasTable(table)) found.push(table);
        }
        return found;
      };
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await present()).toEqual(TABLES);
      await knex.migrate.rollback({ directory: migrationsDir }, true);
      expect(await present()).toEqual([]);
    });

    it('claims a reminder once, and keeps one burn-down row per day', async () => {
      const knex = await databases.init(databaseId);
      const store = await DeprecationStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      const claim = {
        deprecationRef: DOCKER,
        recipientRef: 'group:default/team-checkout',
        milestone: 'lead-30',
        sentAt: 1,
      };
      expect(await store.claimReminder(claim)).toBe(true);
      expect(await store.claimReminder({ ...claim, sentAt: 2 })).toBe(false);
      expect(await store.claimReminder({ ...claim, milestone: 'lead-7' })).toBe(
        true,
      );
      // A claim rolled back with its transaction is claimed again by the next run.
      await expect(
        store.transaction(async trx => {
          await trx.claimReminder({ ...claim, milestone: 'announced' });
          throw new Error('notification failed');
        }),
      ).rejects.toThrow('notification failed');
      expect(
        await store.claimReminder({ ...claim, milestone: 'announced' }),
      ).toBe(true);

      const day = {
        deprecationRef: DOCKER,
        day: '2026-11-25',
        consumers: 16,
        violations: 0,
        activeExceptions: 0,
        requestedExceptions: 1,
      };
      await store.upsertSnapshots([day], 1);
      await store.upsertSnapshots([{ ...day, consumers: 15 }], 2);
      expect(
        await store.listSnapshots({
          deprecationRefs: [DOCKER],
          fromDay: '2026-11-01',
        }),
      ).toEqual([{ ...day, consumers: 15 }]);
    });
  });
});
