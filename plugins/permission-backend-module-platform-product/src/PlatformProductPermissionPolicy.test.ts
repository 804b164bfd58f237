import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  deprecationExceptionDecidePermission,
  platformProductFeedbackReadPermission,
  platformProductPermissions,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformProductPermissionPolicy,
  platformProductPolicyDecision,
} from './PlatformProductPermissionPolicy';

const noah: PolicyQueryUser = {
  credentials: mockCredentials.user('user:default/noah-williams'),
  info: {
    userEntityRef: 'user:default/noah-williams',
    ownershipEntityRefs: [
      'user:default/noah-williams',
      'group:default/team-delivery-platform',
    ],
  },
};

describe('platformProductPolicyDecision', () => {
  it.each(platformProductPermissions.map(p => [p.name, p] as const))(
    'allows %s only to the owners of the entity, by the catalog isEntityOwner rule',
    (_name, permission) => {
      expect(platformProductPolicyDecision({ permission }, noah)).toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          rule: 'IS_ENTITY_OWNER',
          resourceType: 'catalog-entity',
          params: {
            claims: [
              'user:default/noah-williams',
              'group:default/team-delivery-platform',
            ],
          },
        },
      });
    },
  );

  it.each(platformProductPermissions.map(p => [p.name, p] as const))(
    'denies %s to requests without a user (services, anonymous callers)',
    (_name, permission) => {
      expect(platformProductPolicyDecision({ permission })).toEqual({
        result: AuthorizeResult.DENY,
      });
    },
  );

  it('has no opinion on other permissions', () => {
    const other = createPermission({
      name: 'catalog.entity.delete',
      attributes: { action: 'delete' },
    });
    expect(platformProductPolicyDecision({ permission: other }, noah)).toBe(
      undefined,
    );
  });
});

describe('PlatformProductPermissionPolicy', () => {
  const other = createPermission({
    name: 'scaffolder.action.execute',
    attributes: {},
  });

  it('allows every other permission unless given a fallback', async () => {
    const policy = new PlatformProductPermissionPolicy();
    await expect(policy.handle({ permission: other }, noah)).resolves.toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('denies reading feedback to a request without a user, even with an allow-all fallback', async () => {
    const policy = new PlatformProductPermissionPolicy();
    await expect(
      policy.handle({ permission: platformProductFeedbackReadPermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      policy.handle(
        { permission: platformProductFeedbackReadPermission },
        noah,
      ),
    ).resolves.toMatchObject({ result: AuthorizeResult.CONDITIONAL });
  });

  it('hands other permissions to the fallback, and keeps its own', async () => {
    const fallback = {
      handle: jest.fn().mockResolvedValue({ result: AuthorizeResult.DENY }),
    };
    const policy = new PlatformProductPermissionPolicy({ fallback });
    await expect(policy.handle({ permission: other }, noah)).resolves.toEqual({
      result: AuthorizeResult.DENY,
    });
    await expect(
      policy.handle({ permission: deprecationExceptionDecidePermission }, noah),
    ).resolves.toMatchObject({ result: AuthorizeResult.CONDITIONAL });
    expect(fallback.handle).toHaveBeenCalledTimes(1);
  });
});
