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
    };
  };
}
