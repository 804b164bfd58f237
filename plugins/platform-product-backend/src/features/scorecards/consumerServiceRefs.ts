import type { PlatformAdoption } from '@platform-product/backstage-plugin-platform-product-common';

/** The consumers of a platform that are services: the Components among them. */
export function consumerServiceRefs(adoption: PlatformAdoption): string[] {
  return adoption.consumers
    .map(consumer => consumer.entityRef)
    .filter(ref => ref.startsWith('component:'));
}
