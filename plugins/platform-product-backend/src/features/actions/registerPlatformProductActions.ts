import { AuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createCallerContext } from '../../core/http';
import { jsonInputProblem } from '../../core/http/jsonInputProblem';
import { PlatformProductServices } from '../../wiring';
import { ActionsRegistryService } from './actionsRegistry';
import { registerEntityActions } from './entityActions';
import { registerPlatformActions } from './platformActions';
import { registerPortfolioActions } from './portfolioActions';
import { registerSurveyActions } from './surveyActions';

/**
 * Registers the plugin's actions with the actions registry, which serves them to agents (over MCP
 * with `@backstage/plugin-mcp-actions-backend`). Every action is handed the caller's credentials
 * and calls the service method its REST route calls, so the catalog's visibility and the suite's
 * permissions decide exactly as they do for the routes. Before any action runs, its input is
 * checked as the routes check a request body (no control characters, no deep nesting).
 *
 * @internal
 */
export function registerPlatformProductActions(
  actionsRegistry: ActionsRegistryService,
  options: { auth: AuthService } & PlatformProductServices,
): void {
  const caller = createCallerContext({
    auth: options.auth,
    platformCatalog: options.platformCatalog,
    now: options.now,
  });
  const registry: ActionsRegistryService = {
    register: action =>
      actionsRegistry.register({
        ...action,
        action: async context => {
          const problem = jsonInputProblem(context.input, 'input');
          if (problem) {
            throw new InputError(problem);
          }
          return action.action(context);
        },
      }),
  };
  const features = { ...options, caller };
  registerEntityActions(registry, features);
  registerPlatformActions(registry, features);
  registerPortfolioActions(registry, features);
  registerSurveyActions(registry, features);
}
