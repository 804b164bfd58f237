import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  readsEventually,
  storeReplicas,
} from '../../__testUtils__/storeReplicas';
import { SurveyRoundRecord, SurveyStore } from './SurveyStore';

jest.setTimeout(60_000);

const TABLES = ['survey_rounds', 'survey_responses', 'survey_prompt_state'];

const round = (over: Partial<SurveyRoundRecord>): SurveyRoundRecord => ({
  id: 'r1',
  platformRef: 'system:default/p',
  title: 'Q4 2026',
  question: null,
  startsAt: 1000,
  endsAt: 2000,
  closedAt: null,
  createdBy: 'user:default/owner',
  createdAt: 1000,
  origin: 'manual',
  periodKey: null,
  ...over,
});

describe('SurveyStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'its migration creates the survey tables on its own and drops them again, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const migration = require('../../../migrations/20261125_surveys.js');
      await migration.up(knex);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(true);
      }
      await migration.down(knex);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps one open round per platform and one round per cadence period, and closes a round once, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await SurveyStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      expect(await store.insertRound(round({ id: 'a' }))).toBe(true);
      expect(await store.insertRound(round({ id: 'b' }))).toBe(false);
      expect(
        await store.insertRound(
          round({ id: 'c', platformRef: 'system:default/q' }),
        ),
      ).toBe(true);
      expect(await store.closeRound('a', 1500)).toBe(true);
      expect(await store.closeRound('a', 1600)).toBe(false);
      expect((await store.getRound('a'))?.closedAt).toBe(1500);
      expect(
        await store.insertRound(
          round({ id: 'd', origin: 'cadence', periodKey: '2026-Q4' }),
        ),
      ).toBe(true);
      await store.closeRound('d', 1700);
      expect(
        await store.insertRound(
          round({ id: 'e', origin: 'cadence', periodKey: '2026-Q4' }),
        ),
      ).toBe(false);
      expect(
        (await store.listRounds('system:default/p')).map(r => r.id).sort(),
      ).toEqual(['a', 'd']);
    },
  );

  it.each(databases.eachSupportedId())(
    "answers the prompts' open rounds from one read per replica: its own writes at once, another replica's within the time to live, on %p",
    async databaseId => {
      const { here, there, passTtl, restore } = await storeReplicas(
        await databases.init(databaseId),
        options => SurveyStore.create(options),
      );
      try {
        const ids = async (store: SurveyStore) =>
          (await store.recentOpenRounds()).map(r => r.id).sort();
        expect(await ids(there)).toEqual([]);
        expect(await here.insertRound(round({ id: 'a' }))).toBe(true);
        expect(await ids(here)).toEqual(['a']);
        expect(await ids(there)).toEqual([]);
        passTtl();
        expect(await ids(there)).toEqual([]); // answered at once; read again
        await readsEventually(() => ids(there), ['a']);

        expect(await here.closeRound('a', 1500)).toBe(true);
        expect(await ids(here)).toEqual([]);
        expect(await ids(there)).toEqual(['a']);
        passTtl();
        expect(await ids(there)).toEqual(['a']);
        await readsEventually(() => ids(there), []);
      } finally {
        restore();
      }
    },
  );
});
