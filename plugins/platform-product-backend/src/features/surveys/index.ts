/**
 * NPS survey rounds of platforms: rounds opened by owners or on a cadence, in-context prompts and
 * answers, and results, comments and the NPS the scorecard shows, which never say who answered what.
 *
 * @packageDocumentation
 */

export { createSurveyServices } from './createSurveyServices';
export type { SurveySettings } from './createSurveyServices';
export type { SurveyService } from './SurveyService';
export { SurveyStore } from './SurveyStore';
export { registerSurveyRoutes } from './routes';
export { surveyTasks } from './tasks';
