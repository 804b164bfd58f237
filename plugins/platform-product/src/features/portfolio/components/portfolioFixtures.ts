import type {
  Portfolio,
  PortfolioCellTeams,
  PortfolioHeatRow,
  PortfolioRow,
  PortfolioTrends,
} from '@platform-product/backstage-plugin-platform-product-common';

export const DEPLOY = 'system:default/deploy-platform';
export const LOGGING = 'system:default/logging-platform';
export const ENGINEERING = 'group:default/engineering';
export const COMMERCE = 'group:default/commerce';

/** The deploy platform with every figure, built from the snapshot of as-of itself. */
export const deployRow: PortfolioRow = {
  platformRef: DEPLOY,
  title: 'Deploy platform',
  category: 'deployment',
  ownerRefs: ['group:default/team-delivery'],
  snapshotDay: '2026-12-01',
  source: 'live',
  adoption: {
    adopting: 4,
    audience: 5,
    ratio: 0.8,
    stage: 'late-majority',
    change30: 0.05,
    change90: -0.1,
    sparkline: [
      { day: '2026-09-02', ratio: 0.7, source: 'imported' },
      { day: '2026-10-01', ratio: 0.75, source: 'live' },
      { day: '2026-12-01', ratio: 0.8, source: 'live' },
    ],
  },
  services: { adopting: 12, total: 20 },
  nps: {
    value: 32,
    responses: 40,
    marginOfError: 11.6,
    closedOn: '2026-11-15',
  },
  reliability: {
    health: 'at-risk',
    slos: 2,
    worst: {
      name: 'availability',
      displayName: 'Deploy API availability',
      target: 0.999,
      attainment: 0.9985,
      budgetRemaining: 0.25,
    },
    alertState: 'ticket',
  },
  supportTicketsPer100Users: 2.5,
  deprecationDebt: { deprecations: 1, consumers: 7, violations: 2 },
  objectives: {
    objectives: 2,
    keyResults: 4,
    measured: 3,
    meanProgress: 0.55,
    onTrack: 3,
  },
  capacityUnlockedHoursPerMonth: 120,
  costPerService: 42,
};

/** The logging platform: an imported figure of an earlier day, and nothing else known. */
export const loggingRow: PortfolioRow = {
  platformRef: LOGGING,
  title: 'Logging platform',
  category: 'observability',
  ownerRefs: ['group:default/team-observability'],
  snapshotDay: '2026-11-29',
  source: 'imported',
  adoption: {
    adopting: 0,
    audience: 0,
    ratio: null,
    stage: null,
    change30: null,
    change90: null,
    sparkline: [],
  },
  services: null,
  nps: null,
  reliability: null,
  supportTicketsPer100Users: null,
  deprecationDebt: null,
  objectives: null,
  capacityUnlockedHoursPerMonth: null,
  costPerService: null,
};

export function heatRow(
  groupRef: string,
  title: string,
  parentRef: string | null,
  children: number,
  deploy: [number, number] | null,
): PortfolioHeatRow {
  return {
    groupRef,
    title,
    type: parentRef ? 'department' : 'org',
    parentRef,
    children,
    cells: {
      [DEPLOY]: deploy && {
        adopting: deploy[0],
        audience: deploy[1],
        ratio: deploy[0] / deploy[1],
        stage: null,
        snapshotDay: '2026-12-01',
      },
      [LOGGING]: null,
    },
  };
}

export const portfolio: Portfolio = {
  asOf: '2026-12-01',
  earliestDay: '2026-06-01',
  query: {},
  rows: [deployRow, loggingRow],
  totals: {
    platforms: 2,
    teams: { adopting: 6, audience: 10, ratio: 0.6, stage: 'early-majority' },
    capacityUnlockedHoursPerMonth: 120,
    investmentMix: [
      { category: 'reliability', intended: 40, actual: 50, nowItems: 2 },
      {
        category: 'developer-experience',
        intended: 60,
        actual: 50,
        nowItems: 2,
      },
    ],
  },
  heatMap: {
    platforms: [DEPLOY, LOGGING],
    rows: [
      heatRow(ENGINEERING, 'Engineering', null, 2, [4, 5]),
      heatRow(COMMERCE, 'Commerce', ENGINEERING, 3, [3, 4]),
    ],
  },
  facets: {
    categories: ['deployment', 'observability'],
    owners: [
      { ref: 'group:default/team-delivery', title: 'Delivery' },
      { ref: 'group:default/team-observability', title: 'Observability' },
    ],
    orgs: [
      { ref: ENGINEERING, title: 'Engineering' },
      { ref: COMMERCE, title: 'Commerce' },
    ],
  },
  computedAt: '2026-12-01T10:00:00Z',
};

export const trends: PortfolioTrends = {
  from: '2026-09-02',
  to: '2026-12-01',
  adoption: [
    {
      platformRef: DEPLOY,
      title: 'Deploy platform',
      points: deployRow.adoption.sparkline,
    },
  ],
  nps: [
    {
      platformRef: DEPLOY,
      title: 'Deploy platform',
      rounds: [
        { day: '2026-08-15', value: 20 },
        { day: '2026-11-15', value: 32 },
      ],
    },
  ],
  movers: {
    rises: [
      {
        platformRef: DEPLOY,
        title: 'Deploy platform',
        from: 0.7,
        to: 0.8,
        change: 0.1,
      },
    ],
    falls: [],
  },
};

/** A page of the teams of a cell: `total` teams, those from `offset` on. */
export function cellPage(
  status: 'adopting' | 'non-adopting',
  offset: number,
  total: number,
): PortfolioCellTeams {
  const count = Math.max(0, Math.min(25, total - offset));
  return {
    platformRef: DEPLOY,
    groupRef: COMMERCE,
    asOf: '2026-12-01',
    snapshotDay: '2026-12-01',
    status,
    total,
    offset,
    limit: 25,
    items: Array.from({ length: count }, (_, index) => ({
      teamRef: `group:default/${status}-team-${offset + index + 1}`,
      title: `${status} team ${offset + index + 1}`,
      parentRef: COMMERCE,
      memberRefs: ['user:default/ada'],
      memberCount: 3,
    })),
  };
}
