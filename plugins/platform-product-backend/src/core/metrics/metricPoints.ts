import { createHash } from 'node:crypto';
import { Knex } from 'knex';

/**
 * One metric point as stored: the entity ref in lower case, the time in milliseconds since the
 * epoch, and the labels as canonical JSON with their hash.
 *
 * @internal
 */
export interface MetricPointRecord {
  entityRef: string;
  metric: string;
  ts: number;
  labelsHash: string;
  labels: string;
  value: number;
}

/**
 * What identifies a metric point: ingest replaces the point with the same key.
 *
 * @internal
 */
export type MetricPointKey = Pick<
  MetricPointRecord,
  'entityRef' | 'metric' | 'ts' | 'labelsHash'
>;

/**
 * A half-open time range in milliseconds since the epoch: `from <= ts < to`.
 *
 * @internal
 */
export interface TimeRange {
  from: number;
  to: number;
}

/**
 * The one definition of a metric time range in queries: `range.from <= ts < range.to`, in whole
 * milliseconds.
 *
 * @internal
 */
export function tsWithin(range: TimeRange) {
  return (query: Knex.QueryBuilder) => {
    query
      .where('ts', '>=', Math.floor(range.from))
      .where('ts', '<', Math.ceil(range.to));
  };
}

/**
 * A string that identifies a metric point, for maps keyed by point.
 *
 * @internal
 */
export function metricPointKeyString(key: MetricPointKey): string {
  return `${key.entityRef}\n${key.metric}\n${key.ts}\n${key.labelsHash}`;
}

/**
 * Labels as stored: canonical JSON (keys sorted) and its SHA-256, which is part of a point's key.
 * Ingest and the metric providers' pulls both store labels through this.
 *
 * @internal
 */
export function canonicalLabels(labels: Record<string, string>): {
  labels: string;
  labelsHash: string;
} {
  const text = JSON.stringify(
    Object.fromEntries(
      Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  );
  return {
    labels: text,
    labelsHash: createHash('sha256').update(text).digest('hex'),
  };
}
