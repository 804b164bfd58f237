export interface Config {
  /** Settings of the Platform Product backend plugin. */
  platformProduct?: {
    adoption?: {
      /**
       * The group types adoption is rolled up by (`byOrg` in the adoption report).
       * Default `['org']`.
       */
      orgGroupTypes?: string[];
    };
    /** How long the plugin reuses what it computed; each replica keeps its own copy. */
    cache?: {
      /** The catalog graph that adoption and the service-page card read. Default 45. */
      catalogGraphTtlSeconds?: number;
      /** A platform's computed adoption. Default 300. */
      adoptionTtlSeconds?: number;
      /** A platform's SLO statuses. Default 15. */
      sloStatusTtlSeconds?: number;
      /**
       * A platform's metric KPIs now (availability, delivery, tickets, cost), answered at once and
       * recomputed in the background when older; points ingested or pulled through this replica
       * recompute them at once. Default 60.
       */
      scorecardTtlSeconds?: number;
      /**
       * What every service card reads of the roadmaps (the Now items), the announcements and the
       * open survey rounds, read once per replica and this long instead of once per card; a write
       * through this replica shows on it at once. Default 5.
       */
      cardReadsTtlSeconds?: number;
    };
    /** Metrics pulled from real systems by provider modules (docs/metric-sources.md). */
    metricSources?: {
      /** How often every metricSource is pulled, in minutes. Default 5. */
      pullIntervalMinutes?: number;
      /** How long one pull of one source may take, in seconds. Default 30. */
      pullTimeoutSeconds?: number;
    };
    /** Deprecations (docs/deprecations.md). */
    deprecations?: {
      /**
       * How many days after a deprecation's sunset an exception may end at the latest. Default 730.
       */
      maxExceptionDaysAfterSunset?: number;
      /**
       * Days before the sunset at which the owners of consumers are reminded. Default [90, 30, 7].
       */
      reminderLeadDays?: number[];
    };
    /** Roadmaps (docs/roadmap.md). */
    roadmap?: {
      /**
       * Days after an item ships at which its owners are reminded to record whether its hypothesis
       * held (the outcome review). Default 56 (8 weeks).
       */
      outcomeReviewDelayDays?: number;
    };
    /** NPS survey rounds (docs/surveys.md). */
    surveys?: {
      /**
       * A user is shown a survey prompt for at most one platform per this many days. Default 14.
       */
      promptIntervalDays?: number;
    };
  };
}
