export * from './buildCatalog';
export * from './buildPlatformCatalog';
