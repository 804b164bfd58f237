import { useApi } from '@backstage/core-plugin-api';
import type { SurveyResults } from '@platform-product/backstage-plugin-platform-product-common';
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
