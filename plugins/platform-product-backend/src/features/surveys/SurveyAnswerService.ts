import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  DAY_MS,
  SurveyAnswerInput,
  SurveyPrompt,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformCatalog,
  ResolvedPlatform,
} from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import {
  parseSnoozeDays,
  parseSurveyComment,
  parseSurveyScore,
} from './surveyInput';
import { SurveyPopulations } from './SurveyPopulations';
import {
  choosePromptedRound,
  roundsTakingAnswers,
  roundsWaitingForUser,
  toPrompt,
} from './surveyPrompt';
import { getAnyRound, getPlatformRound, iso } from './surveyRounds';
import { SurveyRoundRecord, SurveyStore } from './SurveyStore';

/** How often, at most, a user is asked about any platform, by default (days). */
export const DEFAULT_PROMPT_INTERVAL_DAYS = 14;

/**
 * What a signed-in user does with surveys: answers a round (one answer per person and round, their
 * teams, personas and orgs recorded from the catalog), and is prompted in context at most once per
 * interval, for a round of a platform their team adopts, until they answer, dismiss or snooze it.
 *
 * @internal
 */
export class SurveyAnswerService {
  constructor(
    private readonly options: {
      store: SurveyStore;
      platformCatalog: PlatformCatalog;
      graphs: PlatformGraphProvider;
      populations: SurveyPopulations;
      now: () => Date;
      /** How often, at most, a user is prompted across all platforms; default 14 days. */
      promptIntervalDays?: number;
    },
  ) {}

  /**
   * Stores the signed-in user's answer, replacing an earlier one to the same round (its first
   * answer time kept). Their teams, personas and orgs are recorded from the catalog now.
   *
   * @param input - the answer as sent; its score is checked here (a whole number from 0 to 10)
   */
  async answer(
    platform: ResolvedPlatform,
    roundId: string,
    input: Omit<SurveyAnswerInput, 'score'> & { score: unknown },
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<void> {
    const score = parseSurveyScore(input.score);
    const comment = parseSurveyComment(input.comment);
    const round = await getPlatformRound(
      this.options.store,
      platform.ref,
      roundId,
    );
    const now = this.options.now().getTime();
    assertTakesAnswers(round, now);
    const userRef = credentials.principal.userEntityRef;
    const segments = (await this.options.populations.current()).describe(
      userRef,
    );
    await this.options.store.upsertResponse({
      roundId: round.id,
      userRef,
      commentId: randomUUID(),
      score,
      comment,
      signed: input.signed === true,
      ...segments,
      answeredAt: now,
      updatedAt: now,
    });
  }

  /**
   * The one round the signed-in user should be asked about now, or null: an open round of a
   * platform their team adopts, that they have not answered, dismissed or snoozed, and only if they
   * were not shown another round's prompt within the interval. The round returned is recorded as
   * shown; it keeps being returned until answered, dismissed, snoozed or closed.
   *
   * @param options - with:
   *   - `platformRef`: only a round of this platform (the platform tab)
   */
  async getPrompt(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    options?: { platformRef?: string },
  ): Promise<SurveyPrompt | null> {
    const { store } = this.options;
    const now = this.options.now().getTime();
    const userRef = credentials.principal.userEntityRef;
    const open = roundsTakingAnswers(
      await store.recentOpenRounds(),
      now,
      options?.platformRef,
    );
    if (open.length === 0) {
      return null;
    }
    const states = new Map(
      (await store.listPromptStates(userRef)).map(state => [
        state.roundId,
        state,
      ]),
    );
    const waiting = roundsWaitingForUser({
      rounds: open,
      states,
      answered: await store.answeredRoundIds(
        userRef,
        open.map(round => round.id),
      ),
      now,
    });
    if (waiting.length === 0) {
      return null;
    }
    const chosen = choosePromptedRound({
      candidates: await this.ofAdoptedPlatforms(waiting, credentials),
      states,
      now,
      intervalMs:
        (this.options.promptIntervalDays ?? DEFAULT_PROMPT_INTERVAL_DAYS) *
        DAY_MS,
    });
    if (!chosen) {
      return null;
    }
    await store.updatePromptState(userRef, chosen.round.id, {
      promptedAt: now,
    });
    return toPrompt(chosen.round, chosen.platform);
  }

  /** The user does not want to be asked about this round again. */
  async dismissPrompt(
    roundId: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<void> {
    await getAnyRound(this.options.store, roundId);
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
    await getAnyRound(this.options.store, roundId);
    await this.options.store.updatePromptState(
      credentials.principal.userEntityRef,
      roundId,
      { snoozedUntil: this.options.now().getTime() + snoozeDays * DAY_MS },
    );
  }

  /**
   * The rounds among these whose platform the user can see and one of their teams adopts, each with
   * its platform.
   */
  private async ofAdoptedPlatforms(
    rounds: readonly SurveyRoundRecord[],
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<Array<{ round: SurveyRoundRecord; platform: ResolvedPlatform }>> {
    const graph = await this.options.graphs.get();
    const teams = new Set(
      this.options.populations
        .of(graph)
        .describe(credentials.principal.userEntityRef).teamRefs,
    );
    const visible = new Map(
      (
        await this.options.platformCatalog.getPlatforms(
          [...new Set(rounds.map(round => round.platformRef))],
          credentials,
        )
      ).map(platform => [platform.ref, platform]),
    );
    const adopted: Array<{
      round: SurveyRoundRecord;
      platform: ResolvedPlatform;
    }> = [];
    for (const round of rounds) {
      const platform = visible.get(round.platformRef);
      if (!platform) {
        continue;
      }
      const adoption = await this.options.graphs.adoption(platform);
      if (adoption.teams.adoptingRefs.some(team => teams.has(team))) {
        adopted.push({ round, platform });
      }
    }
    return adopted;
  }
}

/** A round takes answers from its start until it ends or is closed. */
function assertTakesAnswers(round: SurveyRoundRecord, now: number): void {
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
}
