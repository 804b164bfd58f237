import { Entity } from '@backstage/catalog-model';
import { buildCatalog } from './buildCatalog';

/**
 * The ref of the platform of {@link buildPlatformCatalog}.
 *
 * @public
 */
export const BUILD_PLATFORM = 'system:default/build-platform';

/**
 * A small organisation with one platform, the Build Platform, with an availability SLO on
 * `builds_ok` / `builds_total`. Three teams own one consumer Component each (`a`, `b`, `c`); an API
 * (`d-api`) consumes it too; a fourth team (`team-idle`) uses nothing; `team-build` owns the
 * platform. The Persona `builder` describes `team-a` and `team-idle`.
 *
 * @public
 */
export function buildPlatformCatalog(): Entity[] {
  return buildCatalog(
    {
      [BUILD_PLATFORM]: {
        title: 'Build Platform',
        spec: {
          owner: 'group:default/team-build',
          platform: {
            category: 'ci',
            personas: ['builder'],
            slos: [
              {
                name: 'builds-ok',
                indicator: {
                  ratioMetric: {
                    good: { metric: 'builds_ok' },
                    total: { metric: 'builds_total' },
                  },
                },
                timeWindow: [{ duration: '30d', isRolling: true }],
                budgetingMethod: 'Occurrences',
                objectives: [{ target: 0.99 }],
              },
            ],
            targets: { adoption: 0.5 },
            hoursSavedPerTeamPerMonth: 10,
          },
        },
      },
      'api:default/build-api': {},
      'component:default/a': {},
      'component:default/b': {},
      'component:default/c': {},
      'api:default/d-api': {},
      'group:default/team-a': { spec: { type: 'team' } },
      'group:default/team-b': { spec: { type: 'team' } },
      'group:default/team-c': { spec: { type: 'team' } },
      'group:default/team-idle': { spec: { type: 'team' } },
      'group:default/team-build': { spec: { type: 'team' } },
      'persona:default/builder': {
        title: 'Builder',
        spec: { groups: ['team-a', 'team-idle'] },
      },
    },
    [
      ['api:default/build-api', 'partOf', BUILD_PLATFORM],
      ['api:default/build-api', 'ownedBy', 'group:default/team-build'],
      [BUILD_PLATFORM, 'ownedBy', 'group:default/team-build'],
      ['component:default/a', 'consumesApi', 'api:default/build-api'],
      ['component:default/b', 'dependsOn', 'api:default/build-api'],
      ['component:default/c', 'dependsOn', BUILD_PLATFORM],
      ['api:default/d-api', 'dependsOn', 'api:default/build-api'],
      ['component:default/a', 'ownedBy', 'group:default/team-a'],
      ['component:default/b', 'ownedBy', 'group:default/team-b'],
      ['component:default/c', 'ownedBy', 'group:default/team-c'],
      ['api:default/d-api', 'ownedBy', 'group:default/team-c'],
    ],
  );
}
