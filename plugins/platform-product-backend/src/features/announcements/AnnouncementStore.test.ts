import { TestDatabases } from '@backstage/backend-test-utils';
import {
  readsEventually,
  storeReplicas,
} from '../../__testUtils__/storeReplicas';
import { AnnouncementStore } from './AnnouncementStore';

jest.setTimeout(60_000);

const PLATFORM = 'system:default/deploy-platform';
const HOUR = 3_600_000;

describe('AnnouncementStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    "answers the cards' relevant announcements from one read per replica: its own writes at once, another replica's within the time to live, on %p",
    async databaseId => {
      const { here, there, now, passTtl, restore } = await storeReplicas(
        await databases.init(databaseId),
        options => AnnouncementStore.create(options),
      );
      const post = (id: string, platformRef: string, relevantUntil: number) =>
        here.insertAnnouncement({
          id,
          platformRef,
          kind: 'maintenance',
          title: id,
          body: 'b',
          relevantUntil,
          postedBy: 'user:default/owner',
          postedAt: now(),
        });
      const ids = async (store: AnnouncementStore, at = now()) =>
        (await store.listRelevantAnnouncements([PLATFORM], at)).map(a => a.id);
      try {
        expect(await ids(there)).toEqual([]);
        await post('soon', PLATFORM, now() + HOUR);
        await post('other', 'system:default/other', now() + HOUR);
        await post('past', PLATFORM, now() - 2 * 60_000);
        expect(await ids(here)).toEqual(['soon']);
        expect(await ids(there)).toEqual([]);
        passTtl();
        expect(await ids(there)).toEqual([]); // answered at once; read again
        await readsEventually(() => ids(there), ['soon']);

        // Past its relevance, it goes at once, without a new read.
        expect(await ids(here, now() + HOUR)).toEqual([]);
        // A time before the shared read's is read from the database.
        expect(await ids(here, now() - 3 * 60_000)).toEqual(['past', 'soon']);

        expect(
          await here.updateAnnouncement({
            platformRef: PLATFORM,
            id: 'soon',
            version: 1,
            fields: {
              kind: 'maintenance',
              title: 'soon',
              body: 'b',
              relevantUntil: now() - 1,
            },
            updatedAt: now(),
          }),
        ).toBe(true);
        expect(await ids(here)).toEqual([]);
        await here.transaction(store =>
          store.updateAnnouncement({
            platformRef: PLATFORM,
            id: 'soon',
            version: 2,
            fields: {
              kind: 'maintenance',
              title: 'soon',
              body: 'b',
              relevantUntil: now() + HOUR,
            },
            updatedAt: now(),
          }),
        );
        expect(await ids(here)).toEqual(['soon']);
        expect(
          await here.deleteAnnouncement({
            platformRef: PLATFORM,
            id: 'soon',
            version: 3,
          }),
        ).toBe(true);
        expect(await ids(here)).toEqual([]);
      } finally {
        restore();
      }
    },
  );
});
