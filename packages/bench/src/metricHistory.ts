import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { MetricPointInput } from '@platform-product/backstage-plugin-platform-product-common';

const DAY = 86_400_000;

/**
 * `days` of daily points up to `now`: SLIs, support, usage and cost per platform of the synthetic
 * catalog; deployments per consumer service.
 */
export function metricHistory(
  entities: Entity[],
  now: number,
  days: number,
): MetricPointInput[] {
  const points: MetricPointInput[] = [];
  const today = Math.floor(now / DAY) * DAY;
  const push = (
    entityRef: string,
    metric: string,
    time: number,
    value: number,
  ) =>
    points.push({
      entityRef,
      metric,
      timestamp: new Date(time).toISOString(),
      value,
    });
  for (const entity of entities) {
    const ref = stringifyEntityRef(entity);
    const platform = (entity.spec as any)?.platform;
    for (let day = days - 1; day >= 0; day--) {
      const time = today - day * DAY;
      if (platform) {
        const k = entity.metadata.name.split('-')[1];
        const total = 100_000 + ((day * 7919) % 5000);
        push(ref, `platform_${k}_total`, time, total);
        push(ref, `platform_${k}_good`, time, total - ((day * 31) % 150));
        push(ref, 'support_tickets', time, day % 5);
        push(ref, 'active_users', time, 200);
        push(ref, 'cost', time, 400);
      } else if (
        entity.kind === 'Component' &&
        entity.metadata.name.startsWith('service-')
      ) {
        push(ref, 'deployments', time, (day + ref.length) % 9);
      }
    }
  }
  return points;
}
