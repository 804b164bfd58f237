/**
 * A period during which a platform fails more than usual, placed relative to the time the demo data
 * is generated, so "burning budget right now" stays true whenever the demo is loaded.
 */
export interface DemoEpisode {
  /** How long before `now` the episode starts, in minutes. */
  startsMinutesAgo: number;
  /** How long it lasts, in minutes (it may run until `now`). */
  lastsMinutes: number;
  /** Share of bad events (or bad threshold values) during the episode. */
  errorRate: number;
}

/** The story the demo tells about one platform. */
export interface DemoProfile {
  story: string;
  /** Events in a 5-minute bucket at the daily average. */
  eventsPer5m: number;
  /** Share of bad events outside episodes. */
  errorRate: number;
  episodes: DemoEpisode[];
  /** Teams onboarding a week, for time to first deployment. */
  onboardingsPerWeek: number;
  /** Typical hours from first request to first production deployment. */
  hoursToFirstDeployment: number;
  incidentsPer90Days: number;
  /** Typical minutes to recover from an incident. */
  minutesToRecover: number;
  supportTicketsPerDay: number;
  activeUsers: number;
  costPerDay: number;
}

const HOUR = 60;
const DAY = 24 * HOUR;

/**
 * One profile per example platform: at least one healthy, one burning its error budget fast right
 * now, one that has breached its objective, as the issue asks.
 */
export const DEMO_PROFILES: Record<string, DemoProfile> = {
  'deploy-platform': {
    story: 'healthy: well inside its 99.9 % objective',
    eventsPer5m: 2000,
    errorRate: 0.0003,
    episodes: [
      { startsMinutesAgo: 40 * DAY, lastsMinutes: 3 * HOUR, errorRate: 0.01 },
    ],
    onboardingsPerWeek: 2,
    hoursToFirstDeployment: 6,
    incidentsPer90Days: 2,
    minutesToRecover: 22,
    supportTicketsPerDay: 3,
    activeUsers: 140,
    costPerDay: 310,
  },
  'secrets-platform': {
    story: 'healthy: a quiet quarter',
    eventsPer5m: 8000,
    errorRate: 0.00008,
    episodes: [],
    onboardingsPerWeek: 1,
    hoursToFirstDeployment: 10,
    incidentsPer90Days: 1,
    minutesToRecover: 18,
    supportTicketsPerDay: 1.5,
    activeUsers: 80,
    costPerDay: 120,
  },
  // Its SLIs are not pushed: the demo Prometheus holds them (demoPrometheusSeries.ts), from a
  // start that lies in its past, so the outage goes on for hours after the demo started.
  'observability-platform': {
    story:
      'burning budget fast: an outage started 90 minutes before the demo did and lasts 6 hours; its SLIs come from the demo Prometheus',
    eventsPer5m: 20000,
    errorRate: 0.0004,
    episodes: [
      { startsMinutesAgo: 90, lastsMinutes: 6 * HOUR, errorRate: 0.04 },
      // a bad day: a storage node failing over, nine days ago
      {
        startsMinutesAgo: 9 * DAY + 300,
        lastsMinutes: 5 * HOUR,
        errorRate: 0.01,
      },
    ],
    onboardingsPerWeek: 0.5,
    hoursToFirstDeployment: 30,
    incidentsPer90Days: 4,
    minutesToRecover: 55,
    supportTicketsPerDay: 4,
    activeUsers: 60,
    costPerDay: 540,
  },
  'logging-platform': {
    story:
      'breached: a long ingestion outage 12 days ago spent the whole budget',
    eventsPer5m: 50000,
    errorRate: 0.004,
    episodes: [
      { startsMinutesAgo: 12 * DAY, lastsMinutes: 30 * HOUR, errorRate: 0.04 },
    ],
    onboardingsPerWeek: 1,
    hoursToFirstDeployment: 20,
    incidentsPer90Days: 6,
    minutesToRecover: 75,
    supportTicketsPerDay: 6,
    activeUsers: 110,
    costPerDay: 820,
  },
  'data-pipeline-platform': {
    story: 'slow burn: failing runs for three days',
    eventsPer5m: 30,
    errorRate: 0.004,
    episodes: [
      { startsMinutesAgo: 3 * DAY, lastsMinutes: 3 * DAY, errorRate: 0.015 },
    ],
    onboardingsPerWeek: 0.3,
    hoursToFirstDeployment: 48,
    incidentsPer90Days: 3,
    minutesToRecover: 40,
    supportTicketsPerDay: 2,
    activeUsers: 12,
    costPerDay: 260,
  },
};
