import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { metricProvidersExtensionPoint } from '@platform-product/backstage-plugin-platform-product-node';
import { PrometheusMetricProvider } from './PrometheusMetricProvider';

/**
 * Adds the Prometheus metric provider to the Platform Product backend: SLO metrics declared with
 * `metricSource: { type: Prometheus, spec: { query: <PromQL> } }` are pulled from the servers
 * under `platformProduct.prometheus.servers`.
 *
 * @public
 */
export const platformProductModulePrometheus = createBackendModule({
  pluginId: 'platform-product',
  moduleId: 'prometheus',
  register(env) {
    env.registerInit({
      deps: {
        providers: metricProvidersExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ providers, config, logger }) {
        const provider = PrometheusMetricProvider.fromConfig(config);
        providers.addProvider(provider);
        logger.info(
          `Pulling Prometheus metric sources from ${provider.describeServers()}`,
        );
      },
    });
  },
});
