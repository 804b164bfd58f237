import { SurveyService, SurveyServiceOptions } from './SurveyService';

/**
 * The `platformProduct.surveys` settings.
 *
 * @internal
 */
export interface SurveySettings {
  /** How often, at most, a user is prompted across all platforms, in days (default 14). */
  promptIntervalDays?: number;
}

/**
 * Wires the surveys feature over the shared catalog graph, with its settings.
 *
 * @internal
 */
export function createSurveyServices(
  options: Omit<SurveyServiceOptions, 'promptIntervalDays'> & {
    settings?: SurveySettings;
  },
): { surveys: SurveyService } {
  const { settings, ...dependencies } = options;
  return {
    surveys: new SurveyService({
      ...dependencies,
      promptIntervalDays: settings?.promptIntervalDays,
    }),
  };
}
