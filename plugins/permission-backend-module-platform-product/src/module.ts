import { createBackendModule } from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { PlatformProductPermissionPolicy } from './PlatformProductPermissionPolicy';

/**
 * Installs {@link PlatformProductPermissionPolicy} as the permission backend's policy: Platform
 * Product actions are allowed to the owners of the entity they are about; every other permission is
 * allowed. Install it instead of the allow-all policy module; a backend with its own policy calls
 * `platformProductPolicyDecision` from that policy instead.
 *
 * @public
 */
export const permissionModulePlatformProductPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'platform-product-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new PlatformProductPermissionPolicy());
      },
    });
  },
});
