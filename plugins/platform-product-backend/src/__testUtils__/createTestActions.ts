import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { JsonObject } from '@backstage/types';
import { registerPlatformProductActions } from '../features/actions';
import { createTestApp } from './createTestApp';

/**
 * The plugin's actions in the actions registry's test mock, over the same services as the test
 * app's routes (so a test can compare an action's output with the route's answer). `invoke` calls
 * an action by its name, as the registry validates and runs it.
 */
export async function createTestActions(
  options: Parameters<typeof createTestApp>[0],
) {
  const testApp = await createTestApp(options);
  const registry = actionsRegistryServiceMock();
  registerPlatformProductActions(registry, {
    auth: mockServices.auth(),
    ...testApp.services,
  });
  const invoke = async (
    name: string,
    input: JsonObject,
    credentials: BackstageCredentials,
  ) =>
    (await registry.invoke({ id: `test:${name}`, input, credentials }))
      .output as any;
  return { ...testApp, registry, invoke };
}
