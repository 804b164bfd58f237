import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  utcDaysBetween,
  DeprecationConsumerStatus,
  reminderMilestone,
  getOrCompute,
} from '@platform-product/backstage-plugin-platform-product-common';
import { DeprecationStore } from './DeprecationStore';
import { AssessedDeprecation, DeprecationCatalog } from './DeprecationCatalog';
import { deprecationLink } from './deprecationViews';

/**
 * Reminds the owners of consuming entities of a deprecation: once when it is announced (or first
 * seen), at each lead time before the sunset, and every ISO week after the sunset while they are in
 * violation. Consumers holding an approved exception are left alone.
 *
 * Each reminder is claimed in the `deprecation_reminders` table (unique per deprecation, recipient
 * and milestone) before it is sent, and sent only when the claim won; a failed send gives the claim
 * back so the next run retries. Several replicas and restarts therefore send each reminder once (a
 * crash between the claim and the send loses that one reminder rather than sending it twice).
 *
 * @internal
 */
export class DeprecationReminders {
  constructor(
    private readonly options: {
      store: DeprecationStore;
      deprecationCatalog: DeprecationCatalog;
      notifications: NotificationService;
      logger: LoggerService;
      now: () => Date;
      /** Days before the sunset at which to remind. */
      leadDays: readonly number[];
    },
  ) {}

  /**
   * Sends the reminders due now.
   *
   * @returns how many were sent by this run
   */
  async run(): Promise<number> {
    const { deprecationCatalog } = this.options;
    const { deprecations } = await deprecationCatalog.assessAll();
    const today = deprecationCatalog.today();
    let sent = 0;
    for (const deprecation of deprecations) {
      const milestone = reminderMilestone({
        spec: deprecation.spec,
        today,
        leadDays: this.options.leadDays,
      });
      if (!milestone) {
        continue;
      }
      const violation = milestone.startsWith('violation-');
      const due = deprecation.assessment.consumers.filter(consumer =>
        violation
          ? consumer.inViolation
          : consumer.exception?.state !== 'approved',
      );
      for (const [recipientRef, consumers] of byOwner(due)) {
        if (
          await this.remind({
            deprecation,
            milestone,
            recipientRef,
            consumers,
            daysLeft: utcDaysBetween(today, deprecation.spec.sunset),
          })
        ) {
          sent += 1;
        }
      }
    }
    if (sent > 0) {
      this.options.logger.info(`Sent ${sent} deprecation reminders`);
    }
    return sent;
  }

  private async remind(options: {
    deprecation: AssessedDeprecation;
    milestone: string;
    recipientRef: string;
    consumers: DeprecationConsumerStatus[];
    daysLeft: number;
  }): Promise<boolean> {
    const { deprecation, milestone, recipientRef, consumers, daysLeft } =
      options;
    const key = { deprecationRef: deprecation.ref, recipientRef, milestone };
    const { store } = this.options;
    // The claim is committed before the send, and no transaction is held across it: the send is a
    // request to the notifications backend, which verifies this plugin's token with keys stored in
    // this plugin's database — on SQLite's single connection an open transaction would wait on it.
    if (
      !(await store.claimReminder({
        ...key,
        sentAt: this.options.now().getTime(),
      }))
    ) {
      return false;
    }
    try {
      await this.options.notifications.send({
        recipients: { type: 'entity', entityRef: [recipientRef] },
        payload: reminderPayload(deprecation, milestone, consumers, daysLeft),
      });
      return true;
    } catch (error) {
      this.options.logger.warn(
        `Could not send the ${milestone} reminder of ${deprecation.ref} to ${recipientRef}; the next run retries: ${error}`,
      );
      await store.releaseReminder(key).catch(() => undefined);
      return false;
    }
  }
}

function byOwner(
  consumers: readonly DeprecationConsumerStatus[],
): Map<string, DeprecationConsumerStatus[]> {
  const owners = new Map<string, DeprecationConsumerStatus[]>();
  for (const consumer of consumers) {
    for (const ownerRef of consumer.ownerRefs) {
      getOrCompute(owners, ownerRef, () => []).push(consumer);
    }
  }
  return owners;
}

function reminderPayload(
  deprecation: AssessedDeprecation,
  milestone: string,
  consumers: readonly DeprecationConsumerStatus[],
  daysLeft: number,
) {
  const { ref, spec } = deprecation;
  const names = consumers.map(c => c.entityRef).join(', ');
  const replacement = spec.replacedBy ? ` Move to ${spec.replacedBy}.` : '';
  const guide = spec.migrationGuide
    ? ` Migration guide: ${spec.migrationGuide}`
    : '';
  if (milestone.startsWith('violation-')) {
    return {
      title: `In violation: ${ref} was switched off on ${spec.sunset}`,
      description: `${names} still depend on ${ref} without a valid exception.${replacement}${guide}`,
      link: deprecationLink(ref),
      severity: 'critical' as const,
      topic: `deprecation:${ref}`,
    };
  }
  const lead = milestone.startsWith('lead-');
  return {
    title: lead
      ? `${ref} is switched off on ${spec.sunset} — ${daysLeft} days left`
      : `${ref} is deprecated: sunset on ${spec.sunset}`,
    description: `${names} depend on ${ref}. ${spec.reason}${replacement}${guide}`,
    link: deprecationLink(ref),
    severity: lead ? ('high' as const) : ('normal' as const),
    topic: `deprecation:${ref}`,
  };
}
