export * from './types';
export * from './metadataSchemas';
export * from './validateMetadata';
export * from './platformEntity';
export * from './PlatformGraph';
