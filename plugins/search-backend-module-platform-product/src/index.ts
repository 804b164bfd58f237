/**
 * A search backend module that indexes Platform Product: platforms, roadmap items and relevant
 * announcements, each visible where the catalog shows its platform.
 *
 * @packageDocumentation
 */

export { searchModulePlatformProductCollator as default } from './module';
export { searchModulePlatformProductCollator } from './module';
