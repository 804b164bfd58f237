/*
 * A real backend process with only this plugin and an in-memory catalog (the build-platform
 * catalog of the common test utils), configured by the `--config` files it is started with. The
 * kill -9 test runs it with `node --require @backstage/cli/config/nodeTransform.cjs`.
 */

// Not yet in this package's devDependencies (installed, hoisted): add it there, then drop this.
import { createBackend } from '@backstage/backend-defaults';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { buildPlatformCatalog } from '@platform-product/backstage-plugin-platform-product-common/testUtils';
import { platformProductPlugin } from '../plugin';

const backend = createBackend();
backend.add(platformProductPlugin);
backend.add(catalogServiceMock.factory({ entities: buildPlatformCatalog() }));
backend.start();
