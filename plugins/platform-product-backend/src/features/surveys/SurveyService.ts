import {
  BackstageCredentials,
  BackstageUserPrincipal,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { SurveyPrompt } from '@platform-product/backstage-plugin-platform-product-common';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { PlatformCatalog } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { OpenSurveyRound, SurveyCommentSource, SurveyNps } from '../../ports';
import { FeedbackAccess } from './FeedbackAccess';
import { SurveyAnswerService } from './SurveyAnswerService';
import { SurveyPopulations } from './SurveyPopulations';
import { SurveyResultsService } from './SurveyResultsService';
import { SurveyRoundService } from './SurveyRoundService';
import { SurveyStore } from './SurveyStore';

// Until src/wiring.ts imports the settings from the feature's index.
export type { SurveySettings } from './createSurveyServices';

/**
 * What the surveys feature needs from the rest of the plugin.
 *
 * @internal
 */
export interface SurveyServiceOptions {
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
}

/**
 * NPS survey rounds of platforms (see docs/surveys.md), as the rest of the backend uses them: the
 * rounds, answers and results services of the feature, and the three calls other features and the
 * scheduler make, which it hands over to them.
 *
 * @internal
 */
export class SurveyService {
  /** Opening and closing rounds, by owners and on the platforms' cadences. */
  readonly rounds: SurveyRoundService;
  /** Answers and the in-context prompt of signed-in users. */
  readonly answers: SurveyAnswerService;
  /** Results, comments and the NPS of closed rounds. */
  readonly results: SurveyResultsService;
  /** Comments by id and who may read them, for the feedback that backs roadmap items. */
  readonly comments: SurveyCommentSource;

  private readonly openRoundsOf: () => Promise<OpenSurveyRound[]>;

  constructor(options: SurveyServiceOptions) {
    const { store, graphs, entityPermissions } = options;
    this.openRoundsOf = async () => {
      const now = options.now().getTime();
      return (await store.recentOpenRounds())
        .filter(round => round.startsAt <= now && now < round.endsAt)
        .map(round => ({
          roundId: round.id,
          platformRef: round.platformRef,
          title: round.title,
          closesAt: new Date(round.endsAt).toISOString(),
        }));
    };
    const populations = new SurveyPopulations({
      graphs,
      orgGroupTypes: options.orgGroupTypes,
    });
    const feedbackAccess = new FeedbackAccess(entityPermissions);
    this.results = new SurveyResultsService({
      store,
      graphs,
      populations,
      feedbackAccess,
    });
    this.comments = {
      commentsByIds: ids => this.results.commentsByIds(ids),
      canReadFeedback: (platformRef, credentials) =>
        feedbackAccess.canRead(platformRef, credentials),
      authorizeFeedback: (platformRef, credentials, action) =>
        feedbackAccess.authorize(platformRef, credentials, action),
    };
    this.rounds = new SurveyRoundService({
      store,
      graphs,
      results: this.results,
      entityPermissions,
      notifications: options.notifications,
      logger: options.logger,
      now: options.now,
    });
    this.answers = new SurveyAnswerService({
      store,
      platformCatalog: options.platformCatalog,
      graphs,
      populations,
      now: options.now,
      promptIntervalDays: options.promptIntervalDays,
    });
  }

  /** The scheduled task: opens the rounds the cadences call for and closes those that ended. */
  runSchedule(): Promise<{ opened: number; closed: number }> {
    return this.rounds.runSchedule();
  }

  /** The rounds open now, of every platform, soonest to close first. */
  async openRounds(): Promise<OpenSurveyRound[]> {
    return (await this.openRoundsOf()).sort((a, b) =>
      a.closesAt.localeCompare(b.closesAt),
    );
  }

  /** The platform's NPS from its latest closed round, with one point per closed round. */
  npsOfClosedRounds(platformRef: string): Promise<SurveyNps> {
    return this.results.npsOfClosedRounds(platformRef);
  }

  /** The round the signed-in user is asked about now, if any (recorded as shown). */
  getPrompt(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    options?: { platformRef?: string },
  ): Promise<SurveyPrompt | null> {
    return this.answers.getPrompt(credentials, options);
  }
}
