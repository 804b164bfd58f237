// The Tech Insights peer of `yarn bench`: Backstage's own scorecards (the community Tech Insights
// backend with its JSON rules engine fact checker, as installed from the registry), started for
// real over the same catalog and the same database as ours, and timed on the work its entity
// scorecards do: 9 checks over 3 fact schemas for every entity.
//
// Its tables (fact_schemas, facts) are created by its own migrations on our knex. They are
// recorded in a migrations table of their own (tech_insights_knex_migrations): knex's default
// table already lists ours, and a second directory against it fails as "corrupt". Facts are
// inserted in bulk, as its fact retrievers would have left them after a month of daily runs: 30
// history rows per entity and schema. No fact retriever is registered, so nothing runs on a
// schedule while it is timed.

import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Knex } from 'knex';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { parseEntityRef } from '@backstage/catalog-model';
import techInsightsPlugin from '@backstage-community/plugin-tech-insights-backend';
import techInsightsJsonRulesEngineModule, {
  JSON_RULE_ENGINE_CHECK_TYPE,
} from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import { countQueries, inParallel } from './concurrency';
import type { IndexedCatalog } from './IndexedCatalog';

const DAY = 86_400_000;
/** Daily history rows per entity and fact schema. */
const HISTORY_DAYS = 30;
/** The chunk of Tech Insights' bulk client (TechInsightsClient.runBulkChecks). */
const BULK_CHUNK = 750;
const SCHEMA_VERSION = '1.0.0';

type FactType = 'boolean' | 'integer' | 'float';

/** 3 fact schemas of 3 facts each, like a retriever's `schema`. */
const FACT_SCHEMAS: Record<string, Record<string, FactType>> = {
  'bench-ownership': {
    hasOwner: 'boolean',
    hasGroupOwner: 'boolean',
    ownerTeams: 'integer',
  },
  'bench-documentation': {
    hasTechDocs: 'boolean',
    hasDescription: 'boolean',
    docsPages: 'integer',
  },
  'bench-delivery': {
    testCoverage: 'float',
    openVulnerabilities: 'integer',
    daysSinceDeployment: 'integer',
  },
};

/** 9 checks, one per fact, as they would be written under techInsights.factChecker.checks. */
const CONDITIONS: Record<string, [string, string, string, boolean | number]> = {
  ownerSet: ['bench-ownership', 'hasOwner', 'equal', true],
  ownerIsGroup: ['bench-ownership', 'hasGroupOwner', 'equal', true],
  oneOwnerTeam: ['bench-ownership', 'ownerTeams', 'lessThanInclusive', 1],
  techDocs: ['bench-documentation', 'hasTechDocs', 'equal', true],
  described: ['bench-documentation', 'hasDescription', 'equal', true],
  enoughDocs: ['bench-documentation', 'docsPages', 'greaterThanInclusive', 3],
  coverage: ['bench-delivery', 'testCoverage', 'greaterThanInclusive', 80],
  noVulnerabilities: ['bench-delivery', 'openVulnerabilities', 'equal', 0],
  deployedThisWeek: [
    'bench-delivery',
    'daysSinceDeployment',
    'lessThanInclusive',
    7,
  ],
};
const CHECK_IDS = Object.keys(CONDITIONS);

function checksConfig() {
  return Object.fromEntries(
    Object.entries(CONDITIONS).map(([id, [factId, fact, operator, value]]) => [
      id,
      {
        type: JSON_RULE_ENGINE_CHECK_TYPE,
        name: id,
        description: `${fact} ${operator} ${value}`,
        factIds: [factId],
        rule: { conditions: { all: [{ fact, operator, value }] } },
      },
    ]),
  );
}

/** A fact value that varies by entity and day, so checks pass for some entities and fail for others. */
function factValue(type: FactType, e: number, day: number, f: number) {
  const n = (e * 31 + day * 7 + f * 13) % 100;
  if (type === 'boolean') return n < 80;
  if (type === 'float') return n + 0.5;
  return n % 10;
}

/** Tech Insights' own migrations, on our knex, in a migrations table of their own. */
async function migrate(knex: Knex): Promise<void> {
  const root = path.dirname(
    require.resolve(
      '@backstage-community/plugin-tech-insights-backend/package.json',
    ),
  );
  await knex.migrate.latest({
    directory: path.join(root, 'migrations'),
    tableName: 'tech_insights_knex_migrations',
  });
}

/** The schemas, and 30 days of facts per entity and schema, in bulk; the rows inserted. */
async function seedFacts(knex: Knex, refs: string[]): Promise<number> {
  await knex('fact_schemas').insert(
    Object.entries(FACT_SCHEMAS).map(([id, facts]) => ({
      id,
      version: SCHEMA_VERSION,
      schema: JSON.stringify(
        Object.fromEntries(
          Object.entries(facts).map(([name, type]) => [
            name,
            { type, description: name },
          ]),
        ),
      ),
    })),
  );
  const today = Math.floor(Date.now() / DAY) * DAY;
  let rows: object[] = [];
  let inserted = 0;
  await knex.transaction(async tx => {
    const flush = async () => {
      await tx('facts').insert(rows);
      inserted += rows.length;
      rows = [];
    };
    for (const [e, entity] of refs.entries()) {
      for (const [id, facts] of Object.entries(FACT_SCHEMAS)) {
        for (let day = 0; day < HISTORY_DAYS; day++) {
          rows.push({
            id,
            version: SCHEMA_VERSION,
            entity,
            timestamp: new Date(today - day * DAY).toISOString(),
            facts: JSON.stringify(
              Object.fromEntries(
                Object.entries(facts).map(([name, type], f) => [
                  name,
                  factValue(type, e, day, f),
                ]),
              ),
            ),
          });
        }
      }
      // 450 rows a statement: SQLite inserts many rows as a compound SELECT of at most 500.
      if (rows.length >= 450) await flush();
    }
    if (rows.length > 0) await flush();
  });
  return inserted;
}

/** Fails loudly unless an entity got its 9 results: a run that checked nothing times nothing. */
function expectResults(entity: string, answer: any, results: unknown): void {
  if (!Array.isArray(results) || results.length !== CHECK_IDS.length) {
    throw new Error(
      `Tech Insights answered ${JSON.stringify(answer).slice(
        0,
        500,
      )} for ${entity}; expected ${CHECK_IDS.length} check results`,
    );
  }
}

async function post(url: string, body: object): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: mockCredentials.user.header(),
    },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) {
    throw new Error(
      `Tech Insights answered ${response.status}: ${JSON.stringify(answer)}`,
    );
  }
  return answer;
}

/**
 * The bulk route, in chunks of 750 one after another like its client, but with `<` where the
 * client has `<=`: at a multiple of 750 the client sends a last, empty chunk, which the route reads
 * as "every entity with facts" and runs all over again.
 */
async function runBulk(base: string, refs: string[]): Promise<void> {
  for (let start = 0; start < refs.length; start += BULK_CHUNK) {
    const chunk = refs.slice(start, start + BULK_CHUNK);
    const answers: any[] = await post(`${base}/checks/run`, {
      entities: chunk,
      checks: CHECK_IDS,
    });
    if (answers.length !== chunk.length) {
      throw new Error(
        `Tech Insights answered ${answers.length} entities for ${chunk.length}`,
      );
    }
    for (const answer of answers) {
      expectResults(answer.entity, answer, answer.error ? [] : answer.results);
    }
  }
}

/** The per-entity route an entity page's scorecard calls, `concurrency` requests at a time. */
async function runPerEntity(
  base: string,
  refs: string[],
  concurrency: number,
): Promise<void> {
  await inParallel(refs, concurrency, async ref => {
    const { kind, namespace, name } = parseEntityRef(ref);
    const results = await post(
      `${base}/checks/run/${encodeURIComponent(namespace)}/${encodeURIComponent(
        kind,
      )}/${encodeURIComponent(name)}`,
      { checks: CHECK_IDS },
    );
    expectResults(ref, results, results);
  });
}

/** What one Tech Insights run cost, per entity. */
export interface TechInsightsCost {
  factRows: number;
  seedSeconds: number;
  /** POST /checks/run in chunks of 750, 100 entities at a time inside the route (its default). */
  bulk: { seconds: number; msPerEntity: number; queriesPerEntity: number };
  /** POST /checks/run/:namespace/:kind/:name, one request per entity, 100 requests at a time. */
  perEntity: { seconds: number; msPerEntity: number };
}

/**
 * Starts Tech Insights on `knex` over `entities`, inserts its facts and runs its 9 checks for
 * every entity, through the bulk route and then one entity a request.
 */
export async function runTechInsightsPeer(options: {
  knex: Knex;
  catalog: IndexedCatalog;
  refs: string[];
  concurrency: number;
}): Promise<TechInsightsCost> {
  const { knex, refs } = options;
  await migrate(knex);
  const seedStarted = performance.now();
  const factRows = await seedFacts(knex, refs);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const backend = await startTestBackend({
    features: [
      techInsightsPlugin,
      techInsightsJsonRulesEngineModule,
      options.catalog.factory(),
      mockServices.database.factory({ knex, migrations: { skip: true } }),
      mockServices.rootConfig.factory({
        data: { techInsights: { factChecker: { checks: checksConfig() } } },
      }),
    ],
  });
  try {
    const port = (backend.server.address() as { port: number }).port;
    const base = `http://127.0.0.1:${port}/api/tech-insights`;
    // Warm-up, untimed: the first chunk once.
    await runBulk(base, refs.slice(0, 100));

    const counted = countQueries(knex, sql => sql.includes('fact'));
    const bulkStarted = performance.now();
    await runBulk(base, refs);
    const bulkMs = performance.now() - bulkStarted;
    const queries = counted.stop();

    const perEntityStarted = performance.now();
    await runPerEntity(base, refs, options.concurrency);
    const perEntityMs = performance.now() - perEntityStarted;
    return {
      factRows,
      seedSeconds,
      bulk: {
        seconds: bulkMs / 1000,
        msPerEntity: bulkMs / refs.length,
        queriesPerEntity: queries / refs.length,
      },
      perEntity: {
        seconds: perEntityMs / 1000,
        msPerEntity: perEntityMs / refs.length,
      },
    };
  } finally {
    await backend.stop();
  }
}
