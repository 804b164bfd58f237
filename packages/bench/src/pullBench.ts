/* eslint-disable no-console */
// The pull benchmark, run by `yarn bench` after the latency table: how fast the backend pulls SLO
// metrics from a real Prometheus and stores them (points a second), on each database engine.
//
// A private Prometheus (local-prometheus) is backfilled with 30 days of two counters per
// platform, each over a few instances (so each answer has several series to add up), one sample
// every 5 minutes. The backend, with the Prometheus module, then pulls every platform's SLO once
// — the first pull backfills the whole 30-day window — and once more (the resume: the last step
// again, nothing new). It asserts nothing: it prints a table.

import { performance } from 'node:perf_hooks';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import platformProductPlugin from '@platform-product/backstage-plugin-platform-product-backend';
import prometheusModule from '@platform-product/backstage-plugin-platform-product-backend-module-prometheus';
import {
  findPrometheus,
  INSTALL_PROMETHEUS_HINT,
  RunningPrometheus,
  startPrometheus,
} from 'local-prometheus';
import { Knex } from 'knex';
import { IndexedCatalog } from './IndexedCatalog';

const STEP_SECONDS = 300;
const DAYS = 30;
const INSTANCES = 3;

/** One row of the pull table. */
export interface PullResult {
  engine: string;
  platforms: number;
  seriesPerPlatform: number;
  /** The first pull's seconds, and the points it stored. */
  firstPull: { seconds: number; points: number };
  /** The second pull's seconds (its points are those of the first, written again). */
  resume: { seconds: number; points: number };
}

/** 30 days of good and total request counters per platform, on a few instances each. */
function openMetrics(platforms: number, end: number): string {
  const steps = (DAYS * 86_400) / STEP_SECONDS;
  const lines: string[] = ['# TYPE bench_requests counter'];
  for (let p = 0; p < platforms; p++) {
    for (const code of ['200', '500']) {
      for (let i = 0; i < INSTANCES; i++) {
        let value = 0;
        for (let s = 0; s <= steps; s++) {
          // About 100 good requests a step per instance; 3 errors every 50 steps.
          const errors = (s + p) % 50 === 0 ? 3 : 0;
          value += code === '200' ? 100 + ((s + i) % 7) : errors;
          lines.push(
            `bench_requests_total{platform="p${p}",code="${code}",instance="i${i}"} ${value} ${
              end - (steps - s) * STEP_SECONDS
            }`,
          );
        }
      }
    }
  }
  lines.push('# EOF', '');
  return lines.join('\n');
}

function platformEntity(p: number): Entity {
  const source = (query: string) => ({
    metricSource: { type: 'Prometheus', spec: { query } },
  });
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: `pulled-platform-${p}`, namespace: 'default' },
    spec: {
      owner: 'group:default/team-bench',
      platform: {
        category: 'other',
        personas: ['persona:default/developer'],
        slos: [
          {
            name: 'availability',
            indicator: {
              ratioMetric: {
                counter: true,
                good: source(
                  `bench_requests_total{platform="p${p}",code="200"}`,
                ),
                total: source(`bench_requests_total{platform="p${p}"}`),
              },
            },
            timeWindow: [{ duration: `${DAYS}d`, isRolling: true }],
            budgetingMethod: 'Occurrences',
            objectives: [{ target: 0.999 }],
          },
        ],
      },
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/team-bench' }],
  };
}

/** Pulls every platform once through "Pull now"; the seconds, and the pulled points stored after. */
async function pullAll(
  base: string,
  entities: Entity[],
): Promise<{ seconds: number; points: number }> {
  const started = performance.now();
  let points = 0;
  for (const entity of entities) {
    const response = await fetch(
      `${base}/platforms/system/default/${entity.metadata.name}/data-sources/pull`,
      {
        method: 'POST',
        headers: { Authorization: mockCredentials.user.header() },
      },
    );
    const body = await response.json();
    if (!response.ok) {
      throw new Error(
        `pull answered ${response.status}: ${JSON.stringify(body)}`,
      );
    }
    for (const item of body.items) {
      if (item.problem) {
        throw new Error(`pull of ${entity.metadata.name}: ${item.error}`);
      }
    }
    for (const item of body.items) {
      if (item.mode === 'pulled') points += item.points;
    }
  }
  return { seconds: (performance.now() - started) / 1000, points };
}

/** Starts the private Prometheus with the samples; `undefined` (and why) when it is absent. */
export async function startBenchPrometheus(
  platforms: number,
): Promise<RunningPrometheus | undefined> {
  const binaries = findPrometheus();
  if (!binaries) {
    console.error(
      `[bench] pull throughput skipped: ${INSTALL_PROMETHEUS_HINT}`,
    );
    return undefined;
  }
  const end =
    Math.floor(Date.now() / 1000 / STEP_SECONDS) * STEP_SECONDS - STEP_SECONDS;
  console.error(
    `[bench] backfilling Prometheus with ${platforms} platforms × ${DAYS} days…`,
  );
  return startPrometheus({
    binaries,
    openMetrics: openMetrics(platforms, end),
  });
}

/** Pulls every platform's SLO from the Prometheus, on one database. */
export async function runPullBench(options: {
  engine: string;
  knex: Knex;
  prometheus: RunningPrometheus;
  platforms: number;
}): Promise<PullResult> {
  const entities = Array.from({ length: options.platforms }, (_, p) =>
    platformEntity(p),
  );
  const backend = await startTestBackend({
    features: [
      platformProductPlugin,
      prometheusModule,
      new IndexedCatalog(entities).factory(),
      mockServices.database.factory({ knex: options.knex }),
      mockServices.rootConfig.factory({
        data: {
          platformProduct: {
            prometheus: {
              servers: [
                {
                  id: 'default',
                  baseUrl: options.prometheus.baseUrl,
                  stepSeconds: STEP_SECONDS,
                },
              ],
            },
          },
        },
      }),
    ],
  });
  try {
    const port = (backend.server.address() as { port: number }).port;
    const base = `http://127.0.0.1:${port}/api/platform-product`;
    const firstPull = await pullAll(base, entities);
    const resume = await pullAll(base, entities);
    return {
      engine: options.engine,
      platforms: options.platforms,
      seriesPerPlatform: 2 * INSTANCES,
      firstPull,
      resume,
    };
  } finally {
    await backend.stop();
  }
}

/** The pull table. */
export function printPullTable(results: PullResult[]): void {
  console.log(
    `\nPulls from a real Prometheus (${DAYS} days at a ${STEP_SECONDS} s step; per platform one SLO, good and total, over ${INSTANCES} instances each): the first pull backfills the window, the resume pulls the last step again.\n`,
  );
  console.log(
    '| engine | platforms | series per platform | first pull: points stored | first pull (s) | points / s | resume (s) |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.engine} | ${r.platforms} | ${
        r.seriesPerPlatform
      } | ${r.firstPull.points.toLocaleString(
        'en-US',
      )} | ${r.firstPull.seconds.toFixed(1)} | ${Math.round(
        r.firstPull.points / r.firstPull.seconds,
      ).toLocaleString('en-US')} | ${r.resume.seconds.toFixed(2)} |`,
    );
  }
}
