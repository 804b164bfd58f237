import type { Entity } from '@backstage/catalog-model';
import type {
  EntityCard,
  DeprecationDetail,
  DeprecationException,
  DeprecationSummary,
  EntityDeprecations,
} from '@platform-product/backstage-plugin-platform-product-common';

/** A consumer of the Docker runtime, owned by group:default/team-checkout. */
export const consumerEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'order-confirmation-worker', namespace: 'default' },
  spec: { type: 'service', owner: 'team-checkout', lifecycle: 'production' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-checkout' }],
};

export const dockerRuntime: DeprecationSummary = {
  entityRef: 'resource:default/docker-runtime',
  title: 'Docker container runtime (deprecated)',
  ownerRefs: ['group:default/team-delivery-platform'],
  announced: '2026-09-01',
  sunset: '2027-06-30',
  reason: 'Docker shim support ends upstream.',
  replacedBy: 'resource:default/containerd-runtime',
  replacementFound: true,
  migrationGuide: 'https://docs.acme.example/migrate-to-containerd',
  phase: 'announced',
  daysToSunset: 217,
  consumers: 16,
  consumerTeams: 12,
  violations: 0,
  exceptions: { requested: 1, approved: 0, denied: 0, expired: 0 },
  warnings: [],
  trend: [
    { day: '2026-11-24', consumers: 17, violations: 0, activeExceptions: 0 },
    { day: '2026-11-25', consumers: 16, violations: 0, activeExceptions: 0 },
  ],
};

export function exceptionOf(
  overrides: Partial<DeprecationException> = {},
): DeprecationException {
  return {
    id: 'ex-1',
    deprecationRef: 'resource:default/docker-runtime',
    consumerRef: 'component:default/order-confirmation-worker',
    consumerOwnerRefs: ['group:default/team-checkout'],
    reason: 'Peak season freeze',
    requestedEnd: '2027-09-30',
    status: 'requested',
    state: 'requested',
    requestedBy: 'user:default/guest',
    requestedAt: '2026-11-25T09:00:00.000Z',
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    consumerInCatalog: true,
    ...overrides,
  };
}

export function entityDeprecationsOf(
  exception: DeprecationException | null,
  overrides: Partial<DeprecationSummary> = {},
  inViolation = false,
): EntityDeprecations {
  return {
    entityRef: 'component:default/order-confirmation-worker',
    items: [
      {
        deprecation: { ...dockerRuntime, ...overrides },
        consumer: {
          entityRef: 'component:default/order-confirmation-worker',
          title: 'Order confirmation worker',
          ownerRefs: ['group:default/team-checkout'],
          via: ['resource:default/docker-runtime'],
          exception,
          inViolation,
        },
      },
    ],
  };
}

/** The service card of the consumer, with the deprecations {@link entityDeprecationsOf} builds. */
export function consumerCardOf(
  ...args: Parameters<typeof entityDeprecationsOf>
): EntityCard {
  const { entityRef, items } = entityDeprecationsOf(...args);
  return {
    entityRef,
    platforms: [],
    roadmap: { personas: [], platforms: [] },
    announcements: [],
    surveyPrompt: null,
    deprecations: items,
  };
}

export function detailOf(exception: DeprecationException): DeprecationDetail {
  const { items } = entityDeprecationsOf(exception);
  return {
    deprecation: dockerRuntime,
    byTeam: [
      {
        ownerRef: 'group:default/team-checkout',
        title: 'Checkout',
        consumers: [items[0].consumer],
      },
    ],
    exceptionHistory: [exception],
  };
}
