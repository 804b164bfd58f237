export { SurveyPrompt, SurveyPromptView } from './SurveyPrompt';
