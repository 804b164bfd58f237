/*
 * The demo backend for Platform Product for Backstage: the catalog, auth (guest sign-in for local use),
 * permissions, search, notifications and signals, the MCP server for agents, plus the Platform Product
 * plugins.
 */

import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// auth: guest sign-in for local use, see https://backstage.io/docs/auth/guest/provider
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// DEMO ONLY: sign in as any user of the example organisation (auth.providers.example-users)
backend.add(import('./modules/exampleUsersAuthProvider'));

// catalog, with the Platform Product model (spec.platform, spec.deprecation, kind: Persona)
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(
  import(
    '@platform-product/backstage-plugin-catalog-backend-module-platform-product'
  ),
);

// permissions: Platform Product actions are allowed to the owners of the entity they are about
// (platform owners manage their product; owners of a consumer request deprecation exceptions);
// everything else is allowed.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import(
    '@platform-product/backstage-plugin-permission-backend-module-platform-product'
  ),
);

// search over the catalog; PostgreSQL full-text search when running on PostgreSQL
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
// Platform Product's platforms, roadmap items and relevant announcements, visible where the catalog shows the platform
backend.add(
  import(
    '@platform-product/backstage-plugin-search-backend-module-platform-product'
  ),
);

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-events-backend'));

// actions for AI agents over MCP (/api/mcp-actions/v1): the actions of the plugins listed under
// backend.actions.pluginSources, Platform Product's among them (see docs/actions.md)
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// Platform Product
backend.add(
  import('@platform-product/backstage-plugin-platform-product-backend'),
);
// pulls the SLO metrics declared with a Prometheus metricSource from platformProduct.prometheus.servers
// (in the demo, the Prometheus that scripts/portal.sh starts when prometheus is installed)
backend.add(
  import(
    '@platform-product/backstage-plugin-platform-product-backend-module-prometheus'
  ),
);

backend.start();
