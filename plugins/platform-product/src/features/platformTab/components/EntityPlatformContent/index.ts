export { EntityPlatformContent } from './EntityPlatformContent';
