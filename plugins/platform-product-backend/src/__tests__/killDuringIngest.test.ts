import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILD_PLATFORM } from '@platform-product/backstage-plugin-platform-product-common/testUtils';
import knexFactory, { Knex } from 'knex';
import {
  BackendProcess,
  freePort,
  httpRequest,
  startBackendProcess,
  writeConfig,
} from '../__testUtils__/backendProcess';

/**
 * A real backend process, killed with SIGKILL in the middle of a 100,000-point ingest run while a
 * batch's transaction is open: every batch acknowledged with a 2xx is stored whole, none partly;
 * the backend restarts on the same database (its migrations run again, harmlessly), and
 * re-pushing the unacknowledged batches completes the run without a duplicate.
 */

jest.setTimeout(120_000);

const CONNECTION =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const POINTS = 100_000;
const BATCH = 5_000;
const BATCHES = POINTS / BATCH;
/** The batches acknowledged one after the other before the kill; the next ones are in flight. */
const ACKNOWLEDGED_FIRST = 4;
const IN_FLIGHT = 4;
const TOKEN = crypto.randomBytes(24).toString('hex');
const MIGRATIONS = path.resolve(__dirname, '../../migrations');

/** Point i of the run: one a second, value i, labelled with its batch, so completeness shows. */
function batch(b: number, start: number) {
  return {
    points: Array.from({ length: BATCH }, (_, j) => {
      const i = b * BATCH + j;
      return {
        entityRef: BUILD_PLATFORM,
        metric: 'deployments',
        timestamp: new Date(start + i * 1000).toISOString(),
        value: i,
        labels: { batch: String(b) },
      };
    }),
  };
}

const onPostgres = CONNECTION ? describe : describe.skip;

onPostgres(
  'kill -9 during a 100,000-point ingest (skipped without BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING)',
  () => {
    const prefix = `pp_kill_${crypto.randomBytes(4).toString('hex')}_`;
    const database = `${prefix}platform-product`;
    let dir: string;
    let admin: Knex;
    let db: Knex;
    let backend: BackendProcess | undefined;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kill-ingest-'));
      admin = knexFactory({ client: 'pg', connection: CONNECTION });
    });

    afterAll(async () => {
      await backend?.stop('SIGKILL');
      await db?.destroy();
      await admin.raw('drop database if exists ??', [database]);
      await admin.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('stores every acknowledged batch whole, restarts, and completes without duplicates', async () => {
      const port = await freePort();
      const baseUrl = `http://127.0.0.1:${port}`;
      const configFile = writeConfig(path.join(dir, 'app-config.json'), {
        backend: {
          baseUrl,
          listen: { host: '127.0.0.1', port },
          database: { client: 'pg', connection: CONNECTION, prefix },
          auth: {
            externalAccess: [
              {
                type: 'static',
                options: { token: TOKEN, subject: 'metrics-pusher' },
                accessRestrictions: [{ plugin: 'platform-product' }],
              },
            ],
          },
        },
      });
      const start = Math.floor((Date.now() - 2 * 86_400_000) / 1000) * 1000;
      const push = async (b: number) => {
        const response = await httpRequest(
          `${baseUrl}/api/platform-product/metrics`,
          {
            method: 'POST',
            headers: {
              authorization: `Bearer ${TOKEN}`,
              'content-type': 'application/json',
            },
            body: JSON.stringify(batch(b, start)),
          },
        );
        if (response.status !== 200) {
          throw new Error(
            `batch ${b} answered ${response.status}: ${response.text}`,
          );
        }
        return b;
      };

      backend = await startBackendProcess({ configFile, baseUrl });
      db = knexFactory({
        client: 'pg',
        connection: `${CONNECTION}/${encodeURIComponent(database)}`,
      });
      const acknowledged = new Set<number>();
      for (let b = 0; b < ACKNOWLEDGED_FIRST; b++) {
        acknowledged.add(await push(b));
      }

      // Batches in flight; kill the process as soon as one of them is writing in its transaction.
      const inFlight = Array.from({ length: IN_FLIGHT }, (_, k) =>
        push(ACKNOWLEDGED_FIRST + k).then(
          b => acknowledged.add(b),
          () => undefined,
        ),
      );
      const writing = async () => {
        const { rows } = await admin.raw(
          `select count(*) as n from pg_stat_activity where datname = ? and query ilike 'insert into "metric_points"%'`,
          [database],
        );
        return Number(rows[0].n) > 0;
      };
      const until = Date.now() + 20_000;
      let midWrite = false;
      while (!midWrite && Date.now() < until) {
        midWrite = await writing();
        if (!midWrite) await new Promise(resolve => setTimeout(resolve, 2));
      }
      await backend.stop('SIGKILL');
      expect(midWrite).toBe(true);
      await Promise.all(inFlight);
      expect(acknowledged.size).toBeLessThan(ACKNOWLEDGED_FIRST + IN_FLIGHT);

      // Whole or nothing: the killed connections' transactions are rolled back by PostgreSQL.
      const perBatch = async () => {
        const rows: Array<{ labels: string; n: string }> = await db(
          'metric_points',
        )
          .select('labels', db.raw('count(*) as n'))
          .groupBy('labels');
        return new Map(
          rows.map(row => [
            Number(JSON.parse(row.labels).batch),
            Number(row.n),
          ]),
        );
      };
      const afterKill = await perBatch();
      for (const b of acknowledged) {
        expect([b, afterKill.get(b)]).toEqual([b, BATCH]);
      }
      for (const [b, n] of afterKill) {
        expect([b, n]).toEqual([b, BATCH]);
      }

      // The backend starts again on the same database; its migrations find nothing to do.
      backend = await startBackendProcess({ configFile, baseUrl });
      const migrations = (
        await db('knex_migrations').select('name').orderBy('id')
      ).map(m => m.name);
      expect(migrations).toEqual(
        fs
          .readdirSync(MIGRATIONS)
          .filter(file => file.endsWith('.js'))
          .sort(),
      );

      // Re-push what was not acknowledged (a batch stored but not acknowledged is replaced).
      for (let b = 0; b < BATCHES; b++) {
        if (!acknowledged.has(b)) await push(b);
      }
      const [totals] = await db('metric_points').select(
        db.raw('count(*) as n'),
        db.raw('count(distinct ts) as distinct_ts'),
        db.raw('sum(value) as value_sum'),
      );
      expect({
        points: Number(totals.n),
        distinctTimes: Number(totals.distinct_ts),
        valueSum: Number(totals.value_sum),
      }).toEqual({
        points: POINTS,
        distinctTimes: POINTS,
        valueSum: (POINTS * (POINTS - 1)) / 2,
      });
      expect([...(await perBatch()).values()]).toEqual(
        Array(BATCHES).fill(BATCH),
      );
      await backend.stop('SIGTERM');
      backend = undefined;
    });
  },
);
