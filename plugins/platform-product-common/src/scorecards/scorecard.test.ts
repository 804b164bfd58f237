import fc from 'fast-check';
import {
  DEFAULT_SCORECARD_TARGETS,
  SCORECARD_KPIS,
  ScorecardKpiId,
  gradeKpi,
  gradeScorecard,
  resolveScorecardTargets,
} from './scorecard';

describe('DEFAULT_SCORECARD_TARGETS', () => {
  it('holds the product defaults', () => {
    expect(DEFAULT_SCORECARD_TARGETS).toEqual({
      adoption: 0.7,
      nps: 30,
      availability: 0.995,
      timeToFirstDeployment: 24,
      deploymentFrequency: 5,
      changeFailureRate: 0.02,
      mttr: 30,
      supportTickets: 10,
      cost: 500,
    });
  });

  it('has a target for every KPI of the table', () => {
    expect(Object.keys(DEFAULT_SCORECARD_TARGETS).sort()).toEqual(
      SCORECARD_KPIS.map(k => k.id).sort(),
    );
  });
});

describe('resolveScorecardTargets', () => {
  it('returns the defaults when the platform declares nothing', () => {
    expect(resolveScorecardTargets()).toEqual(DEFAULT_SCORECARD_TARGETS);
    expect(resolveScorecardTargets({})).toEqual(DEFAULT_SCORECARD_TARGETS);
  });

  it('maps every declared field over the defaults', () => {
    expect(
      resolveScorecardTargets({
        adoption: 0.8,
        nps: 40,
        availability: 0.999,
        timeToFirstDeploymentHours: 8,
        deploymentsPerDay: 10,
        changeFailureRate: 0.05,
        mttrMinutes: 60,
        ticketsPer100UsersPerMonth: 5,
        costPerServicePerMonth: 250,
      }),
    ).toEqual({
      adoption: 0.8,
      nps: 40,
      availability: 0.999,
      timeToFirstDeployment: 8,
      deploymentFrequency: 10,
      changeFailureRate: 0.05,
      mttr: 60,
      supportTickets: 5,
      cost: 250,
    });
  });

  it('keeps a declared zero', () => {
    expect(
      resolveScorecardTargets({ changeFailureRate: 0 }).changeFailureRate,
    ).toBe(0);
  });
});

describe('gradeKpi', () => {
  it.each<[ScorecardKpiId, number, number, string]>([
    ['adoption', 0.7, 0.7, 'met'],
    ['adoption', 0.65, 0.7, 'at-risk'],
    ['adoption', 0.63, 0.7, 'at-risk'],
    ['adoption', 0.62, 0.7, 'missed'],
    ['deploymentFrequency', 4.5, 5, 'at-risk'],
    ['deploymentFrequency', 4.4, 5, 'missed'],
    ['changeFailureRate', 0.02, 0.02, 'met'],
    ['changeFailureRate', 0.022, 0.02, 'at-risk'],
    ['changeFailureRate', 0.023, 0.02, 'missed'],
    ['mttr', 33, 30, 'at-risk'],
    ['mttr', 34, 30, 'missed'],
    ['timeToFirstDeployment', 2, 24, 'met'],
    ['supportTickets', 11, 10, 'at-risk'],
    ['cost', 560, 500, 'missed'],
    ['availability', 0.996, 0.995, 'met'],
    ['availability', 0.9945, 0.995, 'at-risk'],
    ['availability', 0.994, 0.995, 'missed'],
    ['nps', 30, 30, 'met'],
    ['nps', 20, 30, 'at-risk'],
    ['nps', 19, 30, 'missed'],
    ['nps', -5, 0, 'at-risk'],
    ['nps', -15, 0, 'missed'],
  ])('grades %s %s against %s as %s', (kpi, value, target, status) => {
    expect(gradeKpi({ kpi, value, target })).toBe(status);
  });

  it.each([null, undefined, NaN, Infinity, -Infinity])(
    'never grades a KPI without data (%s), not even as missed',
    value => {
      expect(gradeKpi({ kpi: 'mttr', value, target: 30 })).toBe('no-data');
      expect(gradeKpi({ kpi: 'cost', value, target: 500 })).toBe('no-data');
      expect(gradeKpi({ kpi: 'deploymentFrequency', value, target: 5 })).toBe(
        'no-data',
      );
    },
  );

  it('refuses values and targets the KPI cannot take', () => {
    expect(() =>
      gradeKpi({ kpi: 'availability', value: 0.99, target: 99.5 }),
    ).toThrow(
      new RangeError(
        'availability target must be a fraction in [0, 1] — got 99.5; write 99.5 % as 0.995',
      ),
    );
    expect(() => gradeKpi({ kpi: 'nps', value: 130, target: 30 })).toThrow(
      /nps value must be an NPS from -100 to 100 — got 130/,
    );
    expect(() => gradeKpi({ kpi: 'mttr', value: -1, target: 30 })).toThrow(
      /mttr value must be zero or more \(minutes\) — got -1/,
    );
    expect(() => gradeKpi({ kpi: 'mttr', value: 1, target: NaN })).toThrow(
      /mttr target must be zero or more/,
    );
    expect(() =>
      gradeKpi({ kpi: 'speed' as never, value: 1, target: 1 }),
    ).toThrow(/unknown KPI "speed"; use one of adoption, nps/);
  });
});

describe('gradeScorecard', () => {
  it('grades every KPI in table order, with missing values as no data', () => {
    const grades = gradeScorecard({
      values: { adoption: 0.75, nps: 22, availability: null, mttr: 45 },
      targets: DEFAULT_SCORECARD_TARGETS,
    });
    expect(grades.map(g => g.kpi)).toEqual(SCORECARD_KPIS.map(k => k.id));
    expect(grades.slice(0, 3)).toEqual([
      { kpi: 'adoption', value: 0.75, target: 0.7, status: 'met' },
      { kpi: 'nps', value: 22, target: 30, status: 'at-risk' },
      { kpi: 'availability', value: null, target: 0.995, status: 'no-data' },
    ]);
    expect(grades.find(g => g.kpi === 'mttr')!.status).toBe('missed');
    expect(grades.find(g => g.kpi === 'cost')).toEqual({
      kpi: 'cost',
      value: null,
      target: 500,
      status: 'no-data',
    });
  });

  it('shows a value that is not a finite number (a sum that overflowed) as no data', () => {
    const grades = gradeScorecard({
      values: { cost: Infinity, supportTickets: NaN },
      targets: DEFAULT_SCORECARD_TARGETS,
    });
    expect(grades.find(g => g.kpi === 'cost')).toEqual({
      kpi: 'cost',
      value: null,
      target: 500,
      status: 'no-data',
    });
    expect(grades.find(g => g.kpi === 'supportTickets')).toMatchObject({
      value: null,
      status: 'no-data',
    });
  });

  it('grades a better value no worse, for every KPI', () => {
    const rank = { missed: 0, 'at-risk': 1, met: 2, 'no-data': -1 };
    fc.assert(
      fc.property(
        fc.constantFrom(...SCORECARD_KPIS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (kpi, a, b) => {
          const scale = (x: number) => {
            if (kpi.unit === 'fraction') return x;
            if (kpi.unit === 'score') return x * 200 - 100;
            return x * 1000;
          };
          const [worse, better] =
            kpi.direction === 'at-least'
              ? [Math.min(a, b), Math.max(a, b)].map(scale)
              : [Math.max(a, b), Math.min(a, b)].map(scale);
          const target = DEFAULT_SCORECARD_TARGETS[kpi.id];
          expect(
            rank[gradeKpi({ kpi: kpi.id, value: better, target })],
          ).toBeGreaterThanOrEqual(
            rank[gradeKpi({ kpi: kpi.id, value: worse, target })],
          );
        },
      ),
    );
  });
});
