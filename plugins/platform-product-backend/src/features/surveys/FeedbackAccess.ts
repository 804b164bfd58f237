import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { platformProductFeedbackReadPermission } from '@platform-product/backstage-plugin-platform-product-common';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';

/**
 * Who may read a platform's survey feedback (the free-text comments, their CSV and the results of
 * a round still open): signed-in users allowed `platform-product.feedback.read` on the platform (by
 * the default policy, its owners), and never a service. The principal type is checked here, before
 * the permission is asked, because Backstage's permissions service allows a service principal every
 * permission its access restrictions do not exclude, without asking the policy; a static token,
 * restricted to this plugin or not, would otherwise read every platform's comments and who signed
 * them. The one place the surveys feature decides it.
 *
 * @internal
 */
export class FeedbackAccess {
  constructor(private readonly entityPermissions: EntityPermissions) {}

  /** Whether the caller may read the platform's feedback: a user holding the permission on it. */
  async canRead(
    platformRef: string,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    if (!isUser(credentials)) {
      return false;
    }
    return this.entityPermissions.isAllowed(
      platformProductFeedbackReadPermission,
      platformRef,
      credentials,
    );
  }

  /**
   * Throws unless the caller may read the platform's feedback.
   *
   * @param action - what the caller tried, completing "only signed-in owners of X may …", e.g.
   *   "read its survey comments"
   * @throws NotAllowedError saying that only signed-in owners may, for a service or anonymous
   *   caller; naming the permission for a user without it
   */
  async authorize(
    platformRef: string,
    credentials: BackstageCredentials,
    action: string,
  ): Promise<void> {
    if (!isUser(credentials)) {
      throw new NotAllowedError(
        `Only signed-in owners of ${platformRef} may ${action}; ${describeNonUser(
          credentials,
        )} is not a signed-in user, and no service may read survey feedback`,
      );
    }
    await this.entityPermissions.authorize(
      platformProductFeedbackReadPermission,
      platformRef,
      credentials,
      action,
    );
  }
}

function isUser(credentials: BackstageCredentials): boolean {
  return (credentials.principal as { type?: unknown }).type === 'user';
}

function describeNonUser(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type?: unknown;
    subject?: unknown;
  };
  return principal.type === 'service'
    ? `the service ${principal.subject}`
    : 'an anonymous caller';
}
