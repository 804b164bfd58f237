import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, RELATION_PART_OF } from '@backstage/catalog-model';
import {
  DeprecationDebt,
  DeprecationDetail,
  DeprecationSummary,
  EntityDeprecations,
  GroupPlatformPicture,
  PlatformConsumer,
  toUtcDay,
  utcDaysBetween,
} from '@platform-product/backstage-plugin-platform-product-common';
import { DeprecationConsumerSource } from '../../ports';
import { AssessedDeprecation, DeprecationCatalog } from './DeprecationCatalog';
import { DeprecationStore } from './DeprecationStore';
import { consumersByTeam, toDeprecationSummary } from './deprecationViews';

/**
 * What the deprecations look like: the list, one deprecation with its consumers by team, the
 * deprecations an entity's page warns about, the deprecation debt of a platform, and the daily
 * burn-down snapshot they are charted from. Implements {@link DeprecationConsumerSource} for key
 * results bound to a deprecation's consumers.
 *
 * @internal
 */
export class DeprecationService implements DeprecationConsumerSource {
  constructor(
    private readonly options: {
      deprecationCatalog: DeprecationCatalog;
      store: DeprecationStore;
      logger: LoggerService;
      now: () => Date;
    },
  ) {}

  /** Every deprecation the caller can see, with counts and trend. */
  async list(
    credentials: BackstageCredentials,
  ): Promise<{ items: DeprecationSummary[] }> {
    const { deprecationCatalog } = this.options;
    const { deprecations, entities } = await deprecationCatalog.assessAll();
    const shown = await deprecationCatalog.visibleTo(deprecations, credentials);
    return { items: await this.summarize(shown, entities) };
  }

  /**
   * One deprecation: its consumers grouped by team, each with its exception, and every exception
   * ever requested (also those of consumers that have left the catalog).
   *
   * @throws NotFoundError when the caller cannot see the entity or it is not deprecated
   */
  async detail(
    ref: string,
    credentials: BackstageCredentials,
  ): Promise<DeprecationDetail> {
    const { deprecation, entities } =
      await this.options.deprecationCatalog.find(ref, credentials);
    const [summary] = await this.summarize([deprecation], entities);
    return {
      deprecation: summary,
      byTeam: consumersByTeam(deprecation, entities),
      exceptionHistory: deprecation.assessment.exceptions,
    };
  }

  /**
   * The deprecations that affect an entity as a consumer, each with the entity's exception: what
   * its page's banner shows. Empty for entities that consume nothing deprecated.
   *
   * @throws NotFoundError when the caller cannot see the entity, or it is not in the catalog
   */
  async forEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityDeprecations> {
    const { deprecationCatalog } = this.options;
    const ref = entityRef.toLowerCase();
    const { deprecations, entities } = await deprecationCatalog.assessAll(d =>
      d.consumers.some(c => c.entityRef === ref),
    );
    const shown = await deprecationCatalog.visibleForEntity(
      ref,
      deprecations,
      credentials,
    );
    const summaries = await this.summarize(shown, entities);
    return {
      entityRef: ref,
      items: shown.map((d, i) => ({
        deprecation: summaries[i],
        consumer: d.assessment.consumers.find(c => c.entityRef === ref)!,
      })),
    };
  }

  /**
   * The consumers owned by any of these groups that sit on a deprecated entity the caller can
   * see, each with the deprecation, its sunset and the consumer's own exception state: what a
   * group's page lists. Sorted by sunset, then consumer.
   */
  async consumedByOwners(
    ownerRefs: ReadonlySet<string>,
    credentials: BackstageCredentials,
  ): Promise<GroupPlatformPicture['deprecatedDependencies']> {
    const { deprecationCatalog } = this.options;
    const owned = (c: { ownerRefs: string[] }) =>
      c.ownerRefs.some(owner => ownerRefs.has(owner.toLowerCase()));
    const { deprecations, entities } = await deprecationCatalog.assessAll(d =>
      d.consumers.some(owned),
    );
    const shown = await deprecationCatalog.visibleTo(deprecations, credentials);
    const today = toUtcDay(this.options.now().getTime());
    return shown
      .flatMap(d => {
        const entity = entities.get(d.ref) ?? d.entity;
        return d.assessment.consumers.filter(owned).map(consumer => ({
          entityRef: consumer.entityRef,
          deprecationRef: d.ref,
          deprecationTitle: entity.metadata.title ?? entity.metadata.name,
          sunsetDate: d.spec.sunset,
          daysToSunset: utcDaysBetween(today, d.spec.sunset),
          ...(d.spec.replacedBy ? { replacementRef: d.spec.replacedBy } : {}),
          exception: consumer.exception
            ? {
                state: consumer.exception.state,
                ...(consumer.exception.state === 'approved' ||
                consumer.exception.state === 'expired'
                  ? { expiresAt: consumer.exception.requestedEnd }
                  : {}),
              }
            : null,
          inViolation: consumer.inViolation,
        }));
      })
      .sort(
        (a, b) =>
          a.sunsetDate.localeCompare(b.sunsetDate) ||
          a.entityRef.localeCompare(b.entityRef),
      );
  }

  /**
   * Stores today's burn-down of every deprecation: consumers remaining, violations, approved and
   * requested exceptions. Running it twice on one day keeps one row per deprecation.
   */
  async snapshotAll(): Promise<number> {
    const { deprecationCatalog, store, logger, now } = this.options;
    const { deprecations } = await deprecationCatalog.assessAll();
    const today = deprecationCatalog.today();
    await store.upsertSnapshots(
      deprecations.map(({ ref, assessment }) => ({
        deprecationRef: ref,
        day: today,
        consumers: assessment.counts.consumers,
        violations: assessment.counts.violations,
        activeExceptions: assessment.counts.exceptions.approved,
        requestedExceptions: assessment.counts.exceptions.requested,
      })),
      now().getTime(),
    );
    logger.info(
      `Stored the deprecation burn-down of ${today} for ${deprecations.length} deprecations`,
    );
    return deprecations.length;
  }

  /**
   * The current consumers of a deprecated entity (its lower-case ref) in the catalog graph, or
   * undefined when the graph has no such entity with a valid `spec.deprecation`.
   */
  async consumersOf(
    deprecationRef: string,
  ): Promise<readonly PlatformConsumer[] | undefined> {
    const { deprecations } =
      await this.options.deprecationCatalog.catalogDeprecations();
    return deprecations.find(d => d.ref === deprecationRef)?.consumers;
  }

  /**
   * The deprecation debt of a platform: the consumers still on its deprecated parts (deprecated
   * entities whose system is the platform, or the platform itself).
   */
  async debtOf(platformRef: string): Promise<DeprecationDebt> {
    const ref = platformRef.toLowerCase();
    const { deprecations } = await this.options.deprecationCatalog.assessAll();
    const parts = deprecations.filter(
      d => d.ref === ref || isPartOf(d.entity, ref),
    );
    const consumers = new Set<string>();
    const violations = new Set<string>();
    for (const part of parts) {
      for (const consumer of part.assessment.consumers) {
        consumers.add(consumer.entityRef);
        if (consumer.inViolation) {
          violations.add(consumer.entityRef);
        }
      }
    }
    return {
      deprecations: parts.length,
      consumers: consumers.size,
      violations: violations.size,
    };
  }

  /** The summaries of these deprecations, in order, each with its burn-down. */
  private async summarize(
    deprecations: readonly AssessedDeprecation[],
    entities: ReadonlyMap<string, Entity>,
  ): Promise<DeprecationSummary[]> {
    const { deprecationCatalog } = this.options;
    const trends = await deprecationCatalog.trends(
      deprecations.map(d => d.ref),
    );
    const today = deprecationCatalog.today();
    return deprecations.map(deprecation =>
      toDeprecationSummary({
        deprecation,
        entities,
        today,
        trend: trends.get(deprecation.ref),
      }),
    );
  }
}

/** Whether the entity is part of (`partOf`) the entity with this ref. */
function isPartOf(entity: Entity, ref: string): boolean {
  return (entity.relations ?? []).some(
    relation =>
      relation.type === RELATION_PART_OF &&
      relation.targetRef.toLowerCase() === ref,
  );
}
