import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  addUtcDays,
  assessDeprecation,
  checkExceptionEnd,
  utcDaysBetween,
  DeprecationAssessment,
  DeprecationDebt,
  DeprecationDetail,
  DeprecationException,
  DeprecationExceptionAuditEntry,
  DeprecationExceptionDecision,
  DeprecationExceptionRequest,
  deprecationExceptionDecidePermission,
  deprecationExceptionRequestPermission,
  deprecationPhase,
  DeprecationSpec,
  DeprecationSummary,
  DeprecationTeamConsumers,
  EntityDeprecations,
  exceptionState,
  findConsumers,
  getDeprecationSpec,
  isExceptionOpen,
  PlatformConsumer,
  resolveEntityRef,
  toUtcDay,
} from '@platform-product/backstage-plugin-platform-product-common';
import { DeprecationStore } from './DeprecationStore';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';

/** How many days of burn-down the list and the detail return. */
export const DEPRECATION_TREND_DAYS = 90;

/**
 * A deprecated entity found in the catalog graph, with its current consumers.
 *
 * @internal
 */
export interface CatalogDeprecation {
  ref: string;
  entity: Entity;
  spec: DeprecationSpec;
  consumers: PlatformConsumer[];
}

/**
 * A deprecation with its consumers and exceptions assessed as of today.
 *
 * @internal
 */
export interface AssessedDeprecation extends CatalogDeprecation {
  assessment: DeprecationAssessment;
}

const relatedRefs = (entity: Entity | undefined, type: string) =>
  (entity?.relations ?? [])
    .filter(relation => relation.type === type)
    .map(relation => relation.targetRef.toLowerCase())
    .sort();

/**
 * Deprecations: the deprecated entities of the catalog (`spec.deprecation`), their consumers from
 * the catalog graph (the common package's `findConsumers`), exceptions and their rules, the daily
 * burn-down, and the deprecation debt of a platform.
 *
 * @internal
 */
export class DeprecationService {
  constructor(
    private readonly options: {
      store: DeprecationStore;
      /** The catalog graph (entities with relations and `spec.deprecation`), read as the plugin. */
      loadEntities: () => Promise<readonly Entity[]>;
      /** Reads entities with the caller's credentials, so nobody sees what the catalog hides. */
      catalog: CatalogService;
      entityPermissions: EntityPermissions;
      notifications: NotificationService;
      logger: LoggerService;
      now: () => Date;
      /** How many days after the sunset an exception may end at the latest. */
      maxExceptionDaysAfterSunset: number;
    },
  ) {}

  /** Today, UTC. */
  today(): string {
    return toUtcDay(this.options.now().getTime());
  }

  /** Every deprecated entity in the catalog graph with a valid `spec.deprecation`, by ref. */
  async catalogDeprecations(): Promise<{
    deprecations: CatalogDeprecation[];
    entities: ReadonlyMap<string, Entity>;
  }> {
    const list = await this.options.loadEntities();
    const entities = new Map(list.map(e => [stringifyEntityRef(e), e]));
    const deprecations: CatalogDeprecation[] = [];
    for (const [ref, entity] of entities) {
      const spec = getDeprecationSpec(entity);
      if (spec) {
        deprecations.push({
          ref,
          entity,
          spec,
          consumers: findConsumers(entity, list),
        });
      }
    }
    deprecations.sort((a, b) => (a.ref < b.ref ? -1 : 1));
    return { deprecations, entities };
  }

  /** Every deprecation, assessed as of today. */
  async assessAll(): Promise<{
    deprecations: AssessedDeprecation[];
    entities: ReadonlyMap<string, Entity>;
  }> {
    const { deprecations, entities } = await this.catalogDeprecations();
    const exceptions = await this.options.store.listExceptions({
      deprecationRefs: deprecations.map(d => d.ref),
    });
    const today = this.today();
    return {
      entities,
      deprecations: deprecations.map(deprecation => ({
        ...deprecation,
        assessment: assessDeprecation({
          spec: deprecation.spec,
          consumers: deprecation.consumers,
          exceptions: exceptions.filter(
            e => e.deprecationRef === deprecation.ref,
          ),
          today,
          titles: titlesOf(deprecation.consumers, entities),
        }),
      })),
    };
  }

  /** Every deprecation the caller can see, with counts and trend. */
  async list(
    credentials: BackstageCredentials,
  ): Promise<{ items: DeprecationSummary[] }> {
    const { deprecations, entities } = await this.assessAll();
    const visible = await this.visibleRefs(
      deprecations.map(d => d.ref),
      credentials,
    );
    const shown = deprecations.filter(d => visible.has(d.ref));
    const trends = await this.trends(shown.map(d => d.ref));
    return {
      items: shown.map(d => this.summarize(d, entities, trends.get(d.ref))),
    };
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
    const { deprecation, entities } = await this.find(ref, credentials);
    const trends = await this.trends([deprecation.ref]);
    const byOwner = new Map<string | null, DeprecationTeamConsumers>();
    for (const consumer of deprecation.assessment.consumers) {
      for (const ownerRef of consumer.ownerRefs.length
        ? consumer.ownerRefs
        : [null]) {
        const team = byOwner.get(ownerRef) ?? {
          ownerRef,
          title: ownerRef ? titleOf(entities.get(ownerRef)) : null,
          consumers: [],
        };
        team.consumers.push(consumer);
        byOwner.set(ownerRef, team);
      }
    }
    return {
      deprecation: this.summarize(
        deprecation,
        entities,
        trends.get(deprecation.ref),
      ),
      byTeam: [...byOwner.values()].sort((a, b) =>
        (a.ownerRef ?? '\uffff') < (b.ownerRef ?? '\uffff') ? -1 : 1,
      ),
      exceptionHistory: deprecation.assessment.exceptions,
    };
  }

  /**
   * The deprecations that affect an entity as a consumer, each with the entity's exception: what
   * its page's banner shows. Empty for entities that consume nothing deprecated.
   */
  async forEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityDeprecations> {
    const ref = entityRef.toLowerCase();
    const { deprecations, entities } = await this.assessAll();
    const affecting = deprecations.filter(d =>
      d.consumers.some(c => c.entityRef === ref),
    );
    const visible = await this.visibleRefs(
      affecting.map(d => d.ref),
      credentials,
    );
    const shown = affecting.filter(d => visible.has(d.ref));
    const trends = await this.trends(shown.map(d => d.ref));
    return {
      entityRef: ref,
      items: shown.map(d => ({
        deprecation: this.summarize(d, entities, trends.get(d.ref)),
        consumer: d.assessment.consumers.find(c => c.entityRef === ref)!,
      })),
    };
  }

  /**
   * Requests an exception for a consumer. Only the consumer's owners may; the end date must not be
   * in the past nor later than the sunset plus the configured maximum; the entity must be a
   * consumer; a consumer has at most one requested or approved, unexpired exception.
   */
  async requestException(
    deprecationRef: string,
    request: DeprecationExceptionRequest,
    credentials: BackstageCredentials,
  ): Promise<DeprecationException> {
    const { deprecation } = await this.find(deprecationRef, credentials);
    const consumerRef = this.parseRef(request.consumerRef, 'consumerRef');
    await this.options.entityPermissions.authorize(
      deprecationExceptionRequestPermission,
      consumerRef,
      credentials,
      `request an exception to the deprecation of ${deprecation.ref} for it`,
    );
    const reason = request.reason.trim();
    if (!reason) {
      throw new InputError(
        'reason must say why the consumer needs more time; it is empty',
      );
    }
    const today = this.today();
    const problem = checkExceptionEnd({
      requestedEnd: request.requestedEnd,
      today,
      sunset: deprecation.spec.sunset,
      maxDaysAfterSunset: this.options.maxExceptionDaysAfterSunset,
    });
    if (problem) {
      throw new InputError(problem);
    }
    const consumer = deprecation.consumers.find(
      c => c.entityRef === consumerRef,
    );
    if (!consumer) {
      throw new InputError(
        `${consumerRef} does not depend on ${deprecation.ref}; only its consumers need an exception`,
      );
    }
    const requestedBy = userOf(credentials);
    const requestedAt = this.options.now().toISOString();
    const exception = {
      id: randomUUID(),
      deprecationRef: deprecation.ref,
      consumerRef,
      consumerOwnerRefs: consumer.ownerRefs,
      reason,
      requestedEnd: request.requestedEnd,
      status: 'requested' as const,
      requestedBy,
      requestedAt,
      decidedBy: null,
      decidedAt: null,
      decisionReason: null,
    };
    await this.options.store.transaction(async store => {
      const open = (
        await store.listExceptions({
          deprecationRefs: [deprecation.ref],
          consumerRef,
        })
      ).find(e => isExceptionOpen(exceptionState(e, today)));
      if (open) {
        throw new ConflictError(
          `${consumerRef} already has a ${open.status} exception to ${deprecation.ref} until ${open.requestedEnd} (id ${open.id}); wait for it to be decided or to expire`,
        );
      }
      await store.insertException(exception);
      await store.insertAudit({
        exceptionId: exception.id,
        actor: requestedBy,
        at: requestedAt,
        action: 'requested',
        details: { reason, requestedEnd: request.requestedEnd },
      });
    });
    return { ...exception, state: 'requested', consumerInCatalog: true };
  }

  /**
   * Approves or denies a requested exception, with a reason; only the deprecated entity's owners
   * may. Tells the requester.
   */
  async decideException(
    deprecationRef: string,
    exceptionId: string,
    decision: DeprecationExceptionDecision,
    credentials: BackstageCredentials,
  ): Promise<DeprecationException> {
    const { deprecation } = await this.find(deprecationRef, credentials);
    const stored = await this.options.store.getException(exceptionId);
    if (!stored || stored.deprecationRef !== deprecation.ref) {
      throw new NotFoundError(
        `No exception ${exceptionId} to the deprecation of ${deprecation.ref}`,
      );
    }
    await this.options.entityPermissions.authorize(
      deprecationExceptionDecidePermission,
      deprecation.ref,
      credentials,
      'decide exceptions to its deprecation',
    );
    const reason = decision.reason.trim();
    if (!reason) {
      throw new InputError(
        `reason must say why the exception is ${decision.decision}; it is empty`,
      );
    }
    const today = this.today();
    const state = exceptionState(stored, today);
    if (state !== 'requested') {
      throw new ConflictError(
        state === 'expired'
          ? `Exception ${exceptionId} ended on ${stored.requestedEnd} before it was decided; the consumer may request a new one`
          : `Exception ${exceptionId} was already ${stored.status} by ${stored.decidedBy} on ${stored.decidedAt}`,
      );
    }
    const decidedBy = userOf(credentials);
    const decidedAt = this.options.now();
    await this.options.store.transaction(async store => {
      const won = await store.decideException({
        id: exceptionId,
        status: decision.decision,
        decidedBy,
        decidedAt: decidedAt.getTime(),
        decisionReason: reason,
      });
      if (!won) {
        throw new ConflictError(
          `Exception ${exceptionId} was decided by someone else meanwhile; reload it`,
        );
      }
      await store.insertAudit({
        exceptionId,
        actor: decidedBy,
        at: decidedAt.toISOString(),
        action: decision.decision,
        details: { reason },
      });
    });
    const decided = {
      ...stored,
      status: decision.decision,
      decidedBy,
      decidedAt: decidedAt.toISOString(),
      decisionReason: reason,
    };
    await this.notifyRequester(deprecation, decided);
    return {
      ...decided,
      state: exceptionState(decided, today),
      consumerInCatalog: deprecation.consumers.some(
        c => c.entityRef === decided.consumerRef,
      ),
    };
  }

  /** An exception's audit trail, oldest first. */
  async audit(
    deprecationRef: string,
    exceptionId: string,
    credentials: BackstageCredentials,
  ): Promise<{ items: DeprecationExceptionAuditEntry[] }> {
    const ref = this.parseRef(deprecationRef, 'deprecation');
    await this.assertVisible(ref, credentials);
    const stored = await this.options.store.getException(exceptionId);
    if (!stored || stored.deprecationRef !== ref) {
      throw new NotFoundError(
        `No exception ${exceptionId} to the deprecation of ${ref}`,
      );
    }
    return { items: await this.options.store.listAudit(exceptionId) };
  }

  /**
   * Stores today's burn-down of every deprecation: consumers remaining, violations, approved and
   * requested exceptions. Running it twice on one day keeps one row per deprecation.
   */
  async snapshotAll(): Promise<number> {
    const { deprecations } = await this.assessAll();
    const today = this.today();
    await this.options.store.upsertSnapshots(
      deprecations.map(({ ref, assessment }) => ({
        deprecationRef: ref,
        day: today,
        consumers: assessment.counts.consumers,
        violations: assessment.counts.violations,
        activeExceptions: assessment.counts.exceptions.approved,
        requestedExceptions: assessment.counts.exceptions.requested,
      })),
      this.options.now().getTime(),
    );
    this.options.logger.info(
      `Stored the deprecation burn-down of ${today} for ${deprecations.length} deprecations`,
    );
    return deprecations.length;
  }

  /**
   * The deprecation debt of a platform: the consumers still on its deprecated parts (deprecated
   * entities whose system is the platform, or the platform itself).
   */
  async debtOf(platformRef: string): Promise<DeprecationDebt> {
    const ref = platformRef.toLowerCase();
    const { deprecations } = await this.assessAll();
    const parts = deprecations.filter(
      d =>
        d.ref === ref || relatedRefs(d.entity, RELATION_PART_OF).includes(ref),
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

  private summarize(
    deprecation: AssessedDeprecation,
    entities: ReadonlyMap<string, Entity>,
    trend: DeprecationSummary['trend'] = [],
  ): DeprecationSummary {
    const { ref, entity, spec, assessment } = deprecation;
    const today = this.today();
    const replacedBy = spec.replacedBy
      ? resolveEntityRef({
          ref: spec.replacedBy,
          defaultKind: entity.kind.toLocaleLowerCase('en-US'),
          defaultNamespace: entity.metadata.namespace ?? 'default',
          field: 'spec.deprecation.replacedBy',
        })
      : null;
    const replacementFound = replacedBy ? entities.has(replacedBy) : null;
    return {
      entityRef: ref,
      title: titleOf(entity) ?? entity.metadata.name,
      ownerRefs: relatedRefs(entity, RELATION_OWNED_BY),
      announced: spec.announced,
      sunset: spec.sunset,
      reason: spec.reason,
      replacedBy,
      replacementFound,
      migrationGuide: spec.migrationGuide ?? null,
      phase: deprecationPhase(spec, today),
      daysToSunset: utcDaysBetween(today, spec.sunset),
      consumers: assessment.counts.consumers,
      consumerTeams: assessment.counts.consumerTeams,
      violations: assessment.counts.violations,
      exceptions: assessment.counts.exceptions,
      warnings:
        replacementFound === false
          ? [
              `replacement not found: spec.deprecation.replacedBy names ${replacedBy}, which is not in the catalog; fix the reference or register the replacement`,
            ]
          : [],
      trend,
    };
  }

  private async trends(
    refs: readonly string[],
  ): Promise<Map<string, DeprecationSummary['trend']>> {
    const trends = new Map<string, DeprecationSummary['trend']>();
    if (refs.length === 0) {
      return trends;
    }
    const snapshots = await this.options.store.listSnapshots({
      deprecationRefs: refs,
      fromDay: addUtcDays(this.today(), -DEPRECATION_TREND_DAYS),
    });
    for (const {
      deprecationRef,
      day,
      consumers,
      violations,
      activeExceptions,
    } of snapshots) {
      trends.set(deprecationRef, [
        ...(trends.get(deprecationRef) ?? []),
        { day, consumers, violations, activeExceptions },
      ]);
    }
    return trends;
  }

  /** The deprecation with this ref, assessed, when the caller can see it. */
  private async find(
    deprecationRef: string,
    credentials: BackstageCredentials,
  ): Promise<{
    deprecation: AssessedDeprecation;
    entities: ReadonlyMap<string, Entity>;
  }> {
    const ref = this.parseRef(deprecationRef, 'deprecation');
    await this.assertVisible(ref, credentials);
    const { deprecations, entities } = await this.assessAll();
    const deprecation = deprecations.find(d => d.ref === ref);
    if (!deprecation) {
      throw new NotFoundError(
        `${ref} is not deprecated: it has no valid spec.deprecation (see docs/deprecations.md)`,
      );
    }
    return { deprecation, entities };
  }

  private async assertVisible(
    ref: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (!(await this.visibleRefs([ref], credentials)).has(ref)) {
      throw new NotFoundError(`No entity ${ref} in the catalog`);
    }
  }

  private async visibleRefs(
    refs: readonly string[],
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    if (refs.length === 0) {
      return new Set();
    }
    const { items } = await this.options.catalog.getEntitiesByRefs(
      {
        entityRefs: [...refs],
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    );
    return new Set(
      items.flatMap(item => (item ? [stringifyEntityRef(item)] : [])),
    );
  }

  private parseRef(ref: string, field: string): string {
    try {
      return resolveEntityRef({
        ref,
        defaultKind: 'component',
        defaultNamespace: 'default',
        field,
      }).toLowerCase();
    } catch (error) {
      throw new InputError((error as Error).message);
    }
  }

  private async notifyRequester(
    deprecation: AssessedDeprecation,
    exception: Omit<DeprecationException, 'state' | 'consumerInCatalog'>,
  ): Promise<void> {
    const approved = exception.status === 'approved';
    try {
      await this.options.notifications.send({
        recipients: { type: 'entity', entityRef: [exception.requestedBy] },
        payload: {
          title: `Exception ${exception.status}: ${exception.consumerRef} on ${deprecation.ref}`,
          description: approved
            ? `${exception.consumerRef} may keep using ${deprecation.ref} until ${exception.requestedEnd}. ${exception.decidedBy}: ${exception.decisionReason}`
            : `${exception.consumerRef} must move off ${deprecation.ref} by its sunset (${deprecation.spec.sunset}). ${exception.decidedBy}: ${exception.decisionReason}`,
          link: deprecationLink(deprecation.ref),
          severity: approved ? 'normal' : 'high',
          topic: `deprecation:${deprecation.ref}`,
        },
      });
    } catch (error) {
      // The decision is stored and audited; a failed notification must not undo it.
      this.options.logger.warn(
        `Could not notify ${exception.requestedBy} of the decision on exception ${exception.id}: ${error}`,
      );
    }
  }
}

/**
 * The portal path of a deprecation's page.
 *
 * @internal
 */
export function deprecationLink(ref: string): string {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return `/deprecations/${encodeURIComponent(kind)}/${encodeURIComponent(
    namespace,
  )}/${encodeURIComponent(name)}`;
}

function titleOf(entity: Entity | undefined): string | null {
  const displayName = (entity?.spec?.profile as { displayName?: unknown })
    ?.displayName;
  if (typeof displayName === 'string' && displayName) {
    return displayName;
  }
  return entity?.metadata.title ?? null;
}

function titlesOf(
  consumers: readonly PlatformConsumer[],
  entities: ReadonlyMap<string, Entity>,
): Map<string, string> {
  const titles = new Map<string, string>();
  for (const { entityRef } of consumers) {
    const title = titleOf(entities.get(entityRef));
    if (title) {
      titles.set(entityRef, title);
    }
  }
  return titles;
}

function userOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as { userEntityRef?: string };
  if (!principal.userEntityRef) {
    throw new InputError('Only signed-in users may do this');
  }
  return principal.userEntityRef;
}
