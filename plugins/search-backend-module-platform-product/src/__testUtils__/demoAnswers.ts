import type { FakeAnswer } from './fakeBackend';

const LOGGING = 'system:default/logging-platform';
const DEPLOY = 'system:default/deployment-platform';
const NOW = Date.parse('2026-12-02T12:00:00Z');
const DAY = 86_400_000;

/** The collation's clock in the tests. */
export const TEST_NOW = NOW;

const announcement = (
  id: string,
  title: string,
  relevant: boolean,
  relevantUntil: number,
) => ({
  id,
  platformRef: LOGGING,
  kind: 'planned-change',
  title,
  body: `${title}: what changes and when.`,
  timing: null,
  relevant,
  relevantUntil: new Date(relevantUntil).toISOString(),
  postedBy: 'user:default/sara-nilsson',
  postedAt: new Date(NOW - DAY).toISOString(),
  updatedAt: new Date(NOW - DAY).toISOString(),
  version: 1,
});

/** A small organisation as the Platform Product backend and the catalog answer it. */
export function demoAnswers(): Record<string, FakeAnswer> {
  return {
    'GET /api/platform-product/platforms': {
      body: {
        items: [
          {
            entityRef: LOGGING,
            title: 'Logging Platform',
            description:
              'Ship structured logs once and search them everywhere.',
            category: 'logging',
            ownerRefs: ['group:default/team-logging-platform'],
            personaRefs: [
              'persona:default/sre-oncall',
              'persona:default/unknown',
            ],
            adoption: { adopting: 3, audience: 10, ratio: 0.3, stage: null },
            sloHealth: 'breached',
          },
          {
            entityRef: DEPLOY,
            title: 'Deployment Platform',
            category: 'delivery',
            ownerRefs: [],
            personaRefs: [],
            adoption: { adopting: 0, audience: 0, ratio: null, stage: null },
            sloHealth: 'no-data',
          },
        ],
      },
    },
    'GET /api/platform-product/roadmap': {
      body: {
        items: [
          {
            id: 'cold-storage-tier',
            platformRef: LOGGING,
            horizon: 'later',
            title: 'Cheaper long retention',
            problem:
              'Audit requires a year of logs, and all of it sits in hot storage.',
            hypothesis:
              'We believe moving logs to object storage will cut storage cost.',
            status: 'exploring',
            personas: ['persona:default/sre-oncall'],
          },
          {
            id: 'orphan',
            platformRef: 'system:default/removed-platform',
            horizon: 'now',
            title: 'An item of a platform removed since',
            problem: 'p',
            hypothesis: 'h',
            status: 'committed',
            personas: [],
          },
        ],
        platformTitles: { [LOGGING]: 'Logging Platform' },
      },
    },
    'GET /api/platform-product/platforms/system/default/logging-platform/announcements':
      {
        body: {
          platformRef: LOGGING,
          items: [
            announcement('a1', 'Retention drops to 14 days', true, NOW + DAY),
            announcement('a2', 'Old maintenance', false, NOW - DAY),
            announcement('a3', 'Ended an hour ago', true, NOW - 3_600_000),
          ],
        },
      },
    'GET /api/platform-product/platforms/system/default/deployment-platform/announcements':
      { body: { platformRef: DEPLOY, items: [] } },
    'POST /api/catalog/entities/by-refs': {
      body: {
        items: [
          {
            metadata: { title: 'Logging Platform' },
            spec: { platform: { support: { channel: '#logging-help' } } },
          },
          { metadata: {} },
          { metadata: { title: 'SRE on call' } },
          null,
        ],
      },
    },
  };
}
