/**
 * The apiVersion of the entity kinds that Platform Product adds to the catalog.
 *
 * @public
 */
export const PLATFORM_PRODUCT_API_VERSION = 'platform-product.dev/v1alpha1';

/**
 * The kind of a Persona entity.
 *
 * @public
 */
export const PERSONA_KIND = 'Persona';

/**
 * A platform serves a persona (platform → Persona).
 *
 * @public
 */
export const RELATION_SERVES_PERSONA = 'servesPersona';
/**
 * A persona is served by a platform (Persona → platform).
 *
 * @public
 */
export const RELATION_SERVED_BY_PLATFORM = 'servedByPlatform';
/**
 * A persona describes the members of a group (Persona → Group).
 *
 * @public
 */
export const RELATION_DESCRIBES_GROUP = 'describesGroup';
/**
 * A group is described by a persona (Group → Persona).
 *
 * @public
 */
export const RELATION_DESCRIBED_BY_PERSONA = 'describedByPersona';
/**
 * A deprecated entity is replaced by another (deprecated → replacement).
 *
 * @public
 */
export const RELATION_REPLACED_BY = 'replacedBy';
/**
 * An entity replaces a deprecated one (replacement → deprecated).
 *
 * @public
 */
export const RELATION_REPLACES = 'replaces';

/**
 * The categories a platform product can declare in `spec.platform.category`.
 *
 * @public
 */
export const PLATFORM_CATEGORIES = [
  'deployment',
  'ci',
  'observability',
  'logging',
  'secrets',
  'data',
  'networking',
  'security',
  'storage',
  'runtime',
  'developer-experience',
  'other',
] as const;

/**
 * The kinds of link a platform can declare in `spec.platform.links`.
 *
 * @public
 */
export const PLATFORM_LINK_TYPES = [
  'docs',
  'support',
  'roadmap',
  'status',
  'dashboard',
  'other',
] as const;

/**
 * The support priorities a platform can promise a response time for.
 *
 * @public
 */
export const SUPPORT_PRIORITIES = ['p1', 'p2', 'p3', 'p4'] as const;
