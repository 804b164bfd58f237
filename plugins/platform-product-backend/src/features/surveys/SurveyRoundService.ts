import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  BackstageUserPrincipal,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  cadenceRound,
  SurveyRound,
  SurveyRoundInput,
  toUtcDay,
} from '@platform-product/backstage-plugin-platform-product-common';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import {
  platformOwnerRefs,
  ResolvedPlatform,
} from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { parseIsoTime, parseRoundText } from './surveyInput';
import { SurveyResultsService } from './SurveyResultsService';
import {
  getPlatformRound,
  iso,
  roundClosedPayload,
  toApiRound,
} from './surveyRounds';
import { SurveyRoundRecord, SurveyStore } from './SurveyStore';

/**
 * Opens and closes the survey rounds of platforms: by their owners, and on the cadence a platform
 * declares (`spec.platform.surveyCadence`). The owners are told the result of each round once, when
 * it closes.
 *
 * @internal
 */
export class SurveyRoundService {
  constructor(
    private readonly options: {
      store: SurveyStore;
      graphs: PlatformGraphProvider;
      results: SurveyResultsService;
      entityPermissions: EntityPermissions;
      notifications: NotificationService;
      logger: LoggerService;
      now: () => Date;
    },
  ) {}

  /** Opens a round of the platform (owners only). */
  async openRound(
    platform: ResolvedPlatform,
    input: SurveyRoundInput,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<SurveyRound> {
    await this.options.entityPermissions.authorizeManage(
      platform.ref,
      credentials,
      'open its survey rounds',
    );
    const now = this.options.now().getTime();
    const startsAt = parseIsoTime('startsAt', input.startsAt);
    const endsAt = parseIsoTime('endsAt', input.endsAt);
    if (endsAt <= startsAt) {
      throw new InputError(
        `endsAt must be after startsAt (${iso(startsAt)}) — got ${iso(endsAt)}`,
      );
    }
    if (endsAt <= now) {
      throw new InputError(
        `endsAt must be in the future — got ${iso(
          endsAt,
        )}; a round that has already ended cannot take answers`,
      );
    }
    const round: SurveyRoundRecord = {
      id: randomUUID(),
      platformRef: platform.ref,
      title:
        parseRoundText('title', input.title) ??
        `${toUtcDay(startsAt)} – ${toUtcDay(endsAt)}`,
      question: parseRoundText('question', input.question),
      startsAt,
      endsAt,
      closedAt: null,
      createdBy: credentials.principal.userEntityRef,
      createdAt: now,
      origin: 'manual',
      periodKey: null,
    };
    if (!(await this.options.store.insertRound(round))) {
      const open = await this.options.store.getOpenRound(platform.ref);
      throw new ConflictError(
        open
          ? `${platform.ref} already has an open round, '${open.title}' (${
              open.id
            }), until ${iso(open.endsAt)}; close it before opening another`
          : `${platform.ref} could not open the round; try again`,
      );
    }
    return toApiRound(round);
  }

  /** Closes an open round early (owners only); the owners are notified of the result once. */
  async closeRound(
    platform: ResolvedPlatform,
    roundId: string,
    credentials: BackstageCredentials,
  ): Promise<SurveyRound> {
    await this.options.entityPermissions.authorizeManage(
      platform.ref,
      credentials,
      'close its survey rounds',
    );
    const round = await getPlatformRound(
      this.options.store,
      platform.ref,
      roundId,
    );
    if (round.closedAt !== null) {
      throw new ConflictError(
        `round '${round.title}' was already closed on ${iso(round.closedAt)}`,
      );
    }
    const closedAt = this.options.now().getTime();
    const closed = await this.close(round, closedAt, platform);
    const stored = (await this.options.store.getRound(round.id))!;
    if (!closed) {
      // Someone else closed it between the read and the update.
      throw new ConflictError(
        `round '${round.title}' was already closed on ${iso(stored.closedAt!)}`,
      );
    }
    return toApiRound(stored);
  }

  /**
   * The scheduled task: opens the round of the current period for every platform that declares a
   * `surveyCadence` and has none (and no other open round), then closes every round whose end has
   * passed. Safe to run on several replicas at once: the database's unique keys decide which run
   * opens a round, and only the run that closes a round notifies the owners.
   */
  async runSchedule(): Promise<{ opened: number; closed: number }> {
    const now = this.options.now();
    const graph = await this.options.graphs.get();
    let opened = 0;
    for (const platform of graph.platforms()) {
      const { surveyCadence, surveyDurationDays } = platform.spec;
      if (!surveyCadence) {
        continue;
      }
      const period = cadenceRound({
        cadence: surveyCadence,
        durationDays: surveyDurationDays,
        now,
      });
      if (period.endsAt.getTime() <= now.getTime()) {
        continue;
      }
      const inserted = await this.options.store.insertRound({
        id: randomUUID(),
        platformRef: platform.ref,
        title: period.title,
        question: null,
        startsAt: period.startsAt.getTime(),
        endsAt: period.endsAt.getTime(),
        closedAt: null,
        createdBy: 'platform-product:survey-cadence',
        createdAt: now.getTime(),
        origin: 'cadence',
        periodKey: period.periodKey,
      });
      if (inserted) {
        opened += 1;
        this.options.logger.info(
          `Opened survey round '${period.title}' of ${platform.ref} (${surveyCadence} cadence)`,
        );
      }
    }
    let closed = 0;
    for (const round of await this.options.store.listOpenRounds({
      endsBy: now.getTime(),
    })) {
      const platform = graph
        .platforms()
        .find(candidate => candidate.ref === round.platformRef);
      if (await this.close(round, round.endsAt, platform)) {
        closed += 1;
      }
    }
    return { opened, closed };
  }

  /** Closes the round if still open; the one caller that closed it notifies the owners. */
  private async close(
    round: SurveyRoundRecord,
    closedAt: number,
    platform: Pick<ResolvedPlatform, 'ref' | 'entity' | 'spec'> | undefined,
  ): Promise<boolean> {
    if (!(await this.options.store.closeRound(round.id, closedAt))) {
      return false;
    }
    if (!platform) {
      this.options.logger.warn(
        `Closed survey round '${round.title}' of ${round.platformRef}, which is no longer in the catalog; nobody was notified`,
      );
      return true;
    }
    const [result] = (
      await this.options.results.summarize(platform, [{ ...round, closedAt }])
    ).values();
    const owners = platformOwnerRefs(platform);
    if (owners.length > 0) {
      await this.options.notifications.send({
        recipients: { type: 'entity', entityRef: owners },
        payload: roundClosedPayload(round, platform, result),
      });
    }
    return true;
  }
}
