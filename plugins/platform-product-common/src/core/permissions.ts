import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Manage a platform as a product: open and close survey rounds, edit its roadmap, objectives and
 * announcements, refresh its adoption, read its survey comments. The resource is the platform's
 * catalog entity; the suite's default policy allows it to the entity's owners.
 *
 * @public
 */
export const platformProductManagePermission = createPermission({
  name: 'platform-product.platform.manage',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Read a platform's survey results before the round closes and its free-text answers at any time.
 * The resource is the platform's catalog entity; the default policy allows it to the entity's owners.
 *
 * @public
 */
export const platformProductFeedbackReadPermission = createPermission({
  name: 'platform-product.feedback.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Request an exception to a deprecation for a consuming entity. The resource is the consuming
 * entity; the default policy allows it to that entity's owners.
 *
 * @public
 */
export const deprecationExceptionRequestPermission = createPermission({
  name: 'platform-product.deprecation.exception.request',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Approve or deny an exception to a deprecation. The resource is the deprecated entity; the default
 * policy allows it to that entity's owners.
 *
 * @public
 */
export const deprecationExceptionDecidePermission = createPermission({
  name: 'platform-product.deprecation.exception.decide',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Every permission the Platform Product plugins check. Each is a catalog-entity resource
 * permission, so a policy can answer it with the catalog's own conditions (`isEntityOwner`, …).
 *
 * @public
 */
export const platformProductPermissions = [
  platformProductManagePermission,
  platformProductFeedbackReadPermission,
  deprecationExceptionRequestPermission,
  deprecationExceptionDecidePermission,
];
