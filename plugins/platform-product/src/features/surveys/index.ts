/** Surveys: the in-context NPS prompt, the platform's rounds, results and comments, and the voice of its personas. */
export { surveysApiRef, SurveysClient } from './api';
export type { SurveyRoundRef, SurveysApi } from './api';
