import { Alert } from '@material-ui/lab';

const PROMETHEUS_MODULE =
  '@platform-product/backstage-plugin-platform-product-backend-module-prometheus';

/** What to add to the backend so that metrics of a metricSource `type` are pulled. */
export const ProviderHint = ({ type }: { type: string }) => (
  <Alert severity="warning">
    No provider module serves {type}.{' '}
    {type.toLocaleLowerCase('en-US') === 'prometheus' ? (
      <>
        Add <code>backend.add(import('{PROMETHEUS_MODULE}'))</code> to your
        backend and configure <code>platformProduct.prometheus.servers</code>{' '}
        (docs/metric-sources.md).
      </>
    ) : (
      <>
        Add a backend module that serves it: see “Writing your own provider” in
        docs/metric-sources.md.
      </>
    )}
  </Alert>
);
