import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { metricProvidersExtensionPoint } from '@platform-product/backstage-plugin-platform-product-node';
import { PrometheusMetricProvider } from './PrometheusMetricProvider';

/**
 * Adds the Prometheus metric provider to the Platform Product backend: SLO metrics declared with
 * `metricSource: { type: Prometheus, spec: { query: <PromQL> } }` are pulled from the servers
 * under `platformProduct.prometheus.servers`. Without a server it starts all the same, and those
 * sources show `misconfigured` with a message that says how to add one.
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
        if (provider.hasServers()) {
          logger.info(
            `Pulling Prometheus metric sources from ${provider.describeServers()}`,
          );
        } else {
          logger.warn(
            'No Prometheus server is configured under platformProduct.prometheus.servers: every metric source of type Prometheus shows the problem misconfigured until one is added',
          );
        }
      },
    });
  },
});
