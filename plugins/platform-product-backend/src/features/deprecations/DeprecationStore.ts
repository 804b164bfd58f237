import { DatabaseService } from '@backstage/backend-plugin-api';
import {
  DeprecationExceptionAuditEntry,
  DeprecationExceptionStatus,
  DeprecationTrendPoint,
  StoredDeprecationException,
} from '@platform-product/backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { chunks, connectDatabase, MAX_BOUND_VALUES } from '../../core/database';

/**
 * One day of a deprecation's burn-down, as stored.
 *
 * @internal
 */
export interface DeprecationSnapshotRecord extends DeprecationTrendPoint {
  deprecationRef: string;
  requestedExceptions: number;
}

type ExceptionRow = {
  id: string;
  deprecation_ref: string;
  consumer_ref: string;
  consumer_owner_refs: string;
  reason: string;
  requested_end: string;
  status: DeprecationExceptionStatus;
  requested_by: string;
  requested_at: number | string;
  decided_by: string | null;
  decided_at: number | string | null;
  decision_reason: string | null;
};

const iso = (ms: number | string) => new Date(Number(ms)).toISOString();

/** Orders rows merged from several statements, as one `ORDER BY` would have. */
function compare(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

function toException(row: ExceptionRow): StoredDeprecationException {
  return {
    id: row.id,
    deprecationRef: row.deprecation_ref,
    consumerRef: row.consumer_ref,
    consumerOwnerRefs: JSON.parse(row.consumer_owner_refs),
    reason: row.reason,
    requestedEnd: row.requested_end,
    status: row.status,
    requestedBy: row.requested_by,
    requestedAt: iso(row.requested_at),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at === null ? null : iso(row.decided_at),
    decisionReason: row.decision_reason,
  };
}

/**
 * The deprecation tables: exceptions and their audit trail, the daily burn-down snapshots and the
 * reminders sent. Connects through `connectDatabase`, which runs the plugin's migrations once unless
 * `database.migrations.skip` is set.
 *
 * @internal
 */
export class DeprecationStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
  }): Promise<DeprecationStore> {
    return new DeprecationStore(await connectDatabase(options.database));
  }

  /** Runs `fn` in one transaction: everything it writes through the given store, or nothing. */
  async transaction<T>(
    fn: (store: DeprecationStore) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(trx => fn(new DeprecationStore(trx)));
  }

  /** Stores a new exception. */
  async insertException(exception: StoredDeprecationException): Promise<void> {
    await this.db<ExceptionRow>('deprecation_exceptions').insert({
      id: exception.id,
      deprecation_ref: exception.deprecationRef,
      consumer_ref: exception.consumerRef,
      consumer_owner_refs: JSON.stringify(exception.consumerOwnerRefs),
      reason: exception.reason,
      requested_end: exception.requestedEnd,
      status: exception.status,
      requested_by: exception.requestedBy,
      requested_at: Date.parse(exception.requestedAt),
      decided_by: null,
      decided_at: null,
      decision_reason: null,
    });
  }

  /** The exception with this id, if any. */
  async getException(
    id: string,
  ): Promise<StoredDeprecationException | undefined> {
    const row = await this.db<ExceptionRow>('deprecation_exceptions')
      .where({ id })
      .first();
    return row ? toException(row) : undefined;
  }

  /**
   * Every exception to these deprecations (all when not given), of consumers that exist or not,
   * newest request first.
   */
  async listExceptions(options: {
    deprecationRefs?: readonly string[];
    consumerRef?: string;
  }): Promise<StoredDeprecationException[]> {
    const { deprecationRefs, consumerRef } = options;
    const rows: ExceptionRow[] = [];
    for (const slice of deprecationRefs ? chunks(deprecationRefs) : [null]) {
      const query = this.db<ExceptionRow>('deprecation_exceptions');
      if (slice) {
        query.whereIn('deprecation_ref', slice);
      }
      if (consumerRef) {
        query.where({ consumer_ref: consumerRef });
      }
      rows.push(...(await query));
    }
    return rows
      .map(toException)
      .sort(
        (a, b) => compare(b.requestedAt, a.requestedAt) || compare(a.id, b.id),
      );
  }

  /**
   * Records a decision on an exception that is still `requested`.
   *
   * @returns false when the exception was no longer `requested` (someone decided first)
   */
  async decideException(options: {
    id: string;
    status: 'approved' | 'denied';
    decidedBy: string;
    decidedAt: number;
    decisionReason: string;
  }): Promise<boolean> {
    const updated = await this.db<ExceptionRow>('deprecation_exceptions')
      .where({ id: options.id, status: 'requested' })
      .update({
        status: options.status,
        decided_by: options.decidedBy,
        decided_at: options.decidedAt,
        decision_reason: options.decisionReason,
      });
    return updated === 1;
  }

  /** Appends to an exception's audit trail. */
  async insertAudit(entry: DeprecationExceptionAuditEntry): Promise<void> {
    await this.db('deprecation_exception_audit').insert({
      exception_id: entry.exceptionId,
      actor: entry.actor,
      at: Date.parse(entry.at),
      action: entry.action,
      details: JSON.stringify(entry.details),
    });
  }

  /** An exception's audit trail, oldest first. */
  async listAudit(
    exceptionId: string,
  ): Promise<DeprecationExceptionAuditEntry[]> {
    const rows = await this.db('deprecation_exception_audit')
      .where({ exception_id: exceptionId })
      .orderBy([
        { column: 'at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(row => ({
      exceptionId: row.exception_id,
      actor: row.actor,
      at: iso(row.at),
      action: row.action,
      details: JSON.parse(row.details),
    }));
  }

  /** Stores the burn-down of a day, replacing what an earlier run of the same day stored. */
  async upsertSnapshots(
    snapshots: readonly DeprecationSnapshotRecord[],
    computedAt: number,
  ): Promise<void> {
    const rows = snapshots.map(snapshot => ({
      deprecation_ref: snapshot.deprecationRef,
      day: snapshot.day,
      consumers: snapshot.consumers,
      violations: snapshot.violations,
      active_exceptions: snapshot.activeExceptions,
      requested_exceptions: snapshot.requestedExceptions,
      computed_at: computedAt,
    }));
    // One statement per slice of rows, each binding at most MAX_BOUND_VALUES values.
    for (const slice of chunks(rows, Math.floor(MAX_BOUND_VALUES / 7))) {
      await this.db('deprecation_snapshots')
        .insert(slice)
        .onConflict(['deprecation_ref', 'day'])
        .merge([
          'consumers',
          'violations',
          'active_exceptions',
          'requested_exceptions',
          'computed_at',
        ]);
    }
  }

  /** The burn-down of these deprecations from `fromDay` on, by deprecation, oldest day first. */
  async listSnapshots(options: {
    deprecationRefs: readonly string[];
    fromDay: string;
  }): Promise<DeprecationSnapshotRecord[]> {
    const rows: Record<string, any>[] = [];
    for (const slice of chunks(options.deprecationRefs)) {
      rows.push(
        ...(await this.db('deprecation_snapshots')
          .whereIn('deprecation_ref', slice)
          .where('day', '>=', options.fromDay)),
      );
    }
    return rows
      .map(row => ({
        deprecationRef: row.deprecation_ref,
        day: row.day,
        consumers: Number(row.consumers),
        violations: Number(row.violations),
        activeExceptions: Number(row.active_exceptions),
        requestedExceptions: Number(row.requested_exceptions),
      }))
      .sort(
        (a, b) =>
          compare(a.deprecationRef, b.deprecationRef) || compare(a.day, b.day),
      );
  }

  /**
   * Claims a reminder: records that it is sent, unless it already was. Call it inside a
   * transaction and send only when it returns true, so that of several replicas exactly one sends.
   *
   * @returns true when this call recorded the reminder
   */
  async claimReminder(options: {
    deprecationRef: string;
    recipientRef: string;
    milestone: string;
    sentAt: number;
  }): Promise<boolean> {
    const inserted = await this.db('deprecation_reminders')
      .insert({
        deprecation_ref: options.deprecationRef,
        recipient_ref: options.recipientRef,
        milestone: options.milestone,
        sent_at: options.sentAt,
      })
      .onConflict(['deprecation_ref', 'recipient_ref', 'milestone'])
      .ignore()
      .returning('milestone');
    return inserted.length === 1;
  }

  /** Gives a claimed reminder back (its send failed), so that the next run sends it. */
  async releaseReminder(options: {
    deprecationRef: string;
    recipientRef: string;
    milestone: string;
  }): Promise<void> {
    await this.db('deprecation_reminders')
      .where({
        deprecation_ref: options.deprecationRef,
        recipient_ref: options.recipientRef,
        milestone: options.milestone,
      })
      .delete();
  }

  /** The reminders sent for a deprecation, as (recipient, milestone). */
  async listReminders(
    deprecationRef: string,
  ): Promise<Array<{ recipientRef: string; milestone: string }>> {
    const rows = await this.db('deprecation_reminders')
      .where({ deprecation_ref: deprecationRef })
      .orderBy(['recipient_ref', 'milestone']);
    return rows.map(row => ({
      recipientRef: row.recipient_ref,
      milestone: row.milestone,
    }));
  }
}
