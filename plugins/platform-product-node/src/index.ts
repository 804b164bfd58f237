/**
 * The extension point of the Platform Product backend for metric providers: backend modules that
 * pull metric points from real systems (Prometheus first) for the `metricSource` types they serve.
 *
 * @packageDocumentation
 */

export * from './metricProviders';
export * from './ConcurrencyLimit';
