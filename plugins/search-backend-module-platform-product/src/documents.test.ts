import { collateDocuments, isSearchableAnnouncement } from './documents';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const LOGGING = 'system:default/logging-platform';

describe('isSearchableAnnouncement', () => {
  it('indexes an announcement while it is relevant, and not after', () => {
    const until = (ms: number) => new Date(NOW + ms).toISOString();

    expect(
      isSearchableAnnouncement(
        { relevant: true, relevantUntil: until(1) },
        NOW,
      ),
    ).toBe(true);
    expect(
      isSearchableAnnouncement(
        { relevant: true, relevantUntil: until(0) },
        NOW,
      ),
    ).toBe(false);
    expect(
      isSearchableAnnouncement(
        { relevant: false, relevantUntil: until(60_000) },
        NOW,
      ),
    ).toBe(false);
    expect(
      isSearchableAnnouncement({ relevant: true, relevantUntil: 'soon' }, NOW),
    ).toBe(false);
  });
});

describe('collateDocuments', () => {
  it('leaves out the items of a platform it did not list, and names personas it cannot find by ref', () => {
    const documents = collateDocuments({
      platforms: [
        { entityRef: LOGGING, title: 'Logging Platform', personaRefs: [] },
      ],
      roadmapItems: [
        {
          id: 'a',
          platformRef: LOGGING,
          title: 'Alert on a log pattern',
          problem: 'Teams copy logs into the metrics pipeline.',
          hypothesis:
            'We believe log-pattern alerts will remove those copy jobs.',
          status: 'exploring',
          horizon: 'next',
          personas: [
            'persona:default/feature-engineer',
            'persona:acme/analyst',
          ],
        },
        {
          id: 'b',
          platformRef: 'system:default/gone',
          title: 'Gone',
          problem: '',
          hypothesis: '',
          status: 'committed',
          horizon: 'now',
          personas: [],
        },
      ],
      announcements: [],
      entities: new Map(),
      now: NOW,
    });

    expect(documents.map(d => d.title)).toEqual([
      'Logging Platform',
      'Alert on a log pattern',
    ]);
    expect(documents[1].personas).toEqual(['feature-engineer', 'acme/analyst']);
  });
});
