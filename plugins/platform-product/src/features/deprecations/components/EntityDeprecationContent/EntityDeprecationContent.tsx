import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { DeprecationDetailPanel } from '../DeprecationDetailPanel';

/**
 * The deprecation of the entity on the current page: why, the sunset, the burn-down, its consumers
 * grouped by team and their exceptions, which its owners approve or deny here.
 *
 * @public
 */
export const EntityDeprecationContent = () => {
  const { entity } = useEntity();
  return <DeprecationDetailPanel entityRef={stringifyEntityRef(entity)} />;
};
