import { NotAllowedError } from '@backstage/errors';
import { ResolvedPlatform, platformOwnerRefs } from './PlatformCatalog';

/**
 * Only a platform's owners may act on its behalf: the caller's ownership refs (their user and the
 * groups they belong to) must include one of the platform's `ownedBy` targets.
 *
 * @throws NotAllowedError naming the owners
 * @internal
 */
export function assertPlatformOwner(
  platform: ResolvedPlatform,
  caller: { userEntityRef: string; ownershipEntityRefs: readonly string[] },
): void {
  const owners = platformOwnerRefs(platform);
  const mine = new Set(
    caller.ownershipEntityRefs.map(ref => ref.toLowerCase()),
  );
  if (!owners.some(owner => mine.has(owner))) {
    throw new NotAllowedError(
      `Only the owners of ${platform.ref} (${
        owners.length > 0 ? owners.join(', ') : 'none declared'
      }) may do this; ${
        caller.userEntityRef
      } is not one of them or a member of them`,
    );
  }
}
