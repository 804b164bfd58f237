import type { AdoptionStage } from './adoptionStage';

/**
 * An entity that uses a platform.
 *
 * @public
 */
export interface PlatformConsumer {
  entityRef: string;
  /** The consumer's owners (`ownedBy`), sorted. */
  ownerRefs: string[];
  /** The platform parts it depends on or consumes, sorted. */
  via: string[];
}

/**
 * How many teams of a set adopt a platform.
 *
 * @public
 */
export interface TeamAdoption {
  /** Teams that own at least one consumer. */
  adopting: number;
  /** Teams whose adoption counts. */
  audience: number;
  /** adopting / audience, or `null` when the audience is empty. */
  ratio: number | null;
  /** The stage of {@link TeamAdoption.ratio}, or `null` when the ratio is. */
  stage: AdoptionStage | null;
  /** Sorted. */
  adoptingRefs: string[];
  /** Sorted. */
  nonAdoptingRefs: string[];
}

/**
 * How many services owned by audience teams use a platform.
 *
 * @public
 */
export interface ServiceAdoption {
  /** Those of the services that are consumers. */
  adopting: number;
  /** Components owned by audience teams that are not part of the platform. */
  total: number;
  /** adopting / total, or `null` when there are none. */
  ratio: number | null;
}

/**
 * Adoption among the teams a persona describes.
 *
 * @public
 */
export interface PersonaAdoption {
  personaRef: string;
  /** Whether the Persona entity is in the catalog; when not, its teams are empty. */
  found: boolean;
  teams: TeamAdoption;
}

/**
 * Adoption among the audience teams under one org group.
 *
 * @public
 */
export interface OrgAdoption {
  orgRef: string;
  teams: TeamAdoption;
}

/**
 * The adoption of a platform, overall and by persona and org.
 *
 * @public
 */
export interface PlatformAdoption {
  teams: TeamAdoption;
  services: ServiceAdoption;
  /** In the order of `spec.personas`. */
  byPersona: PersonaAdoption[];
  /** Sorted by org ref. */
  byOrg: OrgAdoption[];
  /** Sorted by entity ref. */
  consumers: PlatformConsumer[];
}
