import {
  announcementRelevantUntil,
  announcementTiming,
} from './announcementRelevance';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('announcementTiming', () => {
  it('is ahead before the window, during it, after it', () => {
    expect(
      announcementTiming({
        startsAt: NOW + DAY,
        endsAt: NOW + 2 * DAY,
        now: NOW,
      }),
    ).toBe('ahead');
    expect(
      announcementTiming({ startsAt: NOW - DAY, endsAt: NOW + DAY, now: NOW }),
    ).toBe('during');
    expect(
      announcementTiming({
        startsAt: NOW - 2 * DAY,
        endsAt: NOW - DAY,
        now: NOW,
      }),
    ).toBe('after');
    expect(
      announcementTiming({ startsAt: NOW - 2 * DAY, endsAt: NOW, now: NOW }),
    ).toBe('after');
  });

  it('is during an open-ended window once started, and null without a window', () => {
    expect(announcementTiming({ startsAt: NOW - DAY, now: NOW })).toBe(
      'during',
    );
    expect(announcementTiming({ now: NOW })).toBeNull();
  });
});

describe('announcementRelevantUntil', () => {
  it('keeps an ended window relevant for 7 days after its end', () => {
    expect(
      announcementRelevantUntil({
        postedAt: NOW - 30 * DAY,
        startsAt: NOW - 10 * DAY,
        endsAt: NOW - 6 * DAY,
      }),
    ).toBe(NOW + DAY);
  });

  it('keeps an announcement without a window relevant for 14 days after posting', () => {
    expect(announcementRelevantUntil({ postedAt: NOW })).toBe(NOW + 14 * DAY);
  });

  it('keeps an open-ended window relevant for 14 days after the later of start and posting', () => {
    expect(
      announcementRelevantUntil({ postedAt: NOW, startsAt: NOW + 3 * DAY }),
    ).toBe(NOW + 17 * DAY);
    expect(
      announcementRelevantUntil({ postedAt: NOW, startsAt: NOW - 3 * DAY }),
    ).toBe(NOW + 14 * DAY);
  });
});
