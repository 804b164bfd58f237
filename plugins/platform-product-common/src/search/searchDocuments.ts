import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { describeValue } from '../core/describeValue';
import type { AnnouncementKind } from '../announcements';
import type { RoadmapHorizon, RoadmapStatus } from '../roadmap';

/**
 * The search index (document type) that the Platform Product collator fills and the search page's
 * result type tab filters on.
 *
 * @public
 */
export const PLATFORM_PRODUCT_SEARCH_TYPE = 'platform-product';

/**
 * What a Platform Product search document stands for: a platform, one item of its roadmap, or one
 * of its announcements while it is relevant.
 *
 * @public
 */
export const PLATFORM_PRODUCT_DOCUMENT_KINDS = [
  'platform',
  'roadmap-item',
  'announcement',
] as const;

/** @public */
export type PlatformProductDocumentKind =
  (typeof PLATFORM_PRODUCT_DOCUMENT_KINDS)[number];

/**
 * How each kind of document is named on the search page (result items and filters).
 *
 * @public
 */
export const PLATFORM_PRODUCT_DOCUMENT_KIND_LABELS: Record<
  PlatformProductDocumentKind,
  string
> = {
  platform: 'Platform',
  'roadmap-item': 'Roadmap item',
  announcement: 'Announcement',
};

/**
 * What every Platform Product search document carries. It is an `IndexableDocument` of
 * `@backstage/plugin-search-common` (title, text, location, authorization) with flat fields the
 * search page shows and filters on.
 *
 * Every document has every field, `null` (or empty) where it does not apply: a search engine that
 * learns its fields from the first document it indexes (Lunr, the default) could otherwise not
 * filter on a field that the first document lacks.
 *
 * @public
 */
export interface PlatformProductSearchDocumentBase {
  title: string;
  text: string;
  /** A path in the portal, unique per document (Lunr keys its documents by location). */
  location: string;
  /**
   * The platform's entity ref: the search backend shows the document only to those who may read
   * that entity in the catalog (`catalog.entity.read`).
   */
  authorization: { resourceRef: string };
  documentKind: PlatformProductDocumentKind;
  platformRef: string;
  platformTitle: string;
  /** A roadmap item's status. */
  status: RoadmapStatus | null;
  /** A roadmap item's horizon. */
  horizon: RoadmapHorizon | null;
  /** The titles of the personas the platform serves, or that a roadmap item affects. */
  personas: string[];
  /** A platform's support channel, e.g. `#logging-help`. */
  support: string | null;
  /** An announcement's kind. */
  announcementKind: AnnouncementKind | null;
}

/**
 * A platform: its description, the personas it serves and its support channel.
 *
 * @public
 */
export interface PlatformSearchDocument
  extends PlatformProductSearchDocumentBase {
  documentKind: 'platform';
  status: null;
  horizon: null;
  announcementKind: null;
}

/**
 * One roadmap item of a platform: its problem and hypothesis, status and horizon.
 *
 * @public
 */
export interface RoadmapItemSearchDocument
  extends PlatformProductSearchDocumentBase {
  documentKind: 'roadmap-item';
  status: RoadmapStatus;
  horizon: RoadmapHorizon;
  support: null;
  announcementKind: null;
}

/**
 * An announcement of a platform, indexed while it is relevant.
 *
 * @public
 */
export interface AnnouncementSearchDocument
  extends PlatformProductSearchDocumentBase {
  documentKind: 'announcement';
  status: null;
  horizon: null;
  support: null;
  announcementKind: AnnouncementKind;
  /** Until when the announcement is relevant (ISO 8601); the next collation drops it after. */
  relevantUntil: string;
}

/**
 * A document of the Platform Product search index, told apart by `documentKind`.
 *
 * @public
 */
export type PlatformProductSearchDocument =
  | PlatformSearchDocument
  | RoadmapItemSearchDocument
  | AnnouncementSearchDocument;

/**
 * Whether a search result's document is a Platform Product document (by its fields, whatever
 * index it came from).
 *
 * @public
 */
export function isPlatformProductSearchDocument(
  document: unknown,
): document is PlatformProductSearchDocument {
  if (typeof document !== 'object' || document === null) return false;
  const { documentKind, platformRef } = document as Record<string, unknown>;
  return (
    typeof platformRef === 'string' &&
    (PLATFORM_PRODUCT_DOCUMENT_KINDS as readonly unknown[]).includes(
      documentKind,
    )
  );
}

/**
 * The path of a platform's Platform tab in the portal, or of one of its sections
 * (`?section=roadmap`), e.g. `/catalog/default/system/logging-platform/platform?section=roadmap`.
 *
 * @param platformRef - the platform's entity ref
 * @param section - the section's id, as in the tab's `?section=` links
 * @throws RangeError when `platformRef` is not a full entity ref
 * @public
 */
export function platformTabPath(platformRef: string, section?: string): string {
  let ref: CompoundEntityRef;
  try {
    ref = parseEntityRef(platformRef);
  } catch {
    throw new RangeError(
      `platformRef must be an entity ref such as system:default/logging-platform — got ${describeValue(
        platformRef,
      )}`,
    );
  }
  const { kind, namespace, name } = ref;
  const path = [namespace, kind.toLocaleLowerCase('en-US'), name]
    .map(encodeURIComponent)
    .join('/');
  return `/catalog/${path}/platform${
    section ? `?section=${encodeURIComponent(section)}` : ''
  }`;
}
