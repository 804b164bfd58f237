import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  computeNps,
  SurveyComments,
  surveyCommentsCsv,
  SurveyResults,
  SurveyRoundResult,
  summarizeSurveyRound,
  toUtcDay,
  withholdSmallSegments,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { LinkableSurveyComment, SurveyNps } from '../../ports';
import { FeedbackAccess } from './FeedbackAccess';
import { SurveyPopulations } from './SurveyPopulations';
import { getPlatformRound, iso, toApiRound, toComment } from './surveyRounds';
import { SurveyRoundRecord, SurveyStore } from './SurveyStore';

/**
 * What survey rounds found: each round's result with the trend across closed rounds, the owners'
 * free-text comments (also as CSV) and the NPS the scorecard shows. Results never say who answered
 * what; an open round's result, and the counts of segments with fewer than
 * `SURVEY_MIN_SEGMENT_RESPONSES` answers, only to those allowed to read feedback (`FeedbackAccess`).
 *
 * @internal
 */
export class SurveyResultsService {
  constructor(
    private readonly options: {
      store: SurveyStore;
      graphs: PlatformGraphProvider;
      populations: SurveyPopulations;
      feedbackAccess: FeedbackAccess;
    },
  ) {}

  /**
   * The results of every round of the platform, newest first, with the trend across closed rounds.
   * Open rounds' results, and the counts of small segments, only for those allowed to read feedback
   * (the owners; never a service).
   */
  async getResults(
    platform: ResolvedPlatform,
    credentials: BackstageCredentials,
  ): Promise<SurveyResults> {
    const canReadFeedback = await this.options.feedbackAccess.canRead(
      platform.ref,
      credentials,
    );
    const rounds = await this.options.store.listRounds(platform.ref);
    const readable = rounds.filter(
      round => canReadFeedback || round.closedAt !== null,
    );
    const summaries = await this.summarize(platform, readable);
    const results = canReadFeedback
      ? summaries
      : new Map(
          [...summaries].map(([id, result]) => [
            id,
            withholdSmallSegments(result),
          ]),
        );
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

  /**
   * The free-text answers of a round (signed-in owners only): team and persona, the person only if
   * signed.
   */
  async getComments(
    platform: ResolvedPlatform,
    roundId: string,
    credentials: BackstageCredentials,
  ): Promise<SurveyComments & { roundTitle: string }> {
    await this.options.feedbackAccess.authorize(
      platform.ref,
      credentials,
      'read its survey comments',
    );
    const round = await getPlatformRound(
      this.options.store,
      platform.ref,
      roundId,
    );
    const responses = await this.options.store.listResponses([round.id]);
    return {
      roundId: round.id,
      roundTitle: round.title,
      items: responses
        .filter(response => response.comment !== null)
        .map(toComment),
    };
  }

  /**
   * The answers with these comment ids, each with its platform and round, for linking them to
   * roadmap items as evidence; the caller decides who sees what of them.
   */
  async commentsByIds(
    commentIds: readonly string[],
  ): Promise<LinkableSurveyComment[]> {
    const responses = await this.options.store.responsesByCommentIds(
      commentIds,
    );
    const rounds = new Map<string, SurveyRoundRecord | undefined>();
    for (const roundId of new Set(responses.map(r => r.roundId))) {
      rounds.set(roundId, await this.options.store.getRound(roundId));
    }
    return responses.flatMap(response => {
      const round = rounds.get(response.roundId);
      return round
        ? [
            {
              commentId: response.commentId,
              platformRef: round.platformRef,
              roundTitle: round.title,
              score: response.score,
              comment: response.comment,
              personaRefs: response.personaRefs,
              orgRefs: response.orgRefs,
              signed: response.signed,
              userRef: response.userRef,
            },
          ]
        : [];
    });
  }

  /** The free-text answers of a round as CSV (signed-in owners only). */
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
   * The platform's NPS from its latest closed round, and one point per closed round (on the day it
   * stopped taking answers: its end, or the day it was closed early) for the scorecard's history.
   */
  async npsOfClosedRounds(platformRef: string): Promise<SurveyNps> {
    const closed = (await this.options.store.listRounds(platformRef))
      .filter(round => round.closedAt !== null)
      .sort((a, b) => a.closedAt! - b.closedAt!);
    const responses = await this.options.store.listResponses(
      closed.map(round => round.id),
    );
    const results = closed.map(round => ({
      // A round stops taking answers when it ends or, closed early, when it is closed.
      day: toUtcDay(Math.min(round.endsAt, round.closedAt!)),
      result: computeNps(
        responses
          .filter(response => response.roundId === round.id)
          .map(response => response.score),
      ),
    }));
    const history = results.map(({ day, result }) => ({
      day,
      value: result.nps,
    }));
    const last = results.at(-1);
    return {
      value: last?.result.nps ?? null,
      history,
      latest: last
        ? {
            value: last.result.nps,
            responses: last.result.n,
            marginOfError: last.result.marginOfError95,
            closedOn: last.day,
          }
        : null,
    };
  }

  /**
   * The result of each of these rounds of the platform, by round id, with the response rate taken
   * over the people of the teams that adopt the platform now.
   */
  async summarize(
    platform: Pick<ResolvedPlatform, 'ref' | 'entity' | 'spec'>,
    rounds: readonly SurveyRoundRecord[],
  ): Promise<Map<string, SurveyRoundResult>> {
    if (rounds.length === 0) {
      return new Map();
    }
    const graph = await this.options.graphs.get();
    const adoption = await this.options.graphs.adoption(platform);
    const people = this.options.populations
      .of(graph)
      .people(adoption.teams.adoptingRefs).size;
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
}
