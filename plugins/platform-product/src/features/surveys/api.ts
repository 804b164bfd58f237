import { createApiRef } from '@backstage/core-plugin-api';
import type {
  SurveyAnswerInput,
  SurveyComments,
  SurveyPrompt,
  SurveyResults,
  SurveyRound,
  SurveyRoundInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformProductFetcher,
  apiPath,
  entitySegments,
} from '../../api/PlatformProductFetcher';
import type {
  PlatformProductClientOptions,
  PlatformProductEntityRef,
} from '../../api/types';

/**
 * One round of a platform's surveys: the platform and the round's id.
 *
 * @public
 */
export type SurveyRoundRef = {
  entityRef: PlatformProductEntityRef;
  roundId: string;
};

/**
 * NPS surveys: the in-context prompt and answers, for everyone; rounds, results and comments, for
 * a platform's owners where the backend says so. Every method rejects with a `ResponseError` from
 * `@backstage/errors` when the backend answers with an error.
 *
 * @public
 */
export interface SurveysApi {
  /**
   * The one survey round the signed-in user should be asked about now, or null
   * (`GET /surveys/prompt`); with `platformRef`, only a round of that platform.
   */
  getSurveyPrompt(options?: {
    platformRef?: string;
  }): Promise<SurveyPrompt | null>;

  /** The signed-in user is not asked about this round again (`POST /surveys/rounds/{id}/dismiss`). */
  dismissSurveyPrompt(options: { roundId: string }): Promise<void>;

  /** Asks the signed-in user again after `days` days (`POST /surveys/rounds/{id}/snooze`). */
  snoozeSurveyPrompt(options: { roundId: string; days: number }): Promise<void>;

  /** Answers a round; a second answer replaces the first (`POST /platforms/{ref}/surveys/rounds/{id}/responses`). */
  answerSurvey(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
    answer: SurveyAnswerInput;
  }): Promise<void>;

  /** Every round with its results and the NPS trend (`GET /platforms/{ref}/surveys/results`). */
  getSurveyResults(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<SurveyResults>;

  /** Opens a round (`POST /platforms/{ref}/surveys/rounds`); owners only. */
  openSurveyRound(options: {
    entityRef: PlatformProductEntityRef;
    round: SurveyRoundInput;
  }): Promise<SurveyRound>;

  /** Closes an open round now (`POST /platforms/{ref}/surveys/rounds/{id}/close`); owners only. */
  closeSurveyRound(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
  }): Promise<SurveyRound>;

  /** A round's free-text answers (`GET /platforms/{ref}/surveys/rounds/{id}/comments`); owners only. */
  getSurveyComments(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
  }): Promise<SurveyComments>;

  /** A round's free-text answers as CSV text (`GET …/rounds/{id}/responses.csv`); owners only. */
  exportSurveyComments(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
  }): Promise<string>;
}

/**
 * The {@link SurveysApi}, provided by the plugin with a {@link SurveysClient}.
 *
 * @public
 */
export const surveysApiRef = createApiRef<SurveysApi>({
  id: 'plugin.platform-product.surveys',
});

/** The path of one round of a platform. */
function roundPath({ entityRef, roundId }: SurveyRoundRef): string {
  return apiPath`/platforms/${entitySegments(
    entityRef,
  )}/surveys/rounds/${roundId}`;
}

/**
 * The {@link SurveysApi} over the Platform Product backend.
 *
 * @public
 */
export class SurveysClient implements SurveysApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  async getSurveyPrompt(options?: {
    platformRef?: string;
  }): Promise<SurveyPrompt | null> {
    const { prompt } = await this.fetcher.get<{
      prompt: SurveyPrompt | null;
    }>('/surveys/prompt', { platformRef: options?.platformRef });
    return prompt;
  }

  dismissSurveyPrompt(options: { roundId: string }): Promise<void> {
    return this.fetcher.send(
      'POST',
      apiPath`/surveys/rounds/${options.roundId}/dismiss`,
    );
  }

  snoozeSurveyPrompt(options: {
    roundId: string;
    days: number;
  }): Promise<void> {
    return this.fetcher.send(
      'POST',
      apiPath`/surveys/rounds/${options.roundId}/snooze`,
      { body: { days: options.days } },
    );
  }

  answerSurvey(
    options: SurveyRoundRef & { answer: SurveyAnswerInput },
  ): Promise<void> {
    return this.fetcher.send('POST', `${roundPath(options)}/responses`, {
      body: options.answer,
    });
  }

  getSurveyResults(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<SurveyResults> {
    return this.fetcher.get(
      apiPath`/platforms/${entitySegments(options.entityRef)}/surveys/results`,
    );
  }

  openSurveyRound(options: {
    entityRef: PlatformProductEntityRef;
    round: SurveyRoundInput;
  }): Promise<SurveyRound> {
    return this.fetcher.send(
      'POST',
      apiPath`/platforms/${entitySegments(options.entityRef)}/surveys/rounds`,
      { body: options.round },
    );
  }

  closeSurveyRound(options: SurveyRoundRef): Promise<SurveyRound> {
    return this.fetcher.send('POST', `${roundPath(options)}/close`);
  }

  getSurveyComments(options: SurveyRoundRef): Promise<SurveyComments> {
    return this.fetcher.get(`${roundPath(options)}/comments`);
  }

  exportSurveyComments(options: SurveyRoundRef): Promise<string> {
    return this.fetcher.getText(`${roundPath(options)}/responses.csv`);
  }
}
