import { demoAdoptionHistory } from './adoptionHistoryDemo';

describe('demoAdoptionHistory', () => {
  const current = {
    teams: {
      adopting: 18,
      audience: 20,
      ratio: 0.9,
      stage: 'laggards' as const,
      adoptingRefs: [],
      nonAdoptingRefs: [],
    },
    byOrg: [
      {
        orgRef: 'group:default/org-commerce',
        teams: {
          adopting: 6,
          audience: 6,
          ratio: 1,
          stage: null,
          adoptingRefs: [],
          nonAdoptingRefs: [],
        },
      },
      {
        orgRef: 'group:default/empty',
        teams: {
          adopting: 0,
          audience: 0,
          ratio: null,
          stage: null,
          adoptingRefs: [],
          nonAdoptingRefs: [],
        },
      },
    ],
  };
  const points = demoAdoptionHistory({
    now: new Date('2026-12-01T10:00:00Z'),
    current,
    startShare: 0.25,
  });
  const whole = points.filter(p => p.orgRef === undefined);

  it('gives a figure a week for a year, the last one yesterday, all before today', () => {
    expect(whole).toHaveLength(53);
    expect(whole.at(-1)!.day).toBe('2026-11-30');
    expect(whole[0].day).toBe('2025-12-01');
    expect(points.every(p => p.day < '2026-12-01')).toBe(true);
  });

  it('climbs from the start share to just short of today, never above the audience', () => {
    const ratios = whole.map(p => p.adoptingTeams / p.audienceTeams);
    expect(ratios[0]).toBeCloseTo(0.9 * 0.97 * 0.25, 1);
    expect(ratios.at(-1)!).toBeLessThanOrEqual(0.9);
    expect(ratios.at(-1)!).toBeGreaterThan(0.8);
    for (let i = 1; i < ratios.length; i++) {
      expect(whole[i].adoptingTeams).toBeGreaterThanOrEqual(
        whole[i - 1].adoptingTeams,
      );
    }
    expect(points.every(p => p.adoptingTeams <= p.audienceTeams)).toBe(true);
  });

  it('scales each org the same way and leaves out orgs without an audience', () => {
    const orgs = new Set(points.flatMap(p => (p.orgRef ? [p.orgRef] : [])));
    expect([...orgs]).toEqual(['group:default/org-commerce']);
  });
});
