import { FeatureTask } from '../../core/tasks';
import { SurveyService } from './SurveyService';

/**
 * The surveys' scheduled work: rounds opened on each platform's cadence and closed when due.
 *
 * @internal
 */
export function surveyTasks(services: {
  surveys: SurveyService;
}): FeatureTask[] {
  return [
    {
      id: 'platform-product-survey-rounds',
      description:
        "opens a round per platform and period on the platform's survey cadence, and closes rounds whose end has passed",
      frequency: { minutes: 15 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 40 },
      fn: async () => {
        await services.surveys.runSchedule();
      },
    },
  ];
}
