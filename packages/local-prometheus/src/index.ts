/**
 * A private Prometheus on 127.0.0.1 over blocks backfilled with promtool from OpenMetrics text:
 * the demo's (demo-data) and the one the Prometheus module's tests start.
 *
 * @packageDocumentation
 */

export {
  findPrometheus,
  INSTALL_PROMETHEUS_HINT,
  type PrometheusBinaries,
} from './findPrometheus';
export { freePort } from './freePort';
export {
  startPrometheus,
  type RunningPrometheus,
  type StartPrometheusOptions,
} from './startPrometheus';
