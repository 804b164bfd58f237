import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { platformProductFeedbackReadPermission } from '@platform-product/backstage-plugin-platform-product-common';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { FeedbackAccess } from './FeedbackAccess';

const LOGGING = 'system:default/logging-platform';

/**
 * Backstage's permissions service answers ALLOW for both of these without asking the policy: the
 * first has no access restrictions, the second is restricted to this plugin's feedback permission.
 */
const SERVICES = [
  ['a static token without access restrictions', mockCredentials.service()],
  [
    'a token restricted to this plugin’s feedback permission',
    mockCredentials.service('external:reporting', {
      permissionNames: [platformProductFeedbackReadPermission.name],
      permissionAttributes: { action: ['read'] },
    }),
  ],
] as const;

function feedbackAccess(result: AuthorizeResult.ALLOW | AuthorizeResult.DENY) {
  const permissions = mockServices.permissions({ result });
  const authorize = jest.spyOn(permissions, 'authorize');
  return {
    access: new FeedbackAccess(new EntityPermissions(permissions)),
    authorize,
  };
}

describe('FeedbackAccess', () => {
  it.each(SERVICES)(
    'never lets %s read feedback, whatever the permission framework answers',
    async (_what, credentials) => {
      const { access, authorize } = feedbackAccess(AuthorizeResult.ALLOW);
      await expect(access.canRead(LOGGING, credentials)).resolves.toBe(false);
      const denied = access.authorize(
        LOGGING,
        credentials,
        'read its survey comments',
      );
      await expect(denied).rejects.toThrow(NotAllowedError);
      await expect(denied).rejects.toThrow(
        `Only signed-in owners of ${LOGGING} may read its survey comments; the service ${credentials.principal.subject} is not a signed-in user, and no service may read survey feedback`,
      );
      expect(authorize).not.toHaveBeenCalled();
    },
  );

  it('refuses anonymous callers the same way', async () => {
    const { access } = feedbackAccess(AuthorizeResult.ALLOW);
    await expect(access.canRead(LOGGING, mockCredentials.none())).resolves.toBe(
      false,
    );
    await expect(
      access.authorize(LOGGING, mockCredentials.none(), 'export its comments'),
    ).rejects.toThrow(
      `Only signed-in owners of ${LOGGING} may export its comments; an anonymous caller is not a signed-in user`,
    );
  });

  it('asks the permission framework about users, for the platform', async () => {
    const owner = mockCredentials.user('user:default/sara-nilsson');
    const allowed = feedbackAccess(AuthorizeResult.ALLOW);
    await expect(allowed.access.canRead(LOGGING, owner)).resolves.toBe(true);
    await expect(
      allowed.access.authorize(LOGGING, owner, 'read its survey comments'),
    ).resolves.toBeUndefined();
    expect(allowed.authorize).toHaveBeenCalledWith(
      [
        {
          permission: platformProductFeedbackReadPermission,
          resourceRef: LOGGING,
        },
      ],
      { credentials: owner },
    );

    const guest = mockCredentials.user('user:default/guest');
    const denied = feedbackAccess(AuthorizeResult.DENY);
    await expect(denied.access.canRead(LOGGING, guest)).resolves.toBe(false);
    await expect(
      denied.access.authorize(LOGGING, guest, 'read its survey comments'),
    ).rejects.toThrow(
      `Only the owners of ${LOGGING} may read its survey comments; user:default/guest is not allowed platform-product.feedback.read on it`,
    );
  });
});
