import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { AnnouncementStore } from '../announcements/AnnouncementStore';
import { ObjectiveStore } from './ObjectiveStore';

jest.setTimeout(60_000);

const PLATFORM = 'system:default/deploy-platform';

describe('ObjectiveStore and AnnouncementStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'keep versions, write nothing on a stale version, and migrate down and up on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const database = mockServices.database({ knex });
      const objectives = await ObjectiveStore.create({ database });
      const announcements = await AnnouncementStore.create({ database });

      await objectives.insertObjective({
        platformRef: PLATFORM,
        id: 'faster',
        title: 'Faster',
        category: 'engineering-velocity',
        createdAt: 1,
      });
      await objectives.insertKeyResult({
        platformRef: PLATFORM,
        id: 'kr-a',
        objectiveId: 'faster',
        title: 'A',
        binding: { type: 'adoption' },
        baseline: 0.5,
        target: 0.9,
        direction: 'increase',
        createdAt: 2,
      });
      await objectives.insertKeyResult({
        platformRef: PLATFORM,
        id: 'kr-b',
        objectiveId: 'faster',
        title: 'B',
        binding: {
          type: 'metric',
          metric: 'deployments',
          aggregation: 'rate',
          window: '7d',
          labels: { env: 'prod' },
        },
        baseline: 1,
        target: 3,
        direction: 'increase',
        createdAt: 3,
      });
      expect(
        (await objectives.listKeyResults(PLATFORM)).map(kr => [
          kr.id,
          kr.position,
        ]),
      ).toEqual([
        ['kr-a', 0],
        ['kr-b', 1],
      ]);
      expect(
        (await objectives.getKeyResult(PLATFORM, 'kr-b'))?.binding,
      ).toEqual({
        type: 'metric',
        metric: 'deployments',
        aggregation: 'rate',
        window: '7d',
        labels: { env: 'prod' },
      });

      const fields = {
        title: 'Faster still',
        category: 'engineering-velocity' as const,
      };
      expect(
        await objectives.updateObjective({
          platformRef: PLATFORM,
          id: 'faster',
          version: 1,
          fields,
          updatedAt: 5,
        }),
      ).toBe(true);
      expect(
        await objectives.updateObjective({
          platformRef: PLATFORM,
          id: 'faster',
          version: 1,
          fields: { ...fields, title: 'Lost' },
          updatedAt: 6,
        }),
      ).toBe(false);
      expect(await objectives.getObjective(PLATFORM, 'faster')).toMatchObject({
        title: 'Faster still',
        version: 2,
        updatedAt: 5,
      });

      // A failing transaction leaves nothing half-written.
      await expect(
        objectives.transaction(async store => {
          await store.deleteObjective({
            platformRef: PLATFORM,
            id: 'faster',
            version: 2,
          });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await objectives.listKeyResults(PLATFORM)).toHaveLength(2);
      expect(
        await objectives.deleteObjective({
          platformRef: PLATFORM,
          id: 'faster',
          version: 2,
        }),
      ).toBe(true);
      expect(await objectives.listKeyResults(PLATFORM)).toEqual([]);

      await announcements.follow({
        platformRef: PLATFORM,
        userRef: 'user:default/a',
        at: 1,
      });
      await announcements.follow({
        platformRef: PLATFORM,
        userRef: 'user:default/a',
        at: 2,
      });
      await announcements.follow({
        platformRef: PLATFORM,
        userRef: 'user:default/b',
        at: 3,
      });
      expect(await announcements.listFollowers(PLATFORM)).toEqual([
        'user:default/a',
        'user:default/b',
      ]);
      await announcements.unfollow({
        platformRef: PLATFORM,
        userRef: 'user:default/a',
      });
      await announcements.unfollow({
        platformRef: PLATFORM,
        userRef: 'user:default/a',
      });
      expect(await announcements.listFollowers(PLATFORM)).toEqual([
        'user:default/b',
      ]);

      await announcements.insertAnnouncement({
        id: 'a1',
        platformRef: PLATFORM,
        kind: 'release',
        title: 'T',
        body: 'B',
        relevantUntil: 100,
        postedBy: 'user:default/a',
        postedAt: 10,
      });
      expect(
        await announcements.listAnnouncements({
          platformRefs: [PLATFORM],
          relevantAt: 99,
        }),
      ).toHaveLength(1);
      expect(
        await announcements.listAnnouncements({
          platformRefs: [PLATFORM],
          relevantAt: 100,
        }),
      ).toEqual([]);
      expect(
        await announcements.listAnnouncements({ platformRefs: [PLATFORM] }),
      ).toHaveLength(1);

      // Down and up again: the migrations are reversible.
      const migrations = require.resolve(
        '../../../migrations/20261128_objectives.js',
      );
      const dir = migrations.slice(0, migrations.lastIndexOf('/'));
      for (const name of [
        '20261128_objectives.js',
        '20261128_announcements.js',
      ]) {
        await knex.migrate.down({ directory: dir, name });
        expect(
          await knex.schema.hasTable(
            name.includes('objectives') ? 'key_results' : 'announcements',
          ),
        ).toBe(false);
        await knex.migrate.up({ directory: dir, name });
      }
      expect(await knex.schema.hasTable('key_results')).toBe(true);
      expect(await knex.schema.hasTable('platform_follows')).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'keep the scope of a key result, find key results by scope, and migrate the scope down and up on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const objectives = await ObjectiveStore.create({
        database: mockServices.database({ knex }),
      });
      const kr = (platformRef: string, id: string, groupRef?: string) =>
        objectives.insertKeyResult({
          platformRef,
          id,
          objectiveId: 'o',
          title: id,
          binding: {
            type: 'deprecation-consumers',
            deprecationRef: 'resource:default/docker-runtime',
          },
          ...(groupRef ? { scope: { groupRef } } : {}),
          baseline: 5,
          target: 0,
          direction: 'decrease',
          createdAt: 1,
        });
      await kr(PLATFORM, 'commerce', 'group:default/org-commerce');
      await kr(PLATFORM, 'checkout', 'group:default/org-checkout');
      await kr(PLATFORM, 'everyone');
      await kr(
        'system:default/a-platform',
        'also-commerce',
        'group:default/org-commerce',
      );

      expect(await objectives.getKeyResult(PLATFORM, 'commerce')).toMatchObject(
        {
          binding: {
            type: 'deprecation-consumers',
            deprecationRef: 'resource:default/docker-runtime',
          },
          scope: { groupRef: 'group:default/org-commerce' },
        },
      );
      expect(
        (await objectives.getKeyResult(PLATFORM, 'everyone'))?.scope,
      ).toBeUndefined();
      expect(
        (
          await objectives.listKeyResultsScopedTo([
            'group:default/org-commerce',
            'group:default/org-checkout',
            'group:default/org-commerce',
          ])
        ).map(r => [r.platformRef, r.id]),
      ).toEqual([
        ['system:default/a-platform', 'also-commerce'],
        [PLATFORM, 'commerce'],
        [PLATFORM, 'checkout'],
      ]);
      expect(
        await objectives.updateKeyResult({
          platformRef: PLATFORM,
          id: 'commerce',
          version: 1,
          fields: {
            title: 'unscoped now',
            binding: { type: 'adoption' },
            baseline: 0.2,
            target: 0.8,
            direction: 'increase',
          },
          updatedAt: 2,
        }),
      ).toBe(true);
      expect(
        (await objectives.getKeyResult(PLATFORM, 'commerce'))?.scope,
      ).toBeUndefined();

      const migrations = require.resolve(
        '../../../migrations/20261201_key_result_scope.js',
      );
      const directory = migrations.slice(0, migrations.lastIndexOf('/'));
      const name = '20261201_key_result_scope.js';
      await knex.migrate.down({ directory, name });
      expect(await knex.schema.hasColumn('key_results', 'scope_ref')).toBe(
        false,
      );
      expect(await objectives.getKeyResult(PLATFORM, 'checkout')).toMatchObject(
        { id: 'checkout' },
      );
      await knex.migrate.up({ directory, name });
      expect(await knex.schema.hasColumn('key_results', 'scope_ref')).toBe(
        true,
      );
      expect(
        (await objectives.getKeyResult(PLATFORM, 'checkout'))?.scope,
      ).toBeUndefined();
    },
  );
});
