import type {
  AnnouncementKind,
  AnnouncementTiming,
} from '@platform-product/backstage-plugin-platform-product-common';

/** The label of each announcement kind. */
export const KIND_LABELS: Record<AnnouncementKind, string> = {
  'planned-change': 'Planned change',
  maintenance: 'Maintenance',
  incident: 'Incident',
  release: 'Release',
  'deprecation-notice': 'Deprecation notice',
};

/** The label of where an announcement stands relative to its window. */
export const TIMING_LABELS: Record<AnnouncementTiming, string> = {
  ahead: 'upcoming',
  during: 'in progress',
  after: 'ended',
};

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** An announcement's window in words, e.g. "1 Dec 2026, 09:00 UTC – 1 Dec 2026, 11:00 UTC". */
export function describeWindow(
  startsAt?: string,
  endsAt?: string,
): string | undefined {
  if (!startsAt) return undefined;
  const start = dateTimeFormat.format(new Date(startsAt));
  return endsAt
    ? `${start} – ${dateTimeFormat.format(new Date(endsAt))}`
    : `from ${start}`;
}
