import type {
  SurveyComments,
  SurveyPrompt,
  SurveyResults,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { surveysApiRef } from './api';

/** A platform's survey rounds with their results and the NPS trend (`GET /platforms/{ref}/surveys/results`). */
export function usePlatformSurveyResults(
  entityRef: string,
): AsyncValue<SurveyResults> {
  return useApiValue(
    surveysApiRef,
    api => api.getSurveyResults({ entityRef }),
    [entityRef],
  );
}

/**
 * The survey round the signed-in user should be asked about now, if any (`GET /surveys/prompt`);
 * with `platformRef`, only a round of that platform.
 */
export function useSurveyPrompt(
  platformRef?: string,
): AsyncValue<SurveyPrompt | null> {
  return useApiValue(
    surveysApiRef,
    api => api.getSurveyPrompt({ platformRef }),
    [platformRef],
  );
}

/** A round's free-text answers, for the platform's owners (`GET …/surveys/rounds/{id}/comments`). */
export function useSurveyComments(
  entityRef: string,
  roundId: string,
): AsyncValue<SurveyComments> {
  return useApiValue(
    surveysApiRef,
    api => api.getSurveyComments({ entityRef, roundId }),
    [entityRef, roundId],
  );
}
