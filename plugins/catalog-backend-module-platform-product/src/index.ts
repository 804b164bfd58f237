/**
 * Catalog backend module for Platform Product: validates `spec.platform`, `spec.deprecation` and
 * `kind: Persona`, and emits their relations.
 *
 * @packageDocumentation
 */

export { catalogModulePlatformProduct as default } from './module';
export { PlatformProductEntitiesProcessor } from './processor/PlatformProductEntitiesProcessor';
