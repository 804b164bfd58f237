import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  BackstageUserPrincipal,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  checkExceptionEnd,
  countCharacters,
  DeprecationException,
  DeprecationExceptionAuditEntry,
  DeprecationExceptionDecision,
  DeprecationExceptionRequest,
  deprecationExceptionDecidePermission,
  deprecationExceptionRequestPermission,
  exceptionState,
  isExceptionOpen,
  StoredDeprecationException,
} from '@platform-product/backstage-plugin-platform-product-common';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { AssessedDeprecation, DeprecationCatalog } from './DeprecationCatalog';
import { DeprecationStore } from './DeprecationStore';
import { deprecationLink, parseDeprecationRef } from './deprecationViews';

/** The longest reason of an exception request, in characters (the contract's maxLength). */
const EXCEPTION_REASON_MAX_LENGTH = 2000;

/**
 * Exceptions to deprecations: a consumer's owners request more time, the deprecated entity's
 * owners approve or deny it (and the requester is told), and every step is kept in an audit trail.
 *
 * @internal
 */
export class DeprecationExceptionService {
  constructor(
    private readonly options: {
      deprecationCatalog: DeprecationCatalog;
      store: DeprecationStore;
      entityPermissions: EntityPermissions;
      notifications: NotificationService;
      logger: LoggerService;
      now: () => Date;
      /** How many days after the sunset an exception may end at the latest. */
      maxExceptionDaysAfterSunset: number;
    },
  ) {}

  /**
   * Requests an exception for a consumer. Only the consumer's owners may; the end date must not be
   * in the past nor later than the sunset plus the configured maximum; the entity must be a
   * consumer; a consumer has at most one requested or approved, unexpired exception.
   */
  async requestException(
    deprecationRef: string,
    request: DeprecationExceptionRequest,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<DeprecationException> {
    const { deprecationCatalog, entityPermissions } = this.options;
    const { deprecation } = await deprecationCatalog.find(
      deprecationRef,
      credentials,
    );
    const consumerRef = parseDeprecationRef(request.consumerRef, 'consumerRef');
    await entityPermissions.authorize(
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
    const length = countCharacters(reason);
    if (length > EXCEPTION_REASON_MAX_LENGTH) {
      throw new InputError(
        `reason must be at most ${EXCEPTION_REASON_MAX_LENGTH} characters — got ${length}; shorten it`,
      );
    }
    const today = deprecationCatalog.today();
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
    const exception: StoredDeprecationException = {
      id: randomUUID(),
      deprecationRef: deprecation.ref,
      consumerRef,
      consumerOwnerRefs: consumer.ownerRefs,
      reason,
      requestedEnd: request.requestedEnd,
      status: 'requested',
      requestedBy: credentials.principal.userEntityRef,
      requestedAt: this.options.now().toISOString(),
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
        actor: exception.requestedBy,
        at: exception.requestedAt,
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
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<DeprecationException> {
    const { deprecationCatalog } = this.options;
    const { deprecation } = await deprecationCatalog.find(
      deprecationRef,
      credentials,
    );
    const stored = await this.getException(deprecation.ref, exceptionId);
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
    const today = deprecationCatalog.today();
    const state = exceptionState(stored, today);
    if (state !== 'requested') {
      throw new ConflictError(
        state === 'expired'
          ? `Exception ${exceptionId} ended on ${stored.requestedEnd} before it was decided; the consumer may request a new one`
          : `Exception ${exceptionId} was already ${stored.status} by ${stored.decidedBy} on ${stored.decidedAt}`,
      );
    }
    const decidedBy = credentials.principal.userEntityRef;
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
    const ref = await this.options.deprecationCatalog.visibleRef(
      deprecationRef,
      credentials,
    );
    await this.getException(ref, exceptionId);
    return { items: await this.options.store.listAudit(exceptionId) };
  }

  /** The exception with this id to the deprecation of this ref (404 otherwise). */
  private async getException(
    deprecationRef: string,
    exceptionId: string,
  ): Promise<StoredDeprecationException> {
    const stored = await this.options.store.getException(exceptionId);
    if (!stored || stored.deprecationRef !== deprecationRef) {
      throw new NotFoundError(
        `No exception ${exceptionId} to the deprecation of ${deprecationRef}`,
      );
    }
    return stored;
  }

  private async notifyRequester(
    deprecation: AssessedDeprecation,
    exception: StoredDeprecationException,
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
