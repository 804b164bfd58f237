export {
  PlatformCatalog,
  entityOwnerRefs,
  platformOwnerRefs,
  platformTitle,
} from './PlatformCatalog';
export type { ResolvedPlatform } from './PlatformCatalog';
export { PlatformGraphProvider } from './PlatformGraphProvider';
export { EntityPermissions } from './EntityPermissions';
export { TtlCache } from './TtlCache';
