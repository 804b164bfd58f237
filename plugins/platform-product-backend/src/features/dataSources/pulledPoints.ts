import { getOrCompute } from '@platform-product/backstage-plugin-platform-product-common';
import { PulledSeries } from '@platform-product/backstage-plugin-platform-product-node';

/** Points by step: the time of each step's end (ms) → the value. */
export type StepPoints = Map<number, number>;

/**
 * The sum of the series at each step (timestamps rounded to the step). A step where any series has
 * a value that is no number (NaN, ±Inf) is left out and counted in `skipped`.
 */
export function sumPerStep(
  series: readonly PulledSeries[],
  stepMs: number,
): { points: StepPoints; skipped: number } {
  const points: StepPoints = new Map();
  const bad = new Set<number>();
  for (const { points: values } of series) {
    for (const { timestamp, value } of values) {
      const ts = Math.round(timestamp.getTime() / stepMs) * stepMs;
      if (!Number.isFinite(value)) {
        bad.add(ts);
        continue;
      }
      points.set(ts, (points.get(ts) ?? 0) + value);
    }
  }
  for (const ts of bad) {
    points.delete(ts);
  }
  return { points, skipped: bad.size };
}

/** A consumer service a per-consumer source's series may name. */
export interface SeriesConsumer {
  entityRef: string;
  name: string;
  /** Its `platform-product.dev/metrics-id` annotation, when it has one. */
  metricsId?: string;
}

/**
 * What each label value names: a service's metrics-id annotation first, then its name when no
 * other service has that name, then its entity reference.
 */
export function consumerLabelIndex(
  consumers: readonly SeriesConsumer[],
): Map<string, string> {
  const index = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const consumer of consumers) {
    byName.set(consumer.name, [
      ...(byName.get(consumer.name) ?? []),
      consumer.entityRef,
    ]);
  }
  for (const consumer of consumers) {
    index.set(consumer.entityRef, consumer.entityRef);
  }
  for (const [name, refs] of byName) {
    if (refs.length === 1) {
      index.set(name, refs[0]);
    }
  }
  for (const consumer of consumers) {
    if (consumer.metricsId) {
      index.set(consumer.metricsId, consumer.entityRef);
    }
  }
  return index;
}

/**
 * The series of a per-consumer source, summed per service and step. A series whose label names no
 * consumer (or that lacks the label) is left out and named in `unmapped` (`label="value"`, or
 * `no label "<label>"`), each once, sorted.
 */
export function splitByConsumer(options: {
  series: readonly PulledSeries[];
  label: string;
  index: ReadonlyMap<string, string>;
  stepMs: number;
}): { byEntity: Map<string, StepPoints>; skipped: number; unmapped: string[] } {
  const { label, index, stepMs } = options;
  const grouped = new Map<string, PulledSeries[]>();
  const unmapped = new Set<string>();
  for (const series of options.series) {
    const value = series.labels[label];
    const entityRef = value === undefined ? undefined : index.get(value);
    if (entityRef === undefined) {
      unmapped.add(
        value === undefined ? `no label "${label}"` : `${label}="${value}"`,
      );
      continue;
    }
    getOrCompute(grouped, entityRef, () => []).push(series);
  }
  const byEntity = new Map<string, StepPoints>();
  let skipped = 0;
  for (const [entityRef, series] of grouped) {
    const summed = sumPerStep(series, stepMs);
    byEntity.set(entityRef, summed.points);
    skipped += summed.skipped;
  }
  return { byEntity, skipped, unmapped: [...unmapped].sort() };
}
