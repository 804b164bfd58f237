import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { PlatformProductEntitiesProcessor } from './processor/PlatformProductEntitiesProcessor';

/**
 * Adds the Platform Product model to the catalog: validation of `spec.platform`, `spec.deprecation`
 * and `kind: Persona`, and their relations.
 *
 * @public
 */
export const catalogModulePlatformProduct = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'platform-product',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        logger: coreServices.logger,
      },
      async init({ catalog, logger }) {
        catalog.addProcessor(new PlatformProductEntitiesProcessor({ logger }));
      },
    });
  },
});
