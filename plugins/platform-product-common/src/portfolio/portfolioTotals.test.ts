import { adoptionMovers, portfolioTotals } from './portfolioTotals';
import type { PortfolioRow, PortfolioSnapshot } from './types';

const snap = (
  teams: { adopting: string[]; nonAdopting: string[] } | null,
  investment: PortfolioSnapshot['investment'],
) => ({ teams, investment } as PortfolioSnapshot);
const row = (capacity: number | null) =>
  ({ capacityUnlockedHoursPerMonth: capacity } as PortfolioRow);

describe('portfolioTotals', () => {
  it('counts each team once across platforms, within the org filter when given', () => {
    const snapshots = [
      snap({ adopting: ['t1', 't2'], nonAdopting: ['t3'] }, null),
      snap({ adopting: ['t2', 't3'], nonAdopting: ['t1', 't4'] }, null),
      snap(null, null),
    ];
    const totals = portfolioTotals({
      rows: [row(10), row(null), row(5)],
      snapshots,
    });
    expect(totals.teams).toMatchObject({
      adopting: 3,
      audience: 4,
      ratio: 0.75,
    });
    expect(totals.capacityUnlockedHoursPerMonth).toBe(15);
    expect(
      portfolioTotals({ rows: [], snapshots, teamScope: new Set(['t1', 't4']) })
        .teams,
    ).toMatchObject({ adopting: 1, audience: 2 });
  });

  it('has no capacity when no platform declares a saving', () => {
    expect(
      portfolioTotals({ rows: [row(null)], snapshots: [] })
        .capacityUnlockedHoursPerMonth,
    ).toBeNull();
  });

  it('sums Now items by category against the mean of the declared mixes', () => {
    const totals = portfolioTotals({
      rows: [],
      snapshots: [
        snap(null, {
          nowItems: { reliability: 3, cost: 1 },
          intended: { reliability: 60, cost: 40 },
        }),
        snap(null, {
          nowItems: { reliability: 1, 'new-capability': 3 },
          intended: { reliability: 20, 'new-capability': 80 },
        }),
        snap(null, { nowItems: {}, intended: null }),
      ],
    });
    expect(totals.investmentMix).toEqual([
      { category: 'new-capability', intended: 40, actual: 38, nowItems: 3 },
      { category: 'reliability', intended: 40, actual: 50, nowItems: 4 },
      { category: 'cost', intended: 20, actual: 13, nowItems: 1 },
    ]);
  });
});

describe('adoptionMovers', () => {
  it('ranks the biggest rises and falls between the first and last figure, ignoring short series', () => {
    const series = [
      {
        platformRef: 'a',
        title: 'A',
        points: [
          { ratio: 0.1, source: 'live' as const },
          { ratio: 0.5, source: 'live' as const },
        ],
      },
      {
        platformRef: 'b',
        title: 'B',
        points: [
          { ratio: 0.8, source: 'imported' as const },
          { ratio: null, source: 'live' as const },
          { ratio: 0.6, source: 'live' as const },
        ],
      },
      {
        platformRef: 'c',
        title: 'C',
        points: [{ ratio: 0.3, source: 'live' as const }],
      },
      {
        platformRef: 'd',
        title: 'D',
        points: [
          { ratio: 0.2, source: 'live' as const },
          { ratio: 0.3, source: 'live' as const },
        ],
      },
    ];
    const { rises, falls } = adoptionMovers(series, 1);
    expect(rises.map(m => [m.platformRef, m.change])).toEqual([['a', 0.4]]);
    expect(falls).toHaveLength(1);
    expect(falls[0].platformRef).toBe('b');
    expect(falls[0].change).toBeCloseTo(-0.2);
  });
});
