export interface Config {
  platformProduct?: {
    /**
     * The Prometheus metric provider module: where it pulls the SLO metrics that platforms declare
     * with `metricSource: { type: Prometheus, spec: { query: <PromQL> } }`.
     */
    prometheus?: {
      /**
       * A sentence added to the message every source of type Prometheus shows while no server is
       * configured: how to get one where you are, e.g. "Ask #observability-help for a Prometheus
       * URL".
       */
      noServerHint?: string;
      /**
       * The servers that answer the Prometheus HTTP query API (Prometheus itself, or Thanos,
       * Mimir, VictoriaMetrics…). A source picks one with `metricSourceRef: <id>`; without it, the
       * default server answers: the one with `default: true`, else the only one, else the first.
       * Without any, the module starts all the same and every source of type Prometheus shows the
       * problem `misconfigured`, with a message that says how to add a server.
       */
      servers?: Array<{
        /**
         * The name sources use in `metricSourceRef`: letters, digits, `_`, `.` and `-`, unique.
         */
        id: string;
        /**
         * The server's address, `http://` or `https://`, without `/api/v1`, e.g.
         * `http://prometheus.monitoring:9090` or `https://thanos.example.com/prometheus`.
         */
        baseUrl: string;
        /** Marks the server that sources without `metricSourceRef` use; at most one. */
        default?: boolean;
        /**
         * Sent as `Authorization: Bearer <token>` with every query.
         *
         * @visibility secret
         */
        bearerToken?: string;
        /**
         * Further HTTP headers sent with every query, e.g. `X-Scope-OrgID` for Mimir, or
         * `Authorization: Basic …`.
         *
         * @deepVisibility secret
         */
        headers?: { [name: string]: string };
        /** How long one query may take before the pull reports `timeout`, in seconds; 30 by default. */
        timeoutSeconds?: number;
        /**
         * The step between the points pulled from this server, in whole seconds; 300 (5 minutes)
         * by default. A smaller step gives finer SLO time slices and more points to store.
         */
        stepSeconds?: number;
      }>;
    };
  };
}
