import { Config } from '@backstage/config';
import {
  DeprecationSettings,
  readDeprecationSettings,
} from './features/deprecations';
import { SurveySettings } from './features/surveys';
import { SHARED_READ_TTL_MS } from './core/database';

/** How long the catalog graph that adoption is computed from is reused, by default. */
const DEFAULT_CATALOG_GRAPH_TTL_SECONDS = 45;
/** How long a platform's computed adoption is reused, by default. */
const DEFAULT_ADOPTION_TTL_SECONDS = 300;
/** How long a platform's SLO statuses are reused, by default. */
const DEFAULT_SLO_STATUS_TTL_SECONDS = 15;
const DEFAULT_SCORECARD_TTL_SECONDS = 60;
/** How long the roadmap, announcement and survey rows every card reads are reused, by default. */
const DEFAULT_CARD_READS_TTL_SECONDS = SHARED_READ_TTL_MS / 1000;
/** How often pulled metric sources are pulled, by default. */
const DEFAULT_PULL_INTERVAL_MINUTES = 5;
/** How long one pull may take, by default. */
const DEFAULT_PULL_TIMEOUT_SECONDS = 30;

/**
 * The plugin's settings (`platformProduct` in app-config, see config.d.ts), read once at start.
 *
 * @internal
 */
export interface PlatformProductSettings {
  catalogGraphTtlMs: number;
  adoptionTtlMs: number;
  sloStatusTtlMs: number;
  scorecardTtlMs: number;
  /** `cache.cardReadsTtlSeconds`: see {@link openStores}. */
  cardReadsTtlMs: number;
  orgGroupTypes?: readonly string[];
  roadmapSettings: { outcomeReviewDelayDays?: number };
  surveys: SurveySettings;
  deprecations: DeprecationSettings;
  /** `metricSources.pullIntervalMinutes`: how often pulled sources are pulled. */
  pullIntervalMinutes: number;
  /** `metricSources.pullTimeoutSeconds`: how long one pull may take. */
  pullTimeoutMs: number;
}

/**
 * Reads the `platformProduct` settings, with their defaults.
 *
 * @throws Error naming the setting when one is malformed
 * @internal
 */
export function readPlatformProductConfig(
  config: Config,
): PlatformProductSettings {
  const settings = config.getOptionalConfig('platformProduct');
  const seconds = (key: string, fallback: number) =>
    (settings?.getOptionalNumber(key) ?? fallback) * 1000;
  return {
    catalogGraphTtlMs: seconds(
      'cache.catalogGraphTtlSeconds',
      DEFAULT_CATALOG_GRAPH_TTL_SECONDS,
    ),
    adoptionTtlMs: seconds(
      'cache.adoptionTtlSeconds',
      DEFAULT_ADOPTION_TTL_SECONDS,
    ),
    sloStatusTtlMs: seconds(
      'cache.sloStatusTtlSeconds',
      DEFAULT_SLO_STATUS_TTL_SECONDS,
    ),
    scorecardTtlMs: seconds(
      'cache.scorecardTtlSeconds',
      DEFAULT_SCORECARD_TTL_SECONDS,
    ),
    cardReadsTtlMs: seconds(
      'cache.cardReadsTtlSeconds',
      DEFAULT_CARD_READS_TTL_SECONDS,
    ),
    orgGroupTypes: settings?.getOptionalStringArray('adoption.orgGroupTypes'),
    roadmapSettings: {
      outcomeReviewDelayDays: settings?.getOptionalNumber(
        'roadmap.outcomeReviewDelayDays',
      ),
    },
    surveys: {
      promptIntervalDays: settings?.getOptionalNumber(
        'surveys.promptIntervalDays',
      ),
    },
    deprecations: readDeprecationSettings(
      settings?.getOptionalConfig('deprecations'),
    ),
    pullIntervalMinutes: positive(
      settings?.getOptionalNumber('metricSources.pullIntervalMinutes') ??
        DEFAULT_PULL_INTERVAL_MINUTES,
      'platformProduct.metricSources.pullIntervalMinutes',
    ),
    pullTimeoutMs:
      positive(
        settings?.getOptionalNumber('metricSources.pullTimeoutSeconds') ??
          DEFAULT_PULL_TIMEOUT_SECONDS,
        'platformProduct.metricSources.pullTimeoutSeconds',
      ) * 1000,
  };
}

function positive(value: number, key: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${key} must be a number above 0 — got ${value}`);
  }
  return value;
}
