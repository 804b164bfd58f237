import {
  PLATFORM_PRODUCT_DOCUMENT_KIND_LABELS,
  PlatformProductSearchDocument,
} from '@platform-product/backstage-plugin-platform-product-common';
import { KIND_LABELS } from '../../../announcements/components/PlatformAnnouncementsPanel/announcementLabels';
import { HORIZON_LABELS } from '../../../roadmap/components/RoadmapBoard/roadmapLabels';

/**
 * The chips of a Platform Product search result, in the catalog's `Field: value` style: what it
 * is (Platform, Roadmap item, Announcement), the platform it belongs to, then a roadmap item's
 * status and horizon, an announcement's kind, or a platform's support channel and the personas it
 * serves.
 */
export function resultChips(document: PlatformProductSearchDocument): string[] {
  const chips = [
    `Type: ${PLATFORM_PRODUCT_DOCUMENT_KIND_LABELS[document.documentKind]}`,
  ];
  switch (document.documentKind) {
    case 'platform':
      if (document.support) {
        chips.push(`Support: ${document.support}`);
      }
      chips.push(...document.personas.map(persona => `Persona: ${persona}`));
      break;
    case 'roadmap-item':
      chips.push(
        `Platform: ${document.platformTitle}`,
        `Status: ${document.status}`,
        `Horizon: ${HORIZON_LABELS[document.horizon]}`,
      );
      break;
    case 'announcement':
      chips.push(
        `Platform: ${document.platformTitle}`,
        `Kind: ${KIND_LABELS[document.announcementKind]}`,
      );
      break;
    default:
  }
  return chips;
}
