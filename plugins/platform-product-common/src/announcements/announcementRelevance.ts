import type { AnnouncementTiming } from './types';
import { DAY_MS } from '../core/utcDays';

/**
 * How long an announcement stays relevant after its window ended.
 *
 * @public
 */
export const ANNOUNCEMENT_RELEVANT_AFTER_END_DAYS = 7;

/**
 * How long an announcement without an end stays relevant: after posting (no window) or after its
 * window started (a start but no end), whichever is later.
 *
 * @public
 */
export const ANNOUNCEMENT_RELEVANT_WITHOUT_END_DAYS = 14;

/**
 * Where an announcement stands relative to its window at `now`: `ahead` before it starts, `during`
 * from its start until its end (or open-ended), `after` from its end; `null` without a window.
 *
 * @public
 */
export function announcementTiming(options: {
  startsAt?: number;
  endsAt?: number;
  now: number;
}): AnnouncementTiming | null {
  const { startsAt, endsAt, now } = options;
  if (startsAt === undefined) {
    return null;
  }
  if (now < startsAt) return 'ahead';
  if (endsAt === undefined || now < endsAt) return 'during';
  return 'after';
}

/**
 * Until when an announcement is relevant (shown on the platform's tab and on consumers' cards):
 *
 * - with an end: until {@link ANNOUNCEMENT_RELEVANT_AFTER_END_DAYS} days after the end;
 * - with a start but no end: until {@link ANNOUNCEMENT_RELEVANT_WITHOUT_END_DAYS} days after the
 *   later of the start and the posting;
 * - without a window: until {@link ANNOUNCEMENT_RELEVANT_WITHOUT_END_DAYS} days after posting.
 *
 * @returns milliseconds since the epoch; relevant while `now` is before it
 * @public
 */
export function announcementRelevantUntil(options: {
  postedAt: number;
  startsAt?: number;
  endsAt?: number;
}): number {
  const { postedAt, startsAt, endsAt } = options;
  if (endsAt !== undefined) {
    return endsAt + ANNOUNCEMENT_RELEVANT_AFTER_END_DAYS * DAY_MS;
  }
  return (
    Math.max(postedAt, startsAt ?? postedAt) +
    ANNOUNCEMENT_RELEVANT_WITHOUT_END_DAYS * DAY_MS
  );
}
