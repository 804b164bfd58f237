import type {
  AdoptionReport,
  Scorecard,
  SloReport,
} from '@platform-product/backstage-plugin-platform-product-common';

/** A KPI's daily history from its values, one day each from 2025-03-01. */
const history = (values: Array<number | null>) =>
  values.map((value, index) => ({
    day: `2025-03-0${index + 1}`,
    value,
    status: value === null ? ('no-data' as const) : ('met' as const),
  }));

/** Returned out of the product's order, as a backend is free to. */
export const scorecard: Scorecard = {
  entityRef: 'system:default/deploy-platform',
  from: '2025-03-01',
  to: '2025-03-03',
  kpis: [
    {
      kpi: 'mttr',
      title: 'Mean time to restore',
      unit: 'minutes',
      direction: 'at-most',
      value: 42,
      target: 30,
      status: 'missed',
      history: history([25, 35, 42]),
    },
    {
      kpi: 'adoption',
      title: 'Adoption',
      unit: 'fraction',
      direction: 'at-least',
      value: 0.35,
      target: 0.7,
      status: 'at-risk',
      history: history([0.3, 0.32, 0.35]),
    },
    {
      kpi: 'nps',
      title: 'Net promoter score',
      unit: 'score',
      direction: 'at-least',
      value: null,
      target: 30,
      status: 'no-data',
      history: history([null, null, null]),
    },
    {
      kpi: 'availability',
      title: 'Availability',
      unit: 'fraction',
      direction: 'at-least',
      value: 0.9991,
      target: 0.995,
      status: 'met',
      history: history([0.999, null, 0.9991]),
    },
  ],
  capacityUnlockedHoursPerMonth: 42,
  computedAt: '2025-03-03T06:00:00.000Z',
};

export const sloReport: SloReport = {
  entityRef: 'system:default/deploy-platform',
  health: 'at-risk',
  items: [
    {
      name: 'deploy-api-availability',
      displayName: 'Deploy API availability',
      description: 'Deploy requests that succeed',
      target: 0.999,
      window: {
        duration: '30d',
        isRolling: true,
        from: '2025-02-01T00:00:00.000Z',
        to: '2025-03-03T00:00:00.000Z',
      },
      budgetingMethod: 'Occurrences',
      attainment: 0.9991,
      budget: { allowedBad: 1000, bad: 880, consumed: 0.88, remaining: 0.12 },
      health: 'at-risk',
      alertState: 'page',
      burnRates: [
        {
          severity: 'page',
          longWindow: '1h',
          shortWindow: '5m',
          threshold: 14.4,
          budgetSpent: 0.02,
          longBurnRate: 15.2,
          shortBurnRate: 16,
          firing: true,
        },
        {
          severity: 'ticket',
          longWindow: '3d',
          shortWindow: '6h',
          threshold: 1,
          budgetSpent: 0.1,
          longBurnRate: null,
          shortBurnRate: 0.4,
          firing: false,
        },
      ],
      allowance: { badEventsRemaining: 120, downtimeRemainingMs: 311_040 },
      lastPointAt: '2025-03-03T05:55:00.000Z',
    },
  ],
};

const teams = (
  adopting: number,
  audience: number,
  ratio: number | null,
  stage: AdoptionReport['teams']['stage'],
) => ({
  adopting,
  audience,
  ratio,
  stage,
  adoptingRefs: [],
  nonAdoptingRefs: [],
});

export const adoptionReport: AdoptionReport = {
  entityRef: 'system:default/deploy-platform',
  teams: {
    adopting: 7,
    audience: 20,
    ratio: 0.35,
    stage: 'early-majority',
    adoptingRefs: ['group:default/team-payments', 'group:default/team-search'],
    nonAdoptingRefs: ['group:default/team-data'],
  },
  services: { adopting: 12, total: 40, ratio: 0.3 },
  byPersona: [
    {
      personaRef: 'persona:default/feature-engineer',
      title: 'Feature engineer',
      found: true,
      teams: teams(6, 12, 0.5, 'late-majority'),
    },
    {
      personaRef: 'persona:default/data-scientist',
      found: false,
      teams: teams(0, 0, null, null),
    },
  ],
  byOrg: [
    {
      orgRef: 'group:default/engineering',
      title: 'Engineering',
      teams: teams(7, 18, 0.3889, 'early-majority'),
    },
  ],
  trend: [
    {
      day: '2025-03-01',
      adoptingTeams: 5,
      audienceTeams: 20,
      ratio: 0.25,
      adoptingServices: 9,
      totalServices: 40,
      source: 'live',
    },
    {
      day: '2025-03-02',
      adoptingTeams: 7,
      audienceTeams: 20,
      ratio: 0.35,
      adoptingServices: 12,
      totalServices: 40,
      source: 'live',
    },
  ],
  capacityUnlockedHoursPerMonth: 42,
  computedAt: '2025-03-03T06:00:00.000Z',
};
