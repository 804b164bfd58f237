import { mockErrorHandler, mockServices } from '@backstage/backend-test-utils';
import {
  BackstageCredentials,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import { Knex } from 'knex';
import { MetricProviderRegistry } from '../features/dataSources';
import { createRouter } from '../router';
import { createPlatformProductServices, openStores } from '../wiring';
import { permissionsFromCatalog } from './permissionsFromCatalog';

/** The clock of the router tests: a Tuesday in March 2026, at noon UTC. */
export const TEST_NOW = new Date('2026-03-10T12:00:00Z');

/**
 * A user info service that answers like the real one over the given catalog: a user owns as
 * themselves and as every group they are a member of.
 */
export function userInfoFromCatalog(entities: Entity[]): UserInfoService {
  return {
    async getUserInfo(credentials: BackstageCredentials) {
      const principal = credentials.principal as { userEntityRef?: string };
      if (!principal.userEntityRef) {
        throw new Error('user info asked for a non-user principal');
      }
      const user = entities.find(
        e => stringifyEntityRef(e) === principal.userEntityRef,
      );
      const groups = (user?.relations ?? [])
        .filter(r => r.type === RELATION_MEMBER_OF)
        .map(r => r.targetRef);
      return {
        userEntityRef: principal.userEntityRef,
        ownershipEntityRefs: [principal.userEntityRef, ...groups],
      };
    },
  };
}

/**
 * The plugin's router over a test database and an in-memory catalog, with the errors answered the
 * way a Backstage backend answers them, and a fixed clock.
 */
export async function createTestApp(options: {
  knex: Knex;
  entities: Entity[];
  now?: () => Date;
  metricProviders?: MetricProviderRegistry;
  /** How long metric KPIs are reused; 0 (computed on every read) unless set. */
  scorecardTtlMs?: number;
}) {
  const { knex, entities } = options;
  const stores = await openStores(
    mockServices.database({ knex, migrations: { skip: false } }),
  );
  const catalog = catalogServiceMock({ entities });
  const userInfo = userInfoFromCatalog(entities);
  const notifications = { send: jest.fn(async () => {}) };
  const auth = mockServices.auth();
  const services = createPlatformProductServices({
    ...stores,
    catalog,
    auth,
    permissions: permissionsFromCatalog(entities, userInfo),
    notifications,
    logger: mockServices.logger.mock(),
    now: options.now ?? (() => TEST_NOW),
    catalogGraphTtlMs: 60_000,
    adoptionTtlMs: 300_000,
    sloStatusTtlMs: 60_000,
    scorecardTtlMs: options.scorecardTtlMs,
    urlReader: mockServices.urlReader.mock(),
    metricProviders: options.metricProviders,
  });
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    auth,
    ...services,
  });
  const app = express().use(router).use(mockErrorHandler());
  return {
    app,
    store: stores.metrics,
    snapshotStore: stores.snapshotStore,
    services,
    catalog,
    notifications,
  };
}
