import { addUtcDays } from '../core/utcDays';
import {
  portfolioRow,
  snapshotAdoption,
  sortPortfolioRows,
} from './portfolioRows';
import type { PortfolioRow, PortfolioSnapshot } from './types';

const snapshot = (
  over: Partial<PortfolioSnapshot> = {},
): PortfolioSnapshot => ({
  platformRef: 'system:default/p',
  day: '2026-11-30',
  source: 'live',
  adoption: { adopting: 6, audience: 10 },
  services: { adopting: 12, total: 40 },
  nps: null,
  reliability: null,
  supportTicketsPer100Users: null,
  costPerService: null,
  deprecationDebt: null,
  objectives: null,
  capacityUnlockedHoursPerMonth: null,
  investment: null,
  orgs: { 'group:default/org-a': [2, 4] },
  teams: null,
  ...over,
});

const platform = {
  platformRef: 'system:default/p',
  title: 'P',
  category: 'delivery',
  ownerRefs: ['group:default/team-p'],
};

describe('snapshotAdoption', () => {
  it('reads the whole audience, or one org, or says it has no figure for an org', () => {
    expect(snapshotAdoption(snapshot())).toMatchObject({
      ratio: 0.6,
      stage: 'late-majority',
    });
    expect(snapshotAdoption(snapshot(), 'group:default/org-a')).toMatchObject({
      adopting: 2,
      audience: 4,
      ratio: 0.5,
    });
    expect(snapshotAdoption(snapshot(), 'group:default/org-b')).toBeNull();
  });
});

describe('portfolioRow', () => {
  const asOf = '2026-12-01';
  const daysBefore = (days: number) => addUtcDays(asOf, -days);

  it('measures the change against the latest figure on or before 30 and 90 days back', () => {
    const row = portfolioRow({
      platform,
      snapshot: snapshot(),
      history: [
        { day: '2026-08-01', ratio: 0.1, source: 'imported' },
        { day: '2026-09-02', ratio: 0.2, source: 'imported' }, // 90 days back is 2026-09-02
        { day: '2026-10-30', ratio: 0.5, source: 'live' }, // 32 days back: the latest before 30
        { day: '2026-11-30', ratio: 0.6, source: 'live' },
      ],
      daysBefore,
    });
    expect(row.adoption.change30).toBeCloseTo(0.1);
    expect(row.adoption.change90).toBeCloseTo(0.4);
    expect(row.adoption.sparkline.map(p => p.day)).toEqual([
      '2026-09-02',
      '2026-10-30',
      '2026-11-30',
    ]);
    expect(row.snapshotDay).toBe('2026-11-30');
  });

  it('says "no data" (null) for every figure without a snapshot, and no change without history', () => {
    const row = portfolioRow({
      platform,
      snapshot: null,
      history: [],
      daysBefore,
    });
    expect(row).toMatchObject({
      snapshotDay: null,
      source: null,
      services: null,
      nps: null,
      costPerService: null,
      adoption: { ratio: null, change30: null, change90: null, sparkline: [] },
    });
  });

  it('reads an org filter from the org figures of the snapshot', () => {
    const row = portfolioRow({
      platform,
      snapshot: snapshot(),
      orgRef: 'group:default/org-a',
      history: [],
      daysBefore,
    });
    expect(row.adoption).toMatchObject({
      adopting: 2,
      audience: 4,
      ratio: 0.5,
    });
  });
});

describe('sortPortfolioRows', () => {
  const row = (
    title: string,
    ratio: number | null,
    nps?: number,
  ): PortfolioRow => ({
    ...portfolioRow({
      platform: { ...platform, title, platformRef: `system:default/${title}` },
      snapshot: null,
      history: [],
      daysBefore: d => `${d}`,
    }),
    adoption: {
      adopting: 0,
      audience: 0,
      ratio,
      stage: null,
      change30: null,
      change90: null,
      sparkline: [],
    },
    nps:
      nps === undefined
        ? null
        : {
            value: nps,
            responses: 10,
            marginOfError: 20,
            closedOn: '2026-11-01',
          },
  });
  const rows = [
    row('b', 0.5, 10),
    row('a', null, 40),
    row('c', 0.9),
    row('d', 0.5, -5),
  ];

  it('sorts numbers either way and keeps "no data" last in both', () => {
    expect(
      sortPortfolioRows(rows, 'adoption', 'asc').map(r => r.title),
    ).toEqual(['b', 'd', 'c', 'a']);
    expect(
      sortPortfolioRows(rows, 'adoption', 'desc').map(r => r.title),
    ).toEqual(['c', 'b', 'd', 'a']);
    expect(sortPortfolioRows(rows, 'nps', 'desc').map(r => r.title)).toEqual([
      'a',
      'b',
      'd',
      'c',
    ]);
  });

  it('sorts by title by default', () => {
    expect(sortPortfolioRows(rows).map(r => r.title)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });
});
