import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import {
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import request from 'supertest';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  computeAdoption,
  getPlatformSpec,
} from '@platform-product/backstage-plugin-platform-product-common';
import { catalogModulePlatformProduct } from './module';

jest.setTimeout(120_000);

const examples = path.resolve(__dirname, '../../../examples');

/** How many entities the example organisation's files hold. */
const exampleEntityCount = (() => {
  const all = parse(fs.readFileSync(path.join(examples, 'all.yaml'), 'utf8'));
  return (all.spec.targets as string[]).reduce(
    (count, target) =>
      count +
      parseAllDocuments(fs.readFileSync(path.join(examples, target), 'utf8'))
        .length,
    1,
  );
})();

/**
 * Runs the real catalog backend with this module on each database engine, reading the example
 * organisation and the invalid fixtures from disk, as a portal would.
 */
describe('catalogModulePlatformProduct in a running catalog', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  const running: Array<{ stop(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map(backend => backend.stop()));
  });

  async function startCatalog(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModulePlatformProduct,
        mockServices.database.factory({ knex }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'API',
                    'Resource',
                    'Location',
                    'Group',
                    'User',
                    'Persona',
                  ],
                },
              ],
              locations: [
                { type: 'file', target: path.join(examples, 'all.yaml') },
                {
                  type: 'file',
                  target: path.join(examples, 'fixtures/invalid-entities.yaml'),
                },
              ],
            },
          },
        }),
      ],
    });

    running.push(backend);
    const { server } = backend;

    const getEntity = async (ref: string): Promise<AlphaEntity> => {
      const [kind, rest] = ref.split(':');
      const [namespace, name] = rest.split('/');
      let last: request.Response | undefined;
      for (let attempt = 0; attempt < 100; attempt++) {
        last = await request(server).get(
          `/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
        );
        if (last.status === 200 && last.body.relations?.length) {
          return last.body;
        }
        await new Promise(resolve => setTimeout(resolve, 500));
      }
      throw new Error(
        `${ref} never appeared in the catalog (last status ${last?.status})`,
      );
    };
    /** Every entity, once the catalog has processed all the example files (their relations too). */
    const getAllEntities = async (): Promise<Entity[]> => {
      let previous = -1;
      for (let attempt = 0; attempt < 120; attempt++) {
        const response = await request(server).get('/api/catalog/entities');
        const processed = (response.body as Entity[]).filter(
          entity => entity.relations?.length,
        );
        if (
          processed.length >= exampleEntityCount &&
          processed.length === previous
        ) {
          return response.body;
        }
        previous = processed.length;
        await new Promise(resolve => setTimeout(resolve, 500));
      }
      throw new Error('the catalog never finished processing the examples');
    };
    return { getEntity, getAllEntities };
  }

  const relationsOf = (entity: Entity, type: string) =>
    (entity.relations ?? [])
      .filter(relation => relation.type === type)
      .map(relation => relation.targetRef)
      .sort();

  it.each(databases.eachSupportedId())(
    'keeps valid and invalid entities in the catalog with their relations and errors, on %p',
    async databaseId => {
      const { getEntity } = await startCatalog(databaseId);

      // platform ↔ persona
      const deploy = await getEntity('system:default/deploy-platform');
      expect(relationsOf(deploy, 'servesPersona')).toEqual([
        'persona:default/feature-engineer',
        'persona:default/frontend-engineer',
        'persona:default/sre-oncall',
      ]);
      const featureEngineer = await getEntity(
        'persona:default/feature-engineer',
      );
      expect(relationsOf(featureEngineer, 'servedByPlatform')).toEqual(
        expect.arrayContaining(['system:default/deploy-platform']),
      );

      // persona ↔ group
      expect(relationsOf(featureEngineer, 'describesGroup')).toEqual(
        expect.arrayContaining(['group:default/team-checkout']),
      );
      const checkout = await getEntity('group:default/team-checkout');
      expect(relationsOf(checkout, 'describedByPersona')).toEqual(
        expect.arrayContaining(['persona:default/feature-engineer']),
      );

      // deprecated ↔ replacement
      const docker = await getEntity('resource:default/docker-runtime');
      expect(relationsOf(docker, 'replacedBy')).toEqual([
        'resource:default/containerd-runtime',
      ]);
      const containerd = await getEntity('resource:default/containerd-runtime');
      expect(relationsOf(containerd, 'replaces')).toEqual([
        'resource:default/docker-runtime',
      ]);

      // Valid entities carry no processing errors.
      expect(deploy.status?.items ?? []).toEqual([]);

      // An invalid entity is still in the catalog, with its ownership, and with the precise error.
      const invalid = await getEntity('system:default/percent-target-platform');
      expect(relationsOf(invalid, 'ownedBy')).toEqual([
        'group:default/team-fixtures',
      ]);
      expect(invalid.status?.items).toEqual([
        expect.objectContaining({
          type: 'backstage.io/catalog-processing',
          level: 'error',
          error: expect.objectContaining({
            message:
              'system:default/percent-target-platform: spec.platform.slos[1].objectives[0].target must be a number in [0, 1) — got 99.9; write 0.999',
          }),
        }),
      ]);
      // ... and its valid parts still produce relations.
      expect(relationsOf(invalid, 'servesPersona')).toEqual([
        'persona:default/feature-engineer',
      ]);

      // A Persona with a broken spec is accepted as a Persona and reports what is wrong.
      const vague = await getEntity('persona:default/vague-persona');
      expect(vague.status?.items?.map(item => item.error?.message)).toContain(
        'persona:default/vague-persona: spec.jobsToBeDone is required; it must be a list of jobs-to-be-done',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'gives the example platforms clearly different adoption from the catalog graph, on %p',
    async databaseId => {
      const { getAllEntities } = await startCatalog(databaseId);
      const entities = await getAllEntities();

      // Only the five example platforms carry a valid spec.platform; the fixtures' are all broken.
      const adoption = Object.fromEntries(
        entities.flatMap(platform => {
          const spec = getPlatformSpec(platform);
          if (!spec) {
            return [];
          }
          const { teams } = computeAdoption({ platform, spec, entities });
          return [
            [platform.metadata.name, `${teams.adopting}/${teams.audience}`],
          ];
        }),
      );
      // The numbers examples/README.md documents: one near 90 %, one near 40 %, one barely started.
      expect(adoption).toEqual({
        'deploy-platform': '19/21',
        'logging-platform': '15/21',
        'secrets-platform': '12/21',
        'observability-platform': '8/21',
        'data-pipeline-platform': '2/21',
      });
    },
  );
});
