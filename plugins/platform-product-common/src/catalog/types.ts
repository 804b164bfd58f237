import type { Entity } from '@backstage/catalog-model';
import type {
  PLATFORM_CATEGORIES,
  PLATFORM_LINK_TYPES,
  SUPPORT_PRIORITIES,
} from '../core/constants';
import type { WellKnownMetricName } from '../core/metrics';

/** @public */
export type PlatformCategory = (typeof PLATFORM_CATEGORIES)[number];
/** @public */
export type PlatformLinkType = (typeof PLATFORM_LINK_TYPES)[number];
/** @public */
export type SupportPriority = (typeof SUPPORT_PRIORITIES)[number];

/**
 * An OpenSLO v1 metric source that a metric provider pulls from: which kind of system (`type`,
 * e.g. `Prometheus`), what to ask it (`spec`, e.g. `{ query: <PromQL> }`) and, optionally, which
 * of the provider's servers (`metricSourceRef`).
 *
 * @public
 */
export interface MetricSourceSpec {
  type: string;
  spec: Record<string, unknown>;
  metricSourceRef?: string;
}

/**
 * A metric of an SLO: pushed through the API under a name (`metric`), or pulled by a provider from
 * an OpenSLO `metricSource`, whose points are stored under a name of the SLO's (see
 * `pulledMetricName`).
 *
 * @public
 */
export type MetricRef =
  | { metric: string; metricSource?: undefined }
  | { metricSource: MetricSourceSpec; metric?: undefined };

/**
 * Where the points of one of a platform's well-known metrics (its KPIs' inputs) are pulled from,
 * instead of being pushed. See docs/metric-sources.md.
 *
 * @public
 */
export interface KpiSource {
  metricSource: MetricSourceSpec;
  /**
   * Whether the source's series are monotonic counters whose per-step increases are the points.
   * Default: `true` for a metric of events (deployments, tickets, cost…), `false` for a measured
   * value (active users, hours, minutes), whose value at each step is the point.
   */
  counter?: boolean;
  /**
   * For a per-consumer metric (deployments, change_failures, lead_time_hours): the series label
   * whose value names the consumer service; default `service`. A value matches the service whose
   * `platform-product.dev/metrics-id` annotation equals it, else the one of that name, else the
   * one of that entity reference.
   */
  entityLabel?: string;
}

/**
 * The service level indicator of an SLO, in OpenSLO v1 field names: either a ratio of good (or bad)
 * events to total events, or a threshold on a single metric.
 *
 * @public
 */
export type SloIndicator =
  | {
      ratioMetric: {
        counter?: boolean;
        good?: MetricRef;
        bad?: MetricRef;
        total: MetricRef;
      };
    }
  | {
      thresholdMetric: MetricRef;
    };

/**
 * One OpenSLO time window: rolling (`isRolling: true`) or aligned to a calendar.
 *
 * @public
 */
export interface SloTimeWindow {
  /** e.g. `30d`, `1w`; calendar windows also take `1M`, `1Q`, `1Y`. */
  duration: string;
  isRolling?: boolean;
  calendar?: { startTime: string; timeZone: string };
}

/** @public */
export type SloBudgetingMethod = 'Occurrences' | 'Timeslices';

/** @public */
export type SloOperator = 'lt' | 'lte' | 'gt' | 'gte';

/** @public */
export interface SloObjective {
  displayName?: string;
  /** The share of good events (or good slices), a fraction in [0, 1). */
  target: number;
  /** Threshold SLOs: how a value is compared with `value`. */
  op?: SloOperator;
  /** Threshold SLOs: the threshold. */
  value?: number;
  /** Timeslices: a slice is good when this share of it is good. */
  timeSliceTarget?: number;
  /** Timeslices: the length of one slice, e.g. `5m`. */
  timeSliceWindow?: string;
}

/**
 * A service level objective, field-compatible with OpenSLO v1.
 *
 * @public
 */
export interface PlatformSlo {
  name: string;
  displayName?: string;
  description?: string;
  indicator: SloIndicator;
  timeWindow: SloTimeWindow[];
  budgetingMethod: SloBudgetingMethod;
  objectives: SloObjective[];
}

/**
 * The support promise (the SLA) a platform makes to its consumers.
 *
 * @public
 */
export interface PlatformSupport {
  /** Where to ask for help, e.g. a chat channel. */
  channel: string;
  url?: string;
  hours?: 'business' | '24x7';
  /** Response time per priority, as durations (`15m`, `4h`, `2d`). */
  responseTimes?: Partial<Record<SupportPriority, string>>;
  /** The availability committed to consumers, a fraction in [0, 1). */
  availabilityCommitment?: number;
}

/**
 * Scorecard targets; each overrides the product default.
 *
 * @public
 */
export interface PlatformTargets {
  /** Fraction of audience teams adopting, e.g. 0.7. */
  adoption?: number;
  /** Net promoter score, −100 to 100. */
  nps?: number;
  /** Availability, a fraction in [0, 1). */
  availability?: number;
  timeToFirstDeploymentHours?: number;
  deploymentsPerDay?: number;
  /** Fraction of deployments that fail, e.g. 0.02. */
  changeFailureRate?: number;
  mttrMinutes?: number;
  ticketsPer100UsersPerMonth?: number;
  costPerServicePerMonth?: number;
}

/**
 * Whose adoption counts for a platform.
 *
 * @public
 */
export interface PlatformAudience {
  /** Group types whose groups are counted as teams. Default `['team']`. */
  groupTypes?: string[];
  /** When set, only teams under these groups (or these groups themselves) are counted. */
  groups?: string[];
}

/** @public */
export interface PlatformLink {
  title: string;
  url: string;
  type?: PlatformLinkType;
}

/**
 * The `spec.platform` block that makes an entity a platform product.
 *
 * @public
 */
export interface PlatformSpec {
  category: PlatformCategory;
  /** Persona entity refs; kind defaults to Persona, namespace to the entity's. */
  personas: string[];
  audience?: PlatformAudience;
  slos?: PlatformSlo[];
  /** Well-known metrics pulled from a metric source, by metric name (e.g. `deployments`). */
  kpiSources?: Partial<Record<WellKnownMetricName, KpiSource>>;
  support?: PlatformSupport;
  targets?: PlatformTargets;
  hoursSavedPerTeamPerMonth?: number;
  links?: PlatformLink[];
  /** When set, an NPS survey round opens by itself at the start of every such period. */
  surveyCadence?: 'monthly' | 'quarterly' | 'half-yearly';
  /** How many days a round opened by the cadence stays open; default 14. */
  surveyDurationDays?: number;
}

/**
 * The `spec.deprecation` block on any entity that is going away.
 *
 * @public
 */
export interface DeprecationSpec {
  /** YYYY-MM-DD */
  announced: string;
  /** YYYY-MM-DD, after `announced` */
  sunset: string;
  /** Entity ref of the replacement; kind defaults to the entity's own. */
  replacedBy?: string;
  migrationGuide?: string;
  reason: string;
}

/**
 * A `kind: Persona` entity.
 *
 * @public
 */
export interface PersonaEntity extends Entity {
  apiVersion: 'platform-product.dev/v1alpha1';
  kind: 'Persona';
  spec: {
    owner?: string;
    jobsToBeDone: string[];
    groups?: string[];
  };
}
