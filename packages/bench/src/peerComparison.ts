/* eslint-disable no-console */
// The peer table of `yarn bench`: what it costs per entity to answer an entity page's scorecard
// on Backstage's Tech Insights and on this plugin, on the same catalog, database and concurrency.
//
// Ours is the work the UI asks for the same entities: the service card of every entity of the
// catalog (GET /entities/.../card, which answers the card and the deprecation banner), and the
// scorecard of every platform, 100 requests at a time; timed as a whole and divided by the
// entities. Tech Insights' is its 9 checks for every entity (techInsightsPeer.ts).

import { performance } from 'node:perf_hooks';
import { Knex } from 'knex';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { countQueries, inParallel } from './concurrency';
import type { IndexedCatalog } from './IndexedCatalog';
import { runTechInsightsPeer, TechInsightsCost } from './techInsightsPeer';

/** Tech Insights' default `techInsights.checksRunConcurrency`, used on both sides. */
const CONCURRENCY = 100;

/** Our cost for the same entities. */
export interface OurCost {
  cardsSeconds: number;
  scorecardsSeconds: number;
  msPerEntity: number;
  queriesPerEntity: number;
}

/** One row of the peer table. */
export interface PeerRow {
  engine: string;
  entities: number;
  techInsights: TechInsightsCost;
  ours: OurCost;
}

const entityPath = (e: Entity) =>
  `${e.kind.toLocaleLowerCase('en-US')}/${e.metadata.namespace ?? 'default'}/${
    e.metadata.name
  }`;

async function get(url: string): Promise<void> {
  const response = await fetch(url, {
    headers: { Authorization: mockCredentials.user.header() },
  });
  await response.arrayBuffer();
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
}

async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

/** The card of every entity and the scorecard of every platform, 100 requests at a time. */
async function measureOurs(
  base: string,
  knex: Knex,
  entities: Entity[],
): Promise<OurCost> {
  const platforms = entities.filter(e => (e.spec as any)?.platform);
  const card = (e: Entity) => get(`${base}/entities/${entityPath(e)}/card`);
  const scorecard = (e: Entity) =>
    get(`${base}/platforms/${entityPath(e)}/scorecard`);
  // Warm-up, untimed, as for the latency table.
  await inParallel(entities.slice(0, 20), CONCURRENCY, card);
  await scorecard(platforms[0]);

  const counted = countQueries(knex);
  const cardsSeconds = await timed(() =>
    inParallel(entities, CONCURRENCY, card),
  );
  const scorecardsSeconds = await timed(() =>
    inParallel(platforms, CONCURRENCY, scorecard),
  );
  const queries = counted.stop();
  return {
    cardsSeconds,
    scorecardsSeconds,
    msPerEntity: ((cardsSeconds + scorecardsSeconds) * 1000) / entities.length,
    queriesPerEntity: queries / entities.length,
  };
}

/**
 * Measures ours on the running backend at `base`, then starts Tech Insights on the same knex over
 * the same entities and measures it.
 */
export async function comparePeer(options: {
  engine: string;
  base: string;
  knex: Knex;
  entities: Entity[];
  /** The catalog our backend is served from; Tech Insights' backend gets the same instance. */
  catalog: IndexedCatalog;
}): Promise<PeerRow> {
  const { engine, base, knex, entities } = options;
  console.error(`[bench] ${engine}, ours for every entity…`);
  const ours = await measureOurs(base, knex, entities);
  console.error(`[bench] ${engine}, Tech Insights for every entity…`);
  const techInsights = await runTechInsightsPeer({
    knex,
    catalog: options.catalog,
    refs: entities.map(e => stringifyEntityRef(e)),
    concurrency: CONCURRENCY,
  });
  return { engine, entities: entities.length, techInsights, ours };
}

/** The side-by-side table. */
export function printPeerTable(rows: PeerRow[]): void {
  const ms = (value: number) => value.toFixed(2);
  const s = (value: number) => value.toFixed(1);
  console.log(
    `\nPer entity, Tech Insights against ours, on the same catalog, database and concurrency (${CONCURRENCY}). Tech Insights: 9 json-rules-engine checks over 3 fact schemas × 3 facts, 30 history rows per entity and schema, for every entity, through POST /checks/run in chunks of 750 (bulk) and through POST /checks/run/:namespace/:kind/:name (one request each). Ours: GET /entities/…/card for every entity and GET /platforms/…/scorecard for every platform. Ratio: Tech Insights' bulk ms per entity / ours.\n`,
  );
  console.log(
    '| engine | entities | Tech Insights fact rows | Tech Insights bulk run (s) | Tech Insights ms / entity (bulk) | Tech Insights DB queries / entity | Tech Insights ms / entity (one request each) | ours: cards + scorecards (s) | ours ms / entity | ours DB queries / entity | ratio (bulk / ours) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { engine, entities, techInsights: t, ours: o } of rows) {
    console.log(
      `| ${engine} | ${entities.toLocaleString(
        'en-US',
      )} | ${t.factRows.toLocaleString('en-US')} | ${s(t.bulk.seconds)} | ${ms(
        t.bulk.msPerEntity,
      )} | ${t.bulk.queriesPerEntity.toFixed(1)} | ${ms(
        t.perEntity.msPerEntity,
      )} | ${s(o.cardsSeconds)} + ${s(o.scorecardsSeconds)} | ${ms(
        o.msPerEntity,
      )} | ${o.queriesPerEntity.toFixed(1)} | ${(
        t.bulk.msPerEntity / o.msPerEntity
      ).toFixed(1)}× |`,
    );
  }
}
