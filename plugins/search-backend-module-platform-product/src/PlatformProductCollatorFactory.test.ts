import { mockServices } from '@backstage/backend-test-utils';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import type { PlatformProductSearchDocument } from '@platform-product/backstage-plugin-platform-product-common';
import { FakeBackend } from './__testUtils__/fakeBackend';
import { demoAnswers, TEST_NOW } from './__testUtils__/demoAnswers';
import { PlatformProductCollatorFactory } from './PlatformProductCollatorFactory';

describe('PlatformProductCollatorFactory', () => {
  let backend: FakeBackend;
  let logger: ReturnType<typeof mockServices.logger.mock>;

  beforeEach(async () => {
    backend = await FakeBackend.start(demoAnswers());
    logger = mockServices.logger.mock();
  });
  afterEach(() => backend.stop());

  const factory = () =>
    new PlatformProductCollatorFactory({
      auth: mockServices.auth({ pluginId: 'search' }),
      discovery: mockServices.discovery.mock({
        getBaseUrl: backend.getBaseUrl,
      }),
      logger,
      now: () => TEST_NOW,
    });

  /** Reads the collator's stream the way the search backend's indexer does. */
  async function collated(): Promise<PlatformProductSearchDocument[]> {
    const documents: PlatformProductSearchDocument[] = [];
    for await (const document of await factory().getCollator()) {
      documents.push(document);
    }
    return documents;
  }

  it('is the platform-product index, visible where the catalog shows the platform', () => {
    expect(factory().type).toBe('platform-product');
    expect(factory().visibilityPermission).toBe(catalogEntityReadPermission);
  });

  it('indexes each platform, its roadmap items and its relevant announcements', async () => {
    const documents = await collated();

    expect(documents.map(d => [d.documentKind, d.title])).toEqual([
      ['platform', 'Logging Platform'],
      ['platform', 'Deployment Platform'],
      ['roadmap-item', 'Cheaper long retention'],
      ['announcement', 'Retention drops to 14 days'],
    ]);
    expect(documents[0]).toEqual({
      title: 'Logging Platform',
      text: 'Ship structured logs once and search them everywhere.\n\nServes SRE on call, unknown.\n\nSupport: #logging-help',
      location: '/catalog/default/system/logging-platform/platform',
      authorization: { resourceRef: 'system:default/logging-platform' },
      documentKind: 'platform',
      platformRef: 'system:default/logging-platform',
      platformTitle: 'Logging Platform',
      status: null,
      horizon: null,
      personas: ['SRE on call', 'unknown'],
      support: '#logging-help',
      announcementKind: null,
    });
    expect(documents[1].text).toBe('');
    expect(documents[2]).toMatchObject({
      text: 'Audit requires a year of logs, and all of it sits in hot storage.\n\nWe believe moving logs to object storage will cut storage cost.',
      location:
        '/catalog/default/system/logging-platform/platform?section=roadmap#roadmap-item-cold-storage-tier',
      authorization: { resourceRef: 'system:default/logging-platform' },
      platformTitle: 'Logging Platform',
      status: 'exploring',
      horizon: 'later',
      personas: ['SRE on call'],
    });
    expect(documents[3]).toMatchObject({
      location:
        '/catalog/default/system/logging-platform/platform?section=announcements#announcement-a1',
      authorization: { resourceRef: 'system:default/logging-platform' },
      announcementKind: 'planned-change',
    });
    // Every document has every field, so that Lunr (which learns the fields from the first
    // document) can filter on each of them.
    const fields = Object.keys(documents[0]).sort();
    for (const document of documents) {
      expect(Object.keys(document)).toEqual(expect.arrayContaining(fields));
    }
    expect(new Set(documents.map(d => d.location)).size).toBe(documents.length);
  });

  it('reads with its own service credentials, for the plugin it calls', async () => {
    await collated();

    const targets = backend.requests.map(request => {
      const auth = String(request.headers.authorization);
      expect(auth).toMatch(/^Bearer mock-service-token:/);
      return [
        request.path.split('/')[2],
        JSON.parse(auth.slice('Bearer mock-service-token:'.length)),
      ];
    });
    expect(targets).toContainEqual([
      'platform-product',
      { sub: 'plugin:search', target: 'platform-product' },
    ]);
    expect(targets).toContainEqual([
      'catalog',
      { sub: 'plugin:search', target: 'catalog' },
    ]);
    expect(
      backend.requests.find(r => r.path === '/api/catalog/entities/by-refs')
        ?.body,
    ).toEqual({
      entityRefs: [
        'system:default/logging-platform',
        'system:default/deployment-platform',
        'persona:default/sre-oncall',
        'persona:default/unknown',
      ],
      fields: ['metadata.title', 'spec.platform.support.channel'],
    });
  });

  it('fails the collation, naming the request, when the backend answers an error', async () => {
    backend.answer('GET /api/platform-product/roadmap', {
      status: 503,
      body: {
        error: { name: 'ServiceUnavailableError', message: 'database is down' },
      },
    });

    await expect(factory().getCollator()).rejects.toThrow(
      new RegExp(
        `^GET ${backend.baseUrl}/api/platform-product/roadmap answered 503 Service Unavailable: database is down; nothing was indexed$`,
      ),
    );

    backend.answer('GET /api/platform-product/roadmap', {
      status: 502,
      text: 'Bad gateway from the proxy',
    });
    await expect(factory().getCollator()).rejects.toThrow(
      'roadmap answered 502 Bad Gateway: "Bad gateway from the proxy"; nothing was indexed',
    );
  });

  it('fails the collation, saying which field is wrong, on a malformed answer', async () => {
    const answers = demoAnswers();
    const platforms = answers['GET /api/platform-product/platforms'].body as {
      items: Array<Record<string, unknown>>;
    };
    platforms.items[1].title = 42;
    backend.answer('GET /api/platform-product/platforms', { body: platforms });

    await expect(factory().getCollator()).rejects.toThrow(
      `GET ${backend.baseUrl}/api/platform-product/platforms answered an unexpected body: items[1].title must be a string — got 42; nothing was indexed`,
    );

    backend.answer('GET /api/platform-product/roadmap', { text: '<html>' });
    backend.answer(
      'GET /api/platform-product/platforms',
      demoAnswers()['GET /api/platform-product/platforms'],
    );
    await expect(factory().getCollator()).rejects.toThrow(
      'roadmap answered an unexpected body: the body must be JSON',
    );
  });

  it('leaves out the announcements of a platform removed during the collation', async () => {
    backend.answer(
      'GET /api/platform-product/platforms/system/default/logging-platform/announcements',
      {
        status: 404,
        body: { error: { name: 'NotFoundError', message: 'gone' } },
      },
    );

    const documents = await collated();

    expect(documents.map(d => d.documentKind)).not.toContain('announcement');
    expect(logger.info).toHaveBeenCalledWith(
      'Left out the announcements of system:default/logging-platform: the platform was removed from the catalog during the collation',
    );
  });

  it('fails the collation, naming the address, when the backend cannot be reached', async () => {
    const url = backend.baseUrl;
    await backend.stop();
    backend = await FakeBackend.start({});

    await expect(
      new PlatformProductCollatorFactory({
        auth: mockServices.auth({ pluginId: 'search' }),
        discovery: mockServices.discovery.mock({
          getBaseUrl: async id => `${url}/api/${id}`,
        }),
        logger,
      }).getCollator(),
    ).rejects.toThrow(`${url}/api/platform-product/`);
  });
});
