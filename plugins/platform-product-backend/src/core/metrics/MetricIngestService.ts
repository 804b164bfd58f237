import { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  describeValue,
  IngestResult,
  MAX_METRIC_VALUE,
  METRIC_NAME_PATTERN,
  PULLED_METRIC_PREFIX,
  metricLabelProblems,
  MetricPointInput,
  RatioMetrics,
  parseIsoDateTime,
  ratioMetricsOf,
  sloMetricNames,
  WELL_KNOWN_METRICS,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  canonicalLabels,
  MetricPointKey,
  metricPointKeyString,
  MetricPointRecord,
} from './metricPoints';
import { MetricStore } from './MetricStore';
import { MAX_FUTURE_SKEW_MS } from './constants';
import { platformSpecOf } from '../catalog/platformSpecOf';

/**
 * The most points one request may carry; the OpenAPI contract (`MetricBatch.points.maxItems`) says
 * the same, and a test keeps the two equal.
 *
 * @internal
 */
export const MAX_POINTS_PER_BATCH = 5000;

/** At most this many problems are listed in one error message. */
const MAX_PROBLEMS_LISTED = 10;

const WELL_KNOWN_METRIC_NAMES = WELL_KNOWN_METRICS.map(metric => metric.name);

/** A point that passed the checks that need nothing but the point itself. */
interface ParsedPoint extends MetricPointRecord {
  index: number;
}

/**
 * Stores batches of metric points, all or nothing.
 *
 * Every point is checked before anything is written: its fields, that its entity exists, that the
 * entity accepts its metric, and that a ratio SLI never counts more good (or bad) events than its
 * total for the same entity, time and labels, within the batch and against what is stored. The
 * points are then written in one transaction. Writing a point again replaces it, so a retried batch
 * never counts twice.
 *
 * The entities are read with the plugin's own service credentials, not the pusher's: a pusher's
 * static token is restricted to this plugin (`accessRestrictions: [plugin: platform-product]`, as
 * docs/api.md shows), and such a token may not be passed on to the catalog.
 *
 * @internal
 */
export class MetricIngestService {
  constructor(
    private readonly options: {
      store: MetricStore;
      catalog: CatalogService;
      auth: AuthService;
      now: () => Date;
      /** Told which entities got new points, e.g. to forget cached SLO statuses. */
      onIngested?: (entityRefs: string[]) => void;
    },
  ) {}

  /**
   * @throws InputError naming each bad point (index, field, what was wrong)
   * @throws NotFoundError naming the entities the catalog does not have
   */
  async ingest(points: readonly MetricPointInput[]): Promise<IngestResult> {
    if (points.length === 0 || points.length > MAX_POINTS_PER_BATCH) {
      throw new InputError(
        `points must hold 1 to ${MAX_POINTS_PER_BATCH} points — got ${points.length}; split larger batches`,
      );
    }
    const now = this.options.now().getTime();
    const problems: string[] = [];
    const parsed = points.map((point, index) =>
      parsePoint(point, index, now, problems),
    );
    findRepeats(parsed, problems);
    throwIfProblems(problems);
    const records = parsed as ParsedPoint[];

    const entities = await this.loadEntities(records);
    const rules = new Map(
      [...entities].map(([ref, entity]) => [ref, metricRules(entity)]),
    );
    for (const record of records) {
      const accepted = rules.get(record.entityRef)!;
      if (!accepted.all.has(record.metric)) {
        problems.push(
          `points[${record.index}].metric ${describeValue(
            record.metric,
          )} is not accepted for ${
            record.entityRef
          }; it accepts the well-known metrics (${WELL_KNOWN_METRIC_NAMES.join(
            ', ',
          )})${
            accepted.slis.length > 0
              ? ` and the SLIs its SLOs name (${accepted.slis.join(', ')})`
              : ', and no SLIs since it declares no SLOs in spec.platform.slos'
          }`,
        );
      }
    }
    throwIfProblems(problems);

    await this.options.store.transaction(async store => {
      await checkRatioCounts(records, rules, store, problems);
      throwIfProblems(problems);
      await store.upsertMetricPoints(records, now);
    });

    const entityRefs = [...entities.keys()];
    this.options.onIngested?.(entityRefs);
    return { received: records.length, entities: entityRefs.length };
  }

  private async loadEntities(
    records: readonly ParsedPoint[],
  ): Promise<Map<string, Entity>> {
    const refs = [...new Set(records.map(record => record.entityRef))];
    const { items } = await this.options.catalog.getEntitiesByRefs(
      {
        entityRefs: refs,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'spec.platform',
        ],
      },
      { credentials: await this.options.auth.getOwnServiceCredentials() },
    );
    const entities = new Map<string, Entity>();
    const missing: string[] = [];
    items.forEach((entity, i) => {
      if (entity) {
        entities.set(refs[i], entity);
      } else {
        const where = records
          .filter(record => record.entityRef === refs[i])
          .map(record => `points[${record.index}]`);
        missing.push(`${refs[i]} (${listed(where, 3)})`);
      }
    });
    if (missing.length > 0) {
      throw new NotFoundError(
        `Unknown ${
          missing.length === 1 ? 'entity' : 'entities'
        }, nothing was stored: ${listed(missing, MAX_PROBLEMS_LISTED)} ${
          missing.length === 1 ? 'is' : 'are'
        } not in the catalog; register the entity first or fix entityRef`,
      );
    }
    return entities;
  }
}

function parsePoint(
  point: MetricPointInput,
  index: number,
  now: number,
  problems: string[],
): ParsedPoint | undefined {
  const at = `points[${index}]`;
  const before = problems.length;

  let entityRef = '';
  try {
    entityRef = stringifyEntityRef(parseEntityRef(point.entityRef));
  } catch {
    problems.push(
      `${at}.entityRef must be an entity ref with a kind, such as system:default/deploy-platform — got ${describeValue(
        point.entityRef,
      )}`,
    );
  }

  if (
    typeof point.metric !== 'string' ||
    !METRIC_NAME_PATTERN.test(point.metric)
  ) {
    problems.push(
      `${at}.metric must be a metric name (letters, digits, _ . : -, starting with a letter or _, at most 200 characters) — got ${describeValue(
        point.metric,
      )}`,
    );
  } else if (point.metric.startsWith(PULLED_METRIC_PREFIX)) {
    problems.push(
      `${at}.metric ${describeValue(
        point.metric,
      )} is a pulled metric's name (${PULLED_METRIC_PREFIX}…): its points come from the SLO's metricSource; push under another name, or declare the SLO with metric: instead of metricSource`,
    );
  }

  const ts =
    typeof point.timestamp === 'string'
      ? parseIsoDateTime(point.timestamp)
      : undefined;
  if (ts === undefined) {
    problems.push(
      `${at}.timestamp must be an ISO 8601 date-time with a time zone, such as 2026-03-01T12:00:00Z, on a real date and time — got ${describeValue(
        point.timestamp,
      )}`,
    );
  } else if (ts < 0) {
    problems.push(
      `${at}.timestamp must be after 1970-01-01 — got ${point.timestamp}`,
    );
  } else if (ts > now + MAX_FUTURE_SKEW_MS) {
    problems.push(
      `${at}.timestamp must not be more than ${
        MAX_FUTURE_SKEW_MS / 60000
      } minutes in the future — got ${point.timestamp}, ${Math.round(
        (ts - now) / 60000,
      )} minutes after the server's time ${new Date(
        now,
      ).toISOString()}; check the pusher's clock and time zone`,
    );
  }

  if (typeof point.value !== 'number' || !Number.isFinite(point.value)) {
    problems.push(
      `${at}.value must be a finite number ≥ 0 — got ${describeValue(
        point.value,
      )}`,
    );
  } else if (point.value < 0) {
    problems.push(`${at}.value must be ≥ 0 — got ${point.value}`);
  } else if (point.value > MAX_METRIC_VALUE) {
    // Bounded values keep every sum over them finite: the batch's and the stored windows' alike.
    problems.push(
      `${at}.value must be at most 1e15 — got ${point.value}; push it in a larger unit`,
    );
  }

  const labels = point.labels ?? {};
  problems.push(...metricLabelProblems(labels, `${at}.labels`));

  if (problems.length > before || ts === undefined) {
    return undefined;
  }
  return {
    index,
    entityRef,
    metric: point.metric,
    ts,
    ...canonicalLabels(labels),
    value: point.value,
  };
}

/** A batch may not hold the same point twice: which of the two values would count is unclear. */
function findRepeats(
  parsed: ReadonlyArray<ParsedPoint | undefined>,
  problems: string[],
): void {
  const first = new Map<string, number>();
  for (const point of parsed) {
    if (!point) {
      continue;
    }
    const key = metricPointKeyString(point);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, point.index);
    } else {
      problems.push(
        `points[${point.index}] repeats points[${earlier}] (same entityRef, metric, timestamp and labels); send each point once`,
      );
    }
  }
}

/** What an entity accepts, read once per entity of a batch: its spec is parsed once. */
interface MetricRules {
  /** Every metric name the entity accepts. */
  all: Set<string>;
  /** The SLIs its SLOs name. */
  slis: string[];
  /** The good (or bad) / total pairs of its ratio SLOs. */
  ratios: RatioMetrics[];
}

function metricRules(entity: Entity): MetricRules {
  const spec = platformSpecOf(entity);
  const slis = sloMetricNames(spec);
  return {
    all: new Set([...WELL_KNOWN_METRIC_NAMES, ...slis]),
    slis,
    ratios: (spec?.slos ?? []).flatMap(slo => {
      const ratio = ratioMetricsOf(slo);
      return ratio ? [ratio] : [];
    }),
  };
}

/**
 * A ratio SLI counts good (or bad) events among all events: for the same entity, time and labels,
 * the counted value may not exceed the total. The counterpart of each point is looked up in the
 * batch first, then among the stored points.
 */
async function checkRatioCounts(
  records: readonly ParsedPoint[],
  rules: ReadonlyMap<string, MetricRules>,
  store: MetricStore,
  problems: string[],
): Promise<void> {
  const inBatch = new Map(records.map(r => [metricPointKeyString(r), r]));
  const checks: Array<{
    record: ParsedPoint;
    pair: RatioMetrics;
    counterpart: MetricPointKey;
  }> = [];
  for (const record of records) {
    for (const pair of rules.get(record.entityRef)!.ratios) {
      if (record.metric === pair.counted) {
        checks.push({
          record,
          pair,
          counterpart: { ...record, metric: pair.total },
        });
      } else if (record.metric === pair.total) {
        const counted = { ...record, metric: pair.counted };
        // When both are in the batch, the check of the counted point covers the pair.
        if (!inBatch.has(metricPointKeyString(counted))) {
          checks.push({ record, pair, counterpart: counted });
        }
      }
    }
  }
  const stored = await store.getMetricValues(
    checks
      .map(check => check.counterpart)
      .filter(key => !inBatch.has(metricPointKeyString(key))),
  );
  for (const { record, pair, counterpart } of checks) {
    const key = metricPointKeyString(counterpart);
    const batchPoint = inBatch.get(key);
    const value = batchPoint?.value ?? stored.get(key);
    if (value === undefined) {
      continue;
    }
    const where = batchPoint ? `points[${batchPoint.index}]` : 'already stored';
    if (record.metric === pair.counted && record.value > value) {
      problems.push(
        `points[${record.index}].value must not be more than the ${pair.total} of the same entity, timestamp and labels (${value}, ${where}) — got ${record.value}; ${pair.counts} events are a subset of all events`,
      );
    } else if (record.metric === pair.total && record.value < value) {
      problems.push(
        `points[${record.index}].value must not be less than the ${pair.counted} of the same entity, timestamp and labels (${value}, ${where}) — got ${record.value}; ${pair.counts} events are a subset of all events`,
      );
    }
  }
}

function throwIfProblems(problems: readonly string[]): void {
  if (problems.length > 0) {
    throw new InputError(
      `Invalid metric batch, nothing was stored: ${listed(
        problems,
        MAX_PROBLEMS_LISTED,
        '; ',
      )}`,
    );
  }
}

function listed(
  items: readonly string[],
  max: number,
  separator = ', ',
): string {
  const shown = items.slice(0, max).join(separator);
  return items.length > max
    ? `${shown}${separator}and ${items.length - max} more`
    : shown;
}
