/* eslint-disable no-console */
// The benchmark: `yarn bench` at the repository root. It prints a table; it asserts nothing.
//
// For each catalog size and database engine it starts the real backend plugin (startTestBackend)
// over a synthetic catalog served from indexes (IndexedCatalog.ts), pushes a year of daily metrics
// through the public ingest API, then measures the requests the UI makes most: the service card and its
// deprecation banner (GET /entities/.../card, one request for both), the platforms an entity relies
// on alone (GET /entities/.../platforms, for API users), a platform's scorecard and its adoption,
// and — after the owners' refresh has taken today's snapshots of every platform — the portfolio
// (GET /portfolio: grid, totals and heat map in one answer). Right after the ingest, unless
// `--peer none`, it compares the cost per entity with Backstage's Tech Insights on the same
// catalog and database (peerComparison.ts); `--latency off` leaves out everything after that.

import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import platformProductPlugin from '@platform-product/backstage-plugin-platform-product-backend';
import {
  PullResult,
  printPullTable,
  runPullBench,
  startBenchPrometheus,
} from './pullBench';
import { openDatabase } from './benchDatabase';
import { IndexedCatalog } from './IndexedCatalog';
import { firstAnswers, scorecardsAfterIngest } from './uncachedReads';
import type { PeerRow } from './peerComparison';
import { metricHistory } from './metricHistory';
import { percentile } from './percentile';
import { catalogShape, syntheticCatalog } from './syntheticCatalog';

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const SIZES = arg('sizes', '1000,10000')
  .split(',')
  .filter(size => size !== '' && size !== 'none')
  .map(Number);
const ENGINES = arg('engines', 'sqlite,postgres').split(',');
const REQUESTS = Number(arg('requests', '200'));
const WARM_UP = 20;
const DAYS = Number(arg('days', '365'));
const PULL_PLATFORMS = Number(arg('pull-platforms', '20'));
/** The largest catalog whose platforms all get today's snapshots and so a portfolio read. */
const PORTFOLIO_UP_TO = Number(arg('portfolio-up-to', '10000'));
const TEAMS = process.argv.includes('--teams') ? Number(arg('teams', '')) : 0;
const PLATFORMS = process.argv.includes('--platforms')
  ? Number(arg('platforms', ''))
  : 0;
const LATENCY = oneOf('latency', ['on', 'off'], 'on');
const PEER = oneOf(
  'peer',
  ['techinsights', 'none'],
  installed('@backstage-community/plugin-tech-insights-backend')
    ? 'techinsights'
    : 'none',
);

function oneOf(name: string, values: string[], fallback: string): string {
  const value = arg(name, fallback);
  if (!values.includes(value)) {
    throw new Error(`--${name} is one of ${values.join(', ')}, not ${value}`);
  }
  return value;
}

function installed(pkg: string): boolean {
  try {
    require.resolve(pkg);
    return true;
  } catch {
    return false;
  }
}

/** The peer comparison, loaded only when asked for (it loads Tech Insights' packages). */
const peerComparison = (): typeof import('./peerComparison') =>
  require('./peerComparison');

const entityPath = (e: Entity) =>
  `${e.kind.toLocaleLowerCase('en-US')}/default/${e.metadata.name}`;

/**
 * p50 and p95 of REQUESTS reads after `warmUp` unmeasured ones. A warm figure of a per-platform
 * read needs at least one warm-up read per platform: with 100 platforms and 20 warm-up reads,
 * 80 of the measured reads would be each platform's first.
 */
async function measure(
  label: string,
  urls: () => string,
  warmUp = WARM_UP,
): Promise<{ p50: number; p95: number }> {
  const timings: number[] = [];
  for (let i = 0; i < REQUESTS + warmUp; i++) {
    const url = urls();
    const started = performance.now();
    const response = await fetch(url, {
      headers: { Authorization: mockCredentials.user.header() },
    });
    await response.arrayBuffer();
    if (!response.ok) {
      throw new Error(`${label}: ${url} answered ${response.status}`);
    }
    if (i >= warmUp) {
      timings.push(performance.now() - started);
    }
  }
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 50), p95: percentile(timings, 95) };
}

async function run(engine: string, size: number) {
  const shape = catalogShape(size);
  const teams = TEAMS || shape.teams;
  const platformCount = PLATFORMS || shape.platforms;
  const entities = syntheticCatalog({
    entities: size,
    teams,
    platforms: platformCount,
  });
  const database = await openDatabase(engine, `${engine}_${size}`);
  const catalog = new IndexedCatalog(entities);
  const backendStarted = performance.now();
  const backend = await startTestBackend({
    features: [
      platformProductPlugin,
      catalog.factory(),
      mockServices.database.factory({ knex: database.knex }),
    ],
  });
  try {
    const port = (backend.server.address() as { port: number }).port;
    const base = `http://127.0.0.1:${port}/api/platform-product`;
    const coldStart = await firstAnswers(base, entities, backendStarted);

    let points = 0;
    const ingestStarted = performance.now();
    for (const batch of metricHistory(entities, Date.now(), DAYS, 5000)) {
      points += batch.length;
      const response = await fetch(`${base}/metrics`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: mockCredentials.service.header(),
        },
        body: JSON.stringify({ points: batch }),
      });
      if (!response.ok) {
        throw new Error(
          `ingest answered ${response.status}: ${await response.text()}`,
        );
      }
    }
    const ingestSeconds = (performance.now() - ingestStarted) / 1000;

    const peer =
      PEER === 'techinsights'
        ? await peerComparison().comparePeer({
            engine,
            base,
            knex: database.knex,
            entities,
            catalog,
          })
        : undefined;
    if (LATENCY === 'off') {
      return { peer };
    }

    const consumers = entities.filter(e =>
      e.metadata.name.startsWith('service-'),
    );
    const platforms = entities.filter(e => (e.spec as any)?.platform);
    let c = 0;
    let p = 0;
    const card = await measure(
      'service card',
      () =>
        `${base}/entities/${entityPath(
          consumers[c++ % consumers.length],
        )}/card`,
    );
    const entityPlatforms = await measure(
      'entity platforms',
      () =>
        `${base}/entities/${entityPath(
          consumers[c++ % consumers.length],
        )}/platforms`,
    );
    const perPlatformWarmUp = Math.max(WARM_UP, platforms.length);
    const scorecard = await measure(
      'scorecard',
      () =>
        `${base}/platforms/${entityPath(
          platforms[p++ % platforms.length],
        )}/scorecard`,
      perPlatformWarmUp,
    );
    const scorecardAfterIngest = await scorecardsAfterIngest(
      base,
      platforms.map(platform => ({
        ref: stringifyEntityRef(platform),
        path: entityPath(platform),
      })),
    );
    const adoption = await measure(
      'adoption',
      () =>
        `${base}/platforms/${entityPath(
          platforms[p++ % platforms.length],
        )}/adoption`,
      perPlatformWarmUp,
    );
    const portfolioRead =
      size <= PORTFOLIO_UP_TO
        ? await snapshotsAndPortfolio(base, platforms)
        : undefined;
    const latency = {
      engine,
      size,
      teams,
      platforms: platformCount,
      points,
      portfolioRead,
      ingestPerSecond: Math.round(points / ingestSeconds),
      card,
      entityPlatforms,
      scorecard,
      scorecardAfterIngest,
      adoption,
      coldStart,
      bytes: await database.size(),
    };
    return { latency, peer };
  } finally {
    await backend.stop();
    await database.close();
  }
}

/**
 * Today's snapshots of every platform, as the owners' "refresh now" takes them (the hourly task
 * does the same), then the portfolio, which is read from them.
 */
async function snapshotsAndPortfolio(
  base: string,
  platforms: Entity[],
): Promise<{
  snapshotSeconds: number;
  portfolio: { p50: number; p95: number };
}> {
  const snapshotStarted = performance.now();
  for (const platform of platforms) {
    const response = await fetch(
      `${base}/platforms/${entityPath(platform)}/adoption/refresh`,
      {
        method: 'POST',
        headers: { Authorization: mockCredentials.user.header() },
      },
    );
    if (!response.ok) {
      throw new Error(
        `refresh answered ${response.status}: ${await response.text()}`,
      );
    }
  }
  const snapshotSeconds = (performance.now() - snapshotStarted) / 1000;
  const portfolio = await measure('portfolio', () => `${base}/portfolio`);
  return { snapshotSeconds, portfolio };
}

function printLatencyTable(rows: string[]): void {
  console.log(
    `\n${REQUESTS} requests each after ${WARM_UP} warm-up requests (scorecard and adoption: one per platform, at least ${WARM_UP}); ${DAYS} days of daily metrics; snapshots and portfolio up to ${PORTFOLIO_UP_TO.toLocaleString(
      'en-US',
    )} entities (--portfolio-up-to); ${os.cpus().length} CPUs, Node ${
      process.version
    }.\n`,
  );
  console.log(
    '| engine | entities | teams / platforms | metric points | ingest (points/s) | service card, one request p50 / p95 (ms) | entity platforms p50 / p95 (ms) | scorecard p50 / p95 (ms) | scorecard after an ingest p50 / p95 (ms) | adoption p50 / p95 (ms) | portfolio p50 / p95 (ms) | snapshots of all platforms | start → first card | heap added by the first card | adoption of all platforms, cold | database size |',
  );
  console.log(
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const row of rows) {
    console.log(row);
  }
}

async function main() {
  const ms = (value: number) => value.toFixed(1);
  const rows: string[] = [];
  const peers: PeerRow[] = [];
  for (const size of SIZES) {
    for (const engine of ENGINES) {
      console.error(`[bench] ${engine}, ${size} entities…`);
      const { latency: r, peer } = await run(engine, size);
      if (peer) peers.push(peer);
      if (!r) continue;
      rows.push(
        `| ${r.engine} | ${r.size.toLocaleString(
          'en-US',
        )} | ${r.teams.toLocaleString('en-US')} / ${
          r.platforms
        } | ${r.points.toLocaleString(
          'en-US',
        )} | ${r.ingestPerSecond.toLocaleString('en-US')} | ${ms(
          r.card.p50,
        )} / ${ms(r.card.p95)} | ${ms(r.entityPlatforms.p50)} / ${ms(
          r.entityPlatforms.p95,
        )} | ${ms(r.scorecard.p50)} / ${ms(r.scorecard.p95)} | ${ms(
          r.scorecardAfterIngest.p50,
        )} / ${ms(r.scorecardAfterIngest.p95)} | ${ms(r.adoption.p50)} / ${ms(
          r.adoption.p95,
        )} | ${
          r.portfolioRead
            ? `${ms(r.portfolioRead.portfolio.p50)} / ${ms(
                r.portfolioRead.portfolio.p95,
              )}`
            : 'not run'
        } | ${
          r.portfolioRead
            ? `${r.portfolioRead.snapshotSeconds.toFixed(1)} s`
            : 'not run'
        } | ${(r.coldStart.firstCardMs / 1000).toFixed(
          2,
        )} s | ${r.coldStart.graphHeapMb.toFixed(0)} MB | ${ms(
          r.coldStart.adoptionAllMs,
        )} ms | ${(r.bytes / 1024 / 1024).toFixed(1)} MB |`,
      );
    }
  }
  if (rows.length > 0) {
    printLatencyTable(rows);
  }
  if (peers.length > 0) {
    peerComparison().printPeerTable(peers);
  }

  const prometheus =
    PULL_PLATFORMS > 0 ? await startBenchPrometheus(PULL_PLATFORMS) : undefined;
  if (prometheus) {
    const pulls: PullResult[] = [];
    try {
      for (const engine of ENGINES) {
        console.error(
          `[bench] ${engine}, pulls of ${PULL_PLATFORMS} platforms…`,
        );
        const database = await openDatabase(engine, `${engine}_pull`);
        try {
          pulls.push(
            await runPullBench({
              engine,
              knex: database.knex,
              prometheus,
              platforms: PULL_PLATFORMS,
            }),
          );
        } finally {
          await database.close();
        }
      }
    } finally {
      await prometheus.stop();
    }
    printPullTable(pulls);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
