import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { readCollatorSchedule } from './config';
import { PlatformProductCollatorFactory } from './PlatformProductCollatorFactory';

/**
 * Indexes Platform Product in Backstage search (document type `platform-product`): every platform
 * (description, personas served, support channel), every roadmap item (problem, hypothesis, status,
 * horizon) and every announcement while it is relevant. A document is shown only to those who may
 * see its platform in the catalog. Runs on `search.collators.platformProduct.schedule` (every 10
 * minutes by default).
 *
 * @public
 */
export const searchModulePlatformProductCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'platform-product-collator',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        auth,
        config,
        discovery,
        logger,
        scheduler,
        indexRegistry,
      }) {
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(
            readCollatorSchedule(config),
          ),
          factory: new PlatformProductCollatorFactory({
            auth,
            discovery,
            logger,
          }),
        });
      },
    });
  },
});
