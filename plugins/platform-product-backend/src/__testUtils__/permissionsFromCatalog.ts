import {
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';
import { PlatformProductPermissionPolicy } from '@platform-product/backstage-plugin-permission-backend-module-platform-product';

/**
 * A permissions service that decides like a real backend with the suite's policy installed: the
 * real `PlatformProductPermissionPolicy` answers, and its catalog conditions are applied with the
 * catalog's own `isEntityOwner` rule to the entity from the given catalog — what the permission
 * backend does by asking the catalog plugin, without the HTTP hops.
 */
export function permissionsFromCatalog(
  entities: Entity[],
  userInfo: UserInfoService,
): PermissionsService {
  const policy = new PlatformProductPermissionPolicy();
  const byRef = new Map(
    entities.map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e]),
  );
  const rules = new Map<string, { apply(e: Entity, p: any): boolean }>(
    Object.values(permissionRules).map(rule => [rule.name, rule]),
  );
  const applies = (
    criteria: PermissionCriteria<PermissionCondition>,
    entity: Entity,
  ): boolean => {
    if ('allOf' in criteria)
      return criteria.allOf.every(c => applies(c, entity));
    if ('anyOf' in criteria)
      return criteria.anyOf.some(c => applies(c, entity));
    if ('not' in criteria) return !applies(criteria.not, entity);
    const rule = rules.get(criteria.rule);
    if (!rule)
      throw new Error(`unknown catalog permission rule ${criteria.rule}`);
    return rule.apply(entity, criteria.params);
  };
  const decide = async (
    request: AuthorizePermissionRequest,
    credentials: BackstageCredentials,
  ) => {
    const principal = credentials.principal as { userEntityRef?: string };
    const user = principal.userEntityRef
      ? { credentials, info: await userInfo.getUserInfo(credentials) }
      : undefined;
    const decision = await policy.handle(
      { permission: request.permission },
      user as any,
    );
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      return { result: decision.result };
    }
    const entity = request.resourceRef
      ? byRef.get(request.resourceRef.toLocaleLowerCase('en-US'))
      : undefined;
    return {
      result:
        entity && applies(decision.conditions, entity)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
    };
  };
  return {
    async authorize(requests, { credentials }) {
      return Promise.all(
        requests.map(r => decide(r as AuthorizePermissionRequest, credentials)),
      ) as any;
    },
    async authorizeConditional() {
      throw new Error('not used by the Platform Product backend');
    },
  };
}
