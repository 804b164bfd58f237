import {
  AuthorizeResult,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { platformProductPermissions } from '@platform-product/backstage-plugin-platform-product-common';

const PLATFORM_PRODUCT_PERMISSION_NAMES = new Set(
  platformProductPermissions.map(permission => permission.name),
);

/**
 * The Platform Product part of a permission policy, for adopters who compose their own: every
 * Platform Product permission is allowed to the owners of the catalog entity it is about (a
 * platform, a deprecated entity, a consuming entity), judged by the catalog's `isEntityOwner` rule
 * against the user's ownership refs (the user and the groups they belong to). Requests without a
 * user are denied. Returns `undefined` for any other permission.
 *
 * Service principals rarely reach a policy: Backstage's permissions service answers for them from
 * their access restrictions (allowing every permission the restrictions do not exclude). The
 * Platform Product backend therefore refuses services itself where it matters: its writes take
 * signed-in users only, and survey feedback is read by users only.
 *
 * @public
 */
export function platformProductPolicyDecision(
  request: PolicyQuery,
  user?: PolicyQueryUser,
): PolicyDecision | undefined {
  const { permission } = request;
  if (!PLATFORM_PRODUCT_PERMISSION_NAMES.has(permission.name)) {
    return undefined;
  }
  if (!user || !isResourcePermission(permission, 'catalog-entity')) {
    return { result: AuthorizeResult.DENY };
  }
  return createCatalogConditionalDecision(
    permission,
    catalogConditions.isEntityOwner({
      claims: user.info.ownershipEntityRefs,
    }),
  );
}

const allowAll: PermissionPolicy = {
  async handle() {
    return { result: AuthorizeResult.ALLOW };
  },
};

/**
 * A permission policy that answers Platform Product permissions with
 * {@link platformProductPolicyDecision} and hands every other request to a fallback policy
 * (allow-all unless one is given).
 *
 * @public
 */
export class PlatformProductPermissionPolicy implements PermissionPolicy {
  private readonly fallback: PermissionPolicy;

  constructor(options: { fallback?: PermissionPolicy } = {}) {
    this.fallback = options.fallback ?? allowAll;
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    return (
      platformProductPolicyDecision(request, user) ??
      this.fallback.handle(request, user)
    );
  }
}
