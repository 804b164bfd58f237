import { BackstageCredentials } from '@backstage/backend-plugin-api';

/**
 * Who is acting, in words fit for a history entry or a message: the user's entity ref, `the
 * service <subject>` for a service principal, else `an anonymous caller`.
 *
 * @internal
 */
export function actorOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.userEntityRef) return principal.userEntityRef;
  if (principal.type === 'service') return `the service ${principal.subject}`;
  return 'an anonymous caller';
}
