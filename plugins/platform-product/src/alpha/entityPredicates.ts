/** Entities that can rely on platforms: components, APIs and resources. */
export const reliesOnPlatformsPredicate = {
  kind: { $in: ['component', 'api', 'resource'] },
};

/** Platform products: entities with a `spec.platform` block. */
export const isPlatformPredicate = { 'spec.platform': { $exists: true } };

/** Entities that can consume something deprecated: components, APIs, resources and systems. */
export const mayConsumeDeprecationsPredicate = {
  kind: { $in: ['component', 'api', 'resource', 'system'] },
};

/** Persona entities. */
export const isPersonaPredicate = { kind: 'persona' };

/** Deprecated entities: those with a `spec.deprecation` block. */
export const isDeprecatedPredicate = { 'spec.deprecation': { $exists: true } };

/** Group entities. */
export const isGroupPredicate = { kind: 'group' };
