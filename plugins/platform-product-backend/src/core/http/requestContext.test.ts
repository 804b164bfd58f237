import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  BUILD_PLATFORM,
  buildPlatformCatalog,
} from '@platform-product/backstage-plugin-platform-product-common/testUtils';
import { PlatformCatalog } from '../catalog/PlatformCatalog';
import { AnyRequest, createRequestContext } from './requestContext';

describe('createRequestContext().platformOf', () => {
  const catalog = catalogServiceMock({ entities: buildPlatformCatalog() });
  const platformCatalog = new PlatformCatalog(catalog);
  const getPlatform = jest.spyOn(platformCatalog, 'getPlatform');
  const http = createRequestContext({
    httpAuth: mockServices.httpAuth(),
    auth: mockServices.auth({ pluginId: 'platform-product' }),
    platformCatalog,
    now: () => new Date(),
  });
  const request = (header: string) =>
    ({
      headers: { authorization: header },
      params: { kind: 'system', namespace: 'default', name: 'build-platform' },
    } as unknown as AnyRequest);

  beforeEach(() => getPlatform.mockClear());

  it("reads a service caller's platform as the plugin with servicesAsPlugin, since the caller's token may be restricted to this plugin", async () => {
    const { platform, credentials } = await http.platformOf(
      request(mockCredentials.service.header()),
      { servicesAsPlugin: true },
    );
    expect(platform.ref).toBe(BUILD_PLATFORM);
    expect(credentials).toEqual(mockCredentials.service());
    expect(getPlatform).toHaveBeenCalledWith(
      BUILD_PLATFORM,
      mockCredentials.service('plugin:platform-product'),
    );
  });

  it("reads a user's platform with the user's own credentials, so the catalog's permissions apply", async () => {
    await http.platformOf(request(mockCredentials.user.header()), {
      servicesAsPlugin: true,
    });
    expect(getPlatform).toHaveBeenCalledWith(
      BUILD_PLATFORM,
      mockCredentials.user(),
    );
  });

  it("reads a service caller's platform with its own credentials otherwise", async () => {
    await http.platformOf(request(mockCredentials.service.header()));
    expect(getPlatform).toHaveBeenCalledWith(
      BUILD_PLATFORM,
      mockCredentials.service(),
    );
  });
});
