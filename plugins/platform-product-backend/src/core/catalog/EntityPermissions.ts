import { actorOf } from '../http/actorOf';
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { platformProductManagePermission } from '@platform-product/backstage-plugin-platform-product-common';

/**
 * Asks the permission framework whether a caller may act on a catalog entity. Every Platform
 * Product permission is a catalog-entity resource permission, so the policy decides per entity (the
 * suite's default policy: the entity's owners may).
 *
 * @internal
 */
export class EntityPermissions {
  constructor(private readonly permissions: PermissionsService) {}

  /**
   * Throws unless the caller may manage the platform (its owners, by the suite's default policy):
   * edit its roadmap, objectives and announcements, run its surveys, refresh its adoption.
   *
   * @param action - what the caller tried, completing "only the owners of X may …"
   * @throws NotAllowedError naming the platform, the action and the permission
   */
  authorizeManage(
    platformRef: string,
    credentials: BackstageCredentials,
    action: string,
  ): Promise<void> {
    return this.authorize(
      platformProductManagePermission,
      platformRef,
      credentials,
      action,
    );
  }

  /** Whether the caller holds the permission for the entity. */
  async isAllowed(
    permission: ResourcePermission<'catalog-entity'>,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const [decision] = await this.permissions.authorize(
      [{ permission, resourceRef: entityRef }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  /**
   * Throws unless the caller holds the permission for the entity.
   *
   * @param action - what the caller tried, completing "only the owners of X may …", e.g.
   *   "open its survey rounds"
   * @throws NotAllowedError naming the entity, the action and the permission
   */
  async authorize(
    permission: ResourcePermission<'catalog-entity'>,
    entityRef: string,
    credentials: BackstageCredentials,
    action: string,
  ): Promise<void> {
    if (!(await this.isAllowed(permission, entityRef, credentials))) {
      throw new NotAllowedError(
        `Only the owners of ${entityRef} may ${action}; ${actorOf(
          credentials,
        )} is not allowed ${permission.name} on it`,
      );
    }
  }
}
