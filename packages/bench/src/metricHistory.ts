import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { MetricPointInput } from '@platform-product/backstage-plugin-platform-product-common';

const DAY = 86_400_000;

/**
 * `days` of daily points up to `now`: SLIs, support, usage and cost per platform of the synthetic
 * catalog; deployments per consumer service. Yielded in batches of `batchSize` (the ingest API's
 * batch), so that a 50,000-entity catalog's 15 million points are never held at once.
 */
export function* metricHistory(
  entities: Entity[],
  now: number,
  days: number,
  batchSize: number,
): Generator<MetricPointInput[]> {
  let batch: MetricPointInput[] = [];
  const today = Math.floor(now / DAY) * DAY;
  const timestamps = Array.from({ length: days }, (_, day) =>
    new Date(today - day * DAY).toISOString(),
  );
  const push = (
    entityRef: string,
    metric: string,
    day: number,
    value: number,
  ) => batch.push({ entityRef, metric, timestamp: timestamps[day], value });
  for (const entity of entities) {
    const ref = stringifyEntityRef(entity);
    const platform = (entity.spec as any)?.platform;
    const consumer =
      entity.kind === 'Component' &&
      entity.metadata.name.startsWith('service-');
    for (let day = days - 1; day >= 0; day--) {
      // A day adds at most five points: flush first, so no batch passes `batchSize`.
      if (batch.length > batchSize - 5) {
        yield batch;
        batch = [];
      }
      if (platform) {
        const k = entity.metadata.name.split('-')[1];
        const total = 100_000 + ((day * 7919) % 5000);
        push(ref, `platform_${k}_total`, day, total);
        push(ref, `platform_${k}_good`, day, total - ((day * 31) % 150));
        push(ref, 'support_tickets', day, day % 5);
        push(ref, 'active_users', day, 200);
        push(ref, 'cost', day, 400);
      } else if (consumer) {
        push(ref, 'deployments', day, (day + ref.length) % 9);
      }
    }
  }
  if (batch.length > 0) yield batch;
}
