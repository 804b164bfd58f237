import type {
  AnnouncementInput,
  KeyResultInput,
  ObjectiveInput,
} from '@platform-product/backstage-plugin-platform-product-common';

/** An objective of the demo with its key results. */
export interface DemoObjective extends ObjectiveInput {
  id: string;
  keyResults: Array<KeyResultInput & { id: string }>;
}

/** What the demo publishes for one platform, as its owner. */
export interface DemoPlatformStrategy {
  platform: string;
  owner: string;
  objectives: DemoObjective[];
  announcements: Array<
    Omit<AnnouncementInput, 'startsAt' | 'endsAt'> & {
      /** The window, in days from the time the demo is loaded. */
      window?: { startsInDays: number; hours: number };
    }
  >;
}

const keyResult = (
  id: string,
  title: string,
  binding: KeyResultInput['binding'],
  baseline: number,
  target: number,
  direction: KeyResultInput['direction'],
) => ({ id, title, binding, baseline, target, direction });

/**
 * The DEMO objectives, key results and announcements of each example platform. Key results are
 * bound to the demo metrics (packages/demo-data/src/demoProfiles.ts: lead times and deployments of
 * consumers, SLIs, incidents, support tickets, cost), to adoption and to NPS, so their progress is
 * computed from data. The stable key result ids are what roadmap YAML files link to.
 */
export const DEMO_STRATEGIES: DemoPlatformStrategy[] = [
  {
    platform: 'deploy-platform',
    owner: 'noah-williams',
    objectives: [
      {
        id: 'deploy-faster-delivery',
        title: 'Product teams ship changes within a working day',
        description:
          'Cut the time from merge to production so that teams deploy small changes often.',
        category: 'engineering-velocity',
        period: '2026-Q4',
        keyResults: [
          keyResult(
            'deploy-kr-lead-time',
            'Median lead time from commit to production under 12 hours',
            {
              type: 'metric',
              metric: 'lead_time_hours',
              aggregation: 'p50',
              window: '28d',
            },
            24,
            12,
            'decrease',
          ),
          keyResult(
            'deploy-kr-deploy-frequency',
            'Consumer services deploy 300 times a day in total',
            {
              type: 'metric',
              metric: 'deployments',
              aggregation: 'rate',
              window: '28d',
            },
            150,
            300,
            'increase',
          ),
        ],
      },
      {
        id: 'deploy-safe-by-default',
        title: 'Deploying is safe by default',
        category: 'operational-health',
        period: '2026-Q4',
        keyResults: [
          keyResult(
            'deploy-kr-availability',
            'Deploy API availability at 99.95 % over 30 days',
            { type: 'slo-attainment', slo: 'deploy-api-availability' },
            0.995,
            0.9995,
            'increase',
          ),
          keyResult(
            'deploy-kr-adoption',
            'Every product team deploys through the platform',
            { type: 'adoption' },
            0.8,
            1,
            'increase',
          ),
        ],
      },
      {
        id: 'deploy-containerd-everywhere',
        title: 'Every service runs on containerd by 2027-03-31',
        description:
          'Shared with the orgs whose teams do the migrations: each key result is scoped to one of them and shows on its page.',
        category: 'platform-capability',
        period: '2027-Q1',
        keyResults: [
          {
            ...keyResult(
              'deploy-kr-commerce-containerd',
              'Commerce has no service left on the Docker runtime',
              {
                type: 'deprecation-consumers',
                deprecationRef: 'resource:default/docker-runtime',
              },
              3,
              0,
              'decrease',
            ),
            scope: { groupRef: 'group:default/org-commerce' },
          },
          {
            ...keyResult(
              'deploy-kr-commerce-adoption',
              'Every Commerce team deploys through the platform',
              { type: 'adoption' },
              0.5,
              1,
              'increase',
            ),
            scope: { groupRef: 'group:default/org-commerce' },
          },
        ],
      },
    ],
    announcements: [
      {
        kind: 'planned-change',
        title: 'New deployments default to containerd',
        body: [
          '## What changes',
          '',
          'From the start of the window, **new deployments run on containerd** instead of the Docker runtime. Running deployments are not restarted.',
          '',
          '## What you need to do',
          '',
          '- Nothing, if your service builds a standard OCI image.',
          '- If you mount the Docker socket, follow the [migration guide](https://docs.acme.example/platforms/deploy/migrate-to-containerd) before the window.',
          '',
          'Questions: #deploy-platform.',
        ].join('\n'),
        window: { startsInDays: 5, hours: 2 },
      },
    ],
  },
  {
    platform: 'logging-platform',
    owner: 'sara-nilsson',
    objectives: [
      {
        id: 'logging-trustworthy-ingestion',
        title: 'Logs arrive, every time',
        description:
          'After the ingestion outage, win back trust: no lost logs and fast recovery.',
        category: 'operational-health',
        period: '2026-Q4',
        keyResults: [
          keyResult(
            'logging-kr-availability',
            'Log ingest availability back to 99.5 %',
            { type: 'slo-attainment', slo: 'log-ingest-availability' },
            0.98,
            0.995,
            'increase',
          ),
          keyResult(
            'logging-kr-mttr',
            'Median time to recover under 30 minutes',
            {
              type: 'metric',
              metric: 'time_to_recover_minutes',
              aggregation: 'p50',
              window: '90d',
            },
            120,
            30,
            'decrease',
          ),
          keyResult(
            'logging-kr-adoption',
            '85 % of teams ship their logs through the platform',
            { type: 'adoption' },
            0.6,
            0.85,
            'increase',
          ),
        ],
      },
    ],
    announcements: [
      {
        kind: 'incident',
        title: 'Ingestion outage: what happened and what we changed',
        body: 'The 30-hour ingestion outage was caused by a full write-ahead log on two gateway nodes. We added disk alerts and a second spill path; the post-mortem is on the wiki.',
      },
    ],
  },
  {
    platform: 'secrets-platform',
    owner: 'leila-karimi',
    objectives: [
      {
        id: 'secrets-no-static-credentials',
        title: 'No service keeps static credentials',
        category: 'platform-capability',
        period: '2026-Q4',
        keyResults: [
          keyResult(
            'secrets-kr-adoption',
            '75 % of teams read secrets from the platform',
            { type: 'adoption' },
            0.5,
            0.75,
            'increase',
          ),
          keyResult(
            'secrets-kr-support-tickets',
            'Support tickets down to one a day',
            {
              type: 'metric',
              metric: 'support_tickets',
              aggregation: 'rate',
              window: '28d',
            },
            3,
            1,
            'decrease',
          ),
        ],
      },
    ],
    announcements: [],
  },
  {
    platform: 'observability-platform',
    owner: 'julia-kowalski',
    objectives: [
      {
        id: 'observability-every-service-observable',
        title: 'Every production service is observable',
        category: 'platform-capability',
        period: '2026-Q4',
        keyResults: [
          keyResult(
            'observability-kr-adoption',
            'Half of the teams send metrics and traces',
            { type: 'adoption' },
            0.3,
            0.5,
            'increase',
          ),
          keyResult(
            'observability-kr-availability',
            'Metrics API availability at 99.9 %',
            { type: 'slo-attainment', slo: 'metrics-api-availability' },
            0.995,
            0.999,
            'increase',
          ),
        ],
      },
    ],
    announcements: [],
  },
  {
    platform: 'data-pipeline-platform',
    owner: 'minjun-park',
    objectives: [
      {
        id: 'data-pipelines-people-like',
        title: 'Data teams choose the platform over their own schedulers',
        category: 'developer-satisfaction',
        period: '2026-Q4',
        keyResults: [
          keyResult(
            'data-kr-adoption',
            'A quarter of the teams run pipelines on the platform',
            { type: 'adoption' },
            0.05,
            0.25,
            'increase',
          ),
          keyResult(
            'data-kr-nps',
            'NPS of +30 from the next survey round',
            { type: 'nps' },
            0,
            30,
            'increase',
          ),
          keyResult(
            'data-kr-cost',
            'Running cost under 200 a day',
            {
              type: 'metric',
              metric: 'cost',
              aggregation: 'rate',
              window: '28d',
            },
            300,
            200,
            'decrease',
          ),
        ],
      },
    ],
    announcements: [],
  },
];
