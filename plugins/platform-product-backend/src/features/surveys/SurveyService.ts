import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  BackstageUserPrincipal,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  cadenceRound,
  computeNps,
  platformProductFeedbackReadPermission,
  platformProductManagePermission,
  SurveyAnswerInput,
  SurveyComment,
  SurveyComments,
  surveyCommentsCsv,
  surveyHeadline,
  SurveyPopulation,
  SurveyPrompt,
  SurveyResults,
  SurveyRound,
  SurveyRoundInput,
  SurveyRoundResult,
  summarizeSurveyRound,
  DAY_MS,
  toUtcDay,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  SurveyResponseRecord,
  SurveyRoundRecord,
  SurveyStore,
} from './SurveyStore';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import {
  PlatformCatalog,
  platformOwnerRefs,
  ResolvedPlatform,
} from '../../core/catalog/PlatformCatalog';
import { PlatformGraph } from '../../core/catalog/PlatformGraph';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { SurveyNps } from '../scorecards/ScorecardService';
import {
  parseIsoTime,
  parseRoundText,
  parseSnoozeDays,
  parseSurveyComment,
  parseSurveyScore,
} from './surveyInput';

/** How often, at most, a user is asked about any platform, by default (days). */
export const DEFAULT_PROMPT_INTERVAL_DAYS = 14;

/**
 * The `platformProduct.surveys` settings.
 *
 * @internal
 */
export interface SurveySettings {
  /** How often, at most, a user is prompted across all platforms, in days (default 14). */
  promptIntervalDays?: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * NPS survey rounds of platforms: opening and closing them (by owners, or by the cadence a
 * platform declares), the in-context prompt, answers (one per person and round) and the results,
 * which never say who answered what. See docs/surveys.md.
 *
 * @internal
 */
export class SurveyService {
  private readonly populations = new WeakMap<PlatformGraph, SurveyPopulation>();

  constructor(
    private readonly options: {
      store: SurveyStore;
      platformCatalog: PlatformCatalog;
      graphs: PlatformGraphProvider;
      entityPermissions: EntityPermissions;
      notifications: NotificationService;
      logger: LoggerService;
      now: () => Date;
      /** How often, at most, a user is prompted across all platforms; default 14 days. */
      promptIntervalDays?: number;
      orgGroupTypes?: readonly string[];
    },
  ) {}

  /** Opens a round of the platform (owners only). */
  async openRound(
    platform: ResolvedPlatform,
    input: SurveyRoundInput,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<SurveyRound> {
    await this.options.entityPermissions.authorize(
      platformProductManagePermission,
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
    await this.options.entityPermissions.authorize(
      platformProductManagePermission,
      platform.ref,
      credentials,
      'close its survey rounds',
    );
    const round = await this.getRound(platform, roundId);
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
   * Stores the signed-in user's answer, replacing an earlier one to the same round (its first
   * answer time kept). Their teams, personas and orgs are recorded from the catalog now.
   */
  async answer(
    platform: ResolvedPlatform,
    roundId: string,
    input: SurveyAnswerInput,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<void> {
    const score = parseSurveyScore(input.score);
    const comment = parseSurveyComment(input.comment);
    const round = await this.getRound(platform, roundId);
    const now = this.options.now().getTime();
    if (round.closedAt !== null) {
      throw new ConflictError(
        `round '${round.title}' closed on ${iso(
          round.closedAt,
        )}; answers are no longer taken`,
      );
    }
    if (now < round.startsAt) {
      throw new ConflictError(
        `round '${round.title}' opens on ${iso(
          round.startsAt,
        )}; answers are taken from then`,
      );
    }
    if (now >= round.endsAt) {
      throw new ConflictError(
        `round '${round.title}' ended on ${iso(
          round.endsAt,
        )}; answers are no longer taken`,
      );
    }
    const userRef = credentials.principal.userEntityRef;
    const segments = (await this.population()).describe(userRef);
    await this.options.store.upsertResponse({
      roundId: round.id,
      userRef,
      score,
      comment,
      signed: input.signed === true,
      ...segments,
      answeredAt: now,
      updatedAt: now,
    });
  }

  /**
   * The results of every round of the platform, newest first, with the trend across closed rounds.
   * Open rounds' results only for those allowed to read feedback (the owners).
   */
  async getResults(
    platform: ResolvedPlatform,
    credentials: BackstageCredentials,
  ): Promise<SurveyResults> {
    const canReadFeedback = await this.options.entityPermissions.isAllowed(
      platformProductFeedbackReadPermission,
      platform.ref,
      credentials,
    );
    const rounds = await this.options.store.listRounds(platform.ref);
    const readable = rounds.filter(
      round => canReadFeedback || round.closedAt !== null,
    );
    const results = await this.summarize(platform, readable);
    return {
      platformRef: platform.ref,
      canReadFeedback,
      rounds: rounds.map(round => ({
        round: toApiRound(round),
        result: results.get(round.id) ?? null,
      })),
      trend: rounds
        .filter(round => round.closedAt !== null)
        .reverse()
        .map(round => {
          const result = results.get(round.id)!;
          return {
            roundId: round.id,
            title: round.title,
            closedAt: iso(round.closedAt!),
            nps: result.nps,
            n: result.n,
            marginOfError95: result.marginOfError95,
          };
        }),
    };
  }

  /** The free-text answers of a round (owners only): team and persona, the person only if signed. */
  async getComments(
    platform: ResolvedPlatform,
    roundId: string,
    credentials: BackstageCredentials,
  ): Promise<SurveyComments & { roundTitle: string }> {
    await this.options.entityPermissions.authorize(
      platformProductFeedbackReadPermission,
      platform.ref,
      credentials,
      'read its survey comments',
    );
    const round = await this.getRound(platform, roundId);
    const responses = await this.options.store.listResponses([round.id]);
    return {
      roundId: round.id,
      roundTitle: round.title,
      items: responses
        .filter(response => response.comment !== null)
        .map(toComment),
    };
  }

  /** The free-text answers of a round as CSV (owners only). */
  async getCommentsCsv(
    platform: ResolvedPlatform,
    roundId: string,
    credentials: BackstageCredentials,
  ): Promise<string> {
    const { roundTitle, items } = await this.getComments(
      platform,
      roundId,
      credentials,
    );
    return surveyCommentsCsv({ roundTitle, comments: items });
  }

  /**
   * The one round the signed-in user should be asked about now, or null: an open round of a
   * platform their team adopts, that they have not answered, dismissed or snoozed, and only if they
   * were not shown another round's prompt within the interval. The round returned is recorded as
   * shown; it keeps being returned until answered, dismissed, snoozed or closed.
   *
   * @param options.platformRef - only a round of this platform (the platform tab)
   */
  async getPrompt(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    options?: { platformRef?: string },
  ): Promise<SurveyPrompt | null> {
    const now = this.options.now().getTime();
    const userRef = credentials.principal.userEntityRef;
    const open = (await this.options.store.listOpenRounds()).filter(
      round =>
        round.startsAt <= now &&
        now < round.endsAt &&
        (!options?.platformRef || round.platformRef === options.platformRef),
    );
    if (open.length === 0) {
      return null;
    }
    const states = new Map(
      (await this.options.store.listPromptStates(userRef)).map(state => [
        state.roundId,
        state,
      ]),
    );
    const answered = await this.options.store.answeredRoundIds(
      userRef,
      open.map(round => round.id),
    );
    const waiting = open.filter(round => {
      const state = states.get(round.id);
      return (
        !answered.has(round.id) &&
        !state?.dismissedAt &&
        !(state?.snoozedUntil && state.snoozedUntil > now)
      );
    });
    if (waiting.length === 0) {
      return null;
    }
    const graph = await this.options.graphs.get();
    const teams = new Set(this.populationOf(graph).describe(userRef).teamRefs);
    const visible = new Map(
      (
        await this.options.platformCatalog.getPlatforms(
          [...new Set(waiting.map(round => round.platformRef))],
          credentials,
        )
      ).map(platform => [platform.ref, platform]),
    );
    const adopted: Array<{
      round: SurveyRoundRecord;
      platform: ResolvedPlatform;
    }> = [];
    for (const round of waiting) {
      const platform = visible.get(round.platformRef);
      if (!platform) {
        continue;
      }
      const adoption = await this.options.graphs.adoption(platform);
      if (adoption.teams.adoptingRefs.some(team => teams.has(team))) {
        adopted.push({ round, platform });
      }
    }
    const intervalMs =
      (this.options.promptIntervalDays ?? DEFAULT_PROMPT_INTERVAL_DAYS) *
      DAY_MS;
    const shownBefore = adopted.find(
      ({ round }) => states.get(round.id)?.promptedAt,
    );
    const promptedRecently = [...states.values()].some(
      state => state.promptedAt !== null && state.promptedAt > now - intervalMs,
    );
    const chosen =
      shownBefore ??
      (promptedRecently
        ? undefined
        : [...adopted].sort((a, b) => a.round.endsAt - b.round.endsAt)[0]);
    if (!chosen) {
      return null;
    }
    await this.options.store.updatePromptState(userRef, chosen.round.id, {
      promptedAt: now,
    });
    return {
      roundId: chosen.round.id,
      platformRef: chosen.platform.ref,
      platformTitle:
        chosen.platform.entity.metadata.title ??
        chosen.platform.entity.metadata.name,
      title: chosen.round.title,
      question: chosen.round.question,
      endsAt: iso(chosen.round.endsAt),
    };
  }

  /** The user does not want to be asked about this round again. */
  async dismissPrompt(
    roundId: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<void> {
    await this.requireRound(roundId);
    await this.options.store.updatePromptState(
      credentials.principal.userEntityRef,
      roundId,
      { dismissedAt: this.options.now().getTime() },
    );
  }

  /** The user wants to be asked about this round again in `days` days (1–90). */
  async snoozePrompt(
    roundId: string,
    days: unknown,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<void> {
    const snoozeDays = parseSnoozeDays(days);
    await this.requireRound(roundId);
    await this.options.store.updatePromptState(
      credentials.principal.userEntityRef,
      roundId,
      { snoozedUntil: this.options.now().getTime() + snoozeDays * DAY_MS },
    );
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

  /**
   * The platform's NPS from its latest closed round, and one point per closed round (on the day it
   * closed) for the scorecard's history.
   */
  async npsOfClosedRounds(platformRef: string): Promise<SurveyNps> {
    const closed = (await this.options.store.listRounds(platformRef))
      .filter(round => round.closedAt !== null)
      .sort((a, b) => a.closedAt! - b.closedAt!);
    const responses = await this.options.store.listResponses(
      closed.map(round => round.id),
    );
    const history = closed.map(round => ({
      day: toUtcDay(round.closedAt!),
      value: computeNps(
        responses
          .filter(response => response.roundId === round.id)
          .map(response => response.score),
      ).nps,
    }));
    return { value: history.at(-1)?.value ?? null, history };
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
      await this.summarize(platform, [{ ...round, closedAt }])
    ).values();
    const owners = platformOwnerRefs(platform);
    if (owners.length > 0) {
      const { kind, namespace, name } = parseEntityRef(platform.ref);
      await this.options.notifications.send({
        recipients: { type: 'entity', entityRef: owners },
        payload: {
          title: surveyHeadline({ title: round.title, ...result }),
          description: `${
            platform.entity.metadata.title ?? platform.entity.metadata.name
          }: ${result.n} of ${
            result.responseRate.people
          } people in adopting teams answered${
            result.tooFewToRead ? '; too few answers to read (n < 10)' : ''
          }.`,
          link: `/catalog/${namespace}/${kind}/${name}/platform`,
          severity: 'normal',
          topic: 'platform-product:survey-round-closed',
        },
      });
    }
    return true;
  }

  private async summarize(
    platform: Pick<ResolvedPlatform, 'ref' | 'entity' | 'spec'>,
    rounds: readonly SurveyRoundRecord[],
  ): Promise<Map<string, SurveyRoundResult>> {
    if (rounds.length === 0) {
      return new Map();
    }
    const graph = await this.options.graphs.get();
    const adoption = await this.options.graphs.adoption(platform);
    const people = this.populationOf(graph).people(
      adoption.teams.adoptingRefs,
    ).size;
    const responses = await this.options.store.listResponses(
      rounds.map(round => round.id),
    );
    return new Map(
      rounds.map(round => [
        round.id,
        summarizeSurveyRound({
          answers: responses.filter(response => response.roundId === round.id),
          people,
          titles: ref => graph.title(ref),
        }),
      ]),
    );
  }

  private async getRound(
    platform: ResolvedPlatform,
    roundId: string,
  ): Promise<SurveyRoundRecord> {
    const round = await this.options.store.getRound(roundId);
    if (!round || round.platformRef !== platform.ref) {
      throw new NotFoundError(
        `${platform.ref} has no survey round ${roundId}; list its rounds with GET /platforms/{kind}/{namespace}/{name}/surveys/results`,
      );
    }
    return round;
  }

  private async requireRound(roundId: string): Promise<SurveyRoundRecord> {
    const round = await this.options.store.getRound(roundId);
    if (!round) {
      throw new NotFoundError(`There is no survey round ${roundId}`);
    }
    return round;
  }

  private async population(): Promise<SurveyPopulation> {
    return this.populationOf(await this.options.graphs.get());
  }

  private populationOf(graph: PlatformGraph): SurveyPopulation {
    let population = this.populations.get(graph);
    if (!population) {
      population = SurveyPopulation.create(graph.entities, {
        orgGroupTypes: this.options.orgGroupTypes,
      });
      this.populations.set(graph, population);
    }
    return population;
  }
}

function toApiRound(round: SurveyRoundRecord): SurveyRound {
  return {
    id: round.id,
    platformRef: round.platformRef,
    title: round.title,
    question: round.question,
    startsAt: iso(round.startsAt),
    endsAt: iso(round.endsAt),
    closedAt: round.closedAt === null ? null : iso(round.closedAt),
    createdBy: round.createdBy,
    createdAt: iso(round.createdAt),
    origin: round.origin,
  };
}

function toComment(response: SurveyResponseRecord): SurveyComment {
  return {
    score: response.score,
    comment: response.comment!,
    teamRefs: response.teamRefs,
    personaRefs: response.personaRefs,
    signedBy: response.signed ? response.userRef : null,
    answeredAt: iso(response.updatedAt),
  };
}
