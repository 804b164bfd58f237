import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import request from 'supertest';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { platformProductPlugin } from '../../plugin';

jest.setTimeout(60_000);

/**
 * The actions as an MCP client reaches them: a backend with this plugin and Backstage's MCP server
 * (`@backstage/plugin-mcp-actions-backend`), configured as docs/actions.md says, over the
 * Streamable HTTP transport at /api/mcp-actions/v1.
 */
describe('the actions over MCP', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Parameters<typeof request>[0];
    let stop: () => Promise<void>;

    beforeAll(async () => {
      const backend = await startTestBackend({
        features: [
          platformProductPlugin,
          mcpActionsPlugin,
          catalogServiceMock.factory({ entities: await loadExampleCatalog() }),
          mockServices.database.factory({
            knex: await databases.init(databaseId),
            migrations: { skip: false },
          }),
          mockServices.scheduler.mock().factory,
          mockServices.rootConfig.factory({
            data: {
              backend: { actions: { pluginSources: ['platform-product'] } },
            },
          }),
        ],
      });
      server = backend.server;
      stop = () => backend.stop();
    });
    afterAll(() => stop?.());

    /** One JSON-RPC call; the transport answers it as a server-sent event. */
    async function mcp(
      method: string,
      params: object,
      auth = mockCredentials.user.header('user:default/guest'),
    ) {
      const response = await request(server)
        .post('/api/mcp-actions/v1')
        .set('Authorization', auth)
        .set('Accept', 'application/json, text/event-stream')
        .send({ jsonrpc: '2.0', id: 1, method, params });
      expect(response.status).toBe(200);
      const data = response.text
        .split('\n')
        .find(line => line.startsWith('data: '));
      return JSON.parse(data!.slice('data: '.length)).result;
    }

    it('lists the actions as tools, with their input schemas and read-only hints', async () => {
      const { tools } = await mcp('tools/list', {});
      const ours = tools.filter((t: { name: string }) =>
        t.name.startsWith('platform-product.'),
      );
      expect(ours.map((t: { name: string }) => t.name).sort()).toEqual([
        'platform-product.answer-survey',
        'platform-product.get-entity-deprecations',
        'platform-product.get-entity-platforms',
        'platform-product.get-platform-roadmap',
        'platform-product.get-platform-scorecard',
        'platform-product.get-platform-slos',
        'platform-product.get-portfolio-summary',
        'platform-product.request-deprecation-exception',
      ]);
      const answer = ours.find(
        (t: { name: string }) => t.name === 'platform-product.answer-survey',
      );
      expect(answer.inputSchema).toMatchObject({
        type: 'object',
        required: ['platformRef', 'score'],
        properties: {
          score: { type: 'number', description: expect.any(String) },
        },
      });
      expect(answer.annotations).toMatchObject({
        readOnlyHint: false,
        destructiveHint: false,
      });
    });

    it("calls a tool with the user's credentials and answers its output", async () => {
      const result = await mcp('tools/call', {
        name: 'platform-product.get-entity-platforms',
        arguments: { entityRef: 'component:default/checkout-service' },
      });
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toMatchObject({
        entityRef: 'component:default/checkout-service',
        items: expect.arrayContaining([
          expect.objectContaining({
            platformRef: 'system:default/deploy-platform',
          }),
        ]),
      });
      expect(JSON.parse(result.content[0].text)).toEqual(
        result.structuredContent,
      );
    });

    it('answers a refusal as a tool error an agent can read', async () => {
      const unknown = await mcp('tools/call', {
        name: 'platform-product.get-entity-platforms',
        arguments: { entityRef: 'component:default/ghost' },
      });
      expect(unknown).toEqual({
        isError: true,
        content: [
          {
            type: 'text',
            text: 'NotFoundError: component:default/ghost was not found in the catalog; check the kind, namespace and name',
          },
        ],
      });
      const asService = await mcp(
        'tools/call',
        {
          name: 'platform-product.answer-survey',
          arguments: {
            platformRef: 'system:default/logging-platform',
            score: 9,
          },
        },
        mockCredentials.service.header(),
      );
      expect(asService.isError).toBe(true);
      expect(asService.content[0].text).toMatch(
        /^NotAllowedError: This action does not allow 'service' credentials/,
      );
    });
  });
});
