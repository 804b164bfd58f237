/** Entities that can rely on platforms: components, APIs and resources. */
export const reliesOnPlatformsPredicate = {
  kind: { $in: ['component', 'api', 'resource'] },
};

/** Platform products: entities with a `spec.platform` block. */
export const isPlatformPredicate = { 'spec.platform': { $exists: true } };
