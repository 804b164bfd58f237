export {
  EntityPlatformContent,
  PlatformMetadataProblems,
} from './EntityPlatformContent';
