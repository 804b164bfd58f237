export { PlatformSurveyPanel } from './PlatformSurveyPanel';
