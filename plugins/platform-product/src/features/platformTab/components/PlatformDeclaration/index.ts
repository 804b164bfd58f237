export { PlatformMetadataProblems } from './PlatformMetadataProblems';
export { PlatformProductCard } from './PlatformProductCard';
export { PlatformSupportCard } from './PlatformSupportCard';
export { PlatformSloDefinitionsCard } from './PlatformSloDefinitionsCard';
export { PlatformTargetsCard } from './PlatformTargetsCard';
