/**
 * The Prometheus metric provider module of the Platform Product backend: pulls the SLO metrics
 * that platforms declare with `metricSource: { type: Prometheus, spec: { query: <PromQL> } }`.
 *
 * @packageDocumentation
 */

export { platformProductModulePrometheus as default } from './module';
export { platformProductModulePrometheus } from './module';
export {
  PrometheusMetricProvider,
  type PrometheusMetricProviderOptions,
} from './PrometheusMetricProvider';
export type { PrometheusServer } from './servers';
