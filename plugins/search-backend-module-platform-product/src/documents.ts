import {
  AnnouncementSearchDocument,
  PlatformProductSearchDocument,
  PlatformSearchDocument,
  RoadmapItemSearchDocument,
  platformTabPath,
} from '@platform-product/backstage-plugin-platform-product-common';
import type {
  AnnouncementFacts,
  EntityFacts,
  PlatformFacts,
  RoadmapItemFacts,
} from './PlatformProductReader';

/** Everything one collation read, from which the documents are made. */
export interface CollatedFacts {
  platforms: PlatformFacts[];
  roadmapItems: RoadmapItemFacts[];
  announcements: AnnouncementFacts[];
  /** Titles of personas (and platforms' support channels) by entity ref. */
  entities: Map<string, EntityFacts>;
  /** When the collation ran, in milliseconds since the epoch. */
  now: number;
}

/**
 * Whether an announcement is indexed: while it is relevant (see docs/announcements.md), as the
 * backend said when it was read and still at the time of this collation. The index keeps it at most
 * one collation interval past the end of its relevance.
 */
export function isSearchableAnnouncement(
  announcement: Pick<AnnouncementFacts, 'relevant' | 'relevantUntil'>,
  now: number,
): boolean {
  const until = Date.parse(announcement.relevantUntil);
  return announcement.relevant && Number.isFinite(until) && until > now;
}

/** Every ref whose catalog entity the documents name: the platforms and the personas. */
export function refsToRead(
  platforms: PlatformFacts[],
  roadmapItems: RoadmapItemFacts[],
): string[] {
  return [
    ...new Set([
      ...platforms.map(p => p.entityRef),
      ...platforms.flatMap(p => p.personaRefs),
      ...roadmapItems.flatMap(i => i.personas),
    ]),
  ];
}

/** `persona:default/sre-oncall` → its title in the catalog, else `sre-oncall`. */
function personaTitle(ref: string, entities: Map<string, EntityFacts>) {
  return entities.get(ref)?.title ?? ref.replace(/^[^:]*:(default\/)?/, '');
}

function paragraphs(...parts: Array<string | undefined>): string {
  return parts.filter(part => part && part.trim()).join('\n\n');
}

export function platformDocument(
  platform: PlatformFacts,
  entities: Map<string, EntityFacts>,
): PlatformSearchDocument {
  const personas = platform.personaRefs.map(ref => personaTitle(ref, entities));
  const support = entities.get(platform.entityRef)?.supportChannel ?? null;
  return {
    title: platform.title,
    text: paragraphs(
      platform.description,
      personas.length ? `Serves ${personas.join(', ')}.` : undefined,
      support ? `Support: ${support}` : undefined,
    ),
    location: platformTabPath(platform.entityRef),
    authorization: { resourceRef: platform.entityRef },
    documentKind: 'platform',
    platformRef: platform.entityRef,
    platformTitle: platform.title,
    status: null,
    horizon: null,
    personas,
    support,
    announcementKind: null,
  };
}

export function roadmapItemDocument(
  item: RoadmapItemFacts,
  platformTitle: string,
  entities: Map<string, EntityFacts>,
): RoadmapItemSearchDocument {
  return {
    title: item.title,
    text: paragraphs(item.problem, item.hypothesis),
    // The fragment keeps every item's location unique (Lunr keys documents by location).
    location: `${platformTabPath(
      item.platformRef,
      'roadmap',
    )}#roadmap-item-${encodeURIComponent(item.id)}`,
    authorization: { resourceRef: item.platformRef },
    documentKind: 'roadmap-item',
    platformRef: item.platformRef,
    platformTitle,
    status: item.status,
    horizon: item.horizon,
    personas: item.personas.map(ref => personaTitle(ref, entities)),
    support: null,
    announcementKind: null,
  };
}

export function announcementDocument(
  announcement: AnnouncementFacts,
  platformTitle: string,
): AnnouncementSearchDocument {
  return {
    title: announcement.title,
    text: announcement.body,
    location: `${platformTabPath(
      announcement.platformRef,
      'announcements',
    )}#announcement-${encodeURIComponent(announcement.id)}`,
    authorization: { resourceRef: announcement.platformRef },
    documentKind: 'announcement',
    platformRef: announcement.platformRef,
    platformTitle,
    status: null,
    horizon: null,
    personas: [],
    support: null,
    announcementKind: announcement.kind,
    relevantUntil: announcement.relevantUntil,
  };
}

/**
 * The documents of one collation: each platform, each roadmap item of a listed platform, each
 * announcement that is still relevant. Items of a platform that is not in the list (removed from
 * the catalog between the two reads) are left out.
 */
export function collateDocuments(
  facts: CollatedFacts,
): PlatformProductSearchDocument[] {
  const titles = new Map(facts.platforms.map(p => [p.entityRef, p.title]));
  const titleOf = (ref: string) => titles.get(ref);
  return [
    ...facts.platforms.map(p => platformDocument(p, facts.entities)),
    ...facts.roadmapItems.flatMap(item => {
      const title = titleOf(item.platformRef);
      return title ? [roadmapItemDocument(item, title, facts.entities)] : [];
    }),
    ...facts.announcements.flatMap(announcement => {
      const title = titleOf(announcement.platformRef);
      return title && isSearchableAnnouncement(announcement, facts.now)
        ? [announcementDocument(announcement, title)]
        : [];
    }),
  ];
}
