import { useApi } from '@backstage/core-plugin-api';
import type {
  SurveyComments,
  SurveyPrompt,
  SurveyResults,
} from '@platform-product/backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { surveysApiRef } from './api';
import type { AsyncValue } from '../../shared/AsyncValue';

/** A platform's survey rounds with their results and the NPS trend (`GET /platforms/{ref}/surveys/results`). */
export function usePlatformSurveyResults(
  entityRef: string,
): AsyncValue<SurveyResults> {
  const api = useApi(surveysApiRef);
  return useAsyncRetry(
    () => api.getSurveyResults({ entityRef }),
    [api, entityRef],
  );
}

/**
 * The survey round the signed-in user should be asked about now, if any (`GET /surveys/prompt`);
 * with `platformRef`, only a round of that platform.
 */
export function useSurveyPrompt(
  platformRef?: string,
): AsyncValue<SurveyPrompt | null> {
  const api = useApi(surveysApiRef);
  return useAsyncRetry(
    () => api.getSurveyPrompt({ platformRef }),
    [api, platformRef],
  );
}

/** A round's free-text answers, for the platform's owners (`GET …/surveys/rounds/{id}/comments`). */
export function useSurveyComments(
  entityRef: string,
  roundId: string,
): AsyncValue<SurveyComments> {
  const api = useApi(surveysApiRef);
  return useAsyncRetry(
    () => api.getSurveyComments({ entityRef, roundId }),
    [api, entityRef, roundId],
  );
}
