/**
 * Frontend plugin for Platform Product: the platform tab, scorecards and cards for the catalog.
 *
 * @packageDocumentation
 */

export { platformProductPlugin, EntityPlatformContent } from './plugin';
export { isPlatformEntity } from '@platform-product/backstage-plugin-platform-product-common';
