import { useApi } from '@backstage/core-plugin-api';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import useAsync from 'react-use/esm/useAsync';

/**
 * Whether the signed-in user holds a Platform Product permission on a catalog entity (by the
 * default policy: whether they own it). Asked afresh for each entity and permission; the
 * permission client batches the questions of one page into one request. The backend checks again
 * on every write, so this only decides what the page offers.
 */
export function useEntityPermission(
  permission: ResourcePermission<'catalog-entity'>,
  entityRef: string,
): { loading: boolean; allowed: boolean } {
  const permissionApi = useApi(permissionApiRef);
  const { loading, value } = useAsync(async () => {
    const { result } = await permissionApi.authorize({
      permission,
      resourceRef: entityRef,
    });
    return result === AuthorizeResult.ALLOW;
  }, [permissionApi, permission, entityRef]);
  return { loading, allowed: value ?? false };
}
