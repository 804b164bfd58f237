/**
 * The Platform Product permission policy: owners of a platform manage it, owners of an entity act
 * for it.
 *
 * @packageDocumentation
 */

export { permissionModulePlatformProductPolicy as default } from './module';
export * from './PlatformProductPermissionPolicy';
