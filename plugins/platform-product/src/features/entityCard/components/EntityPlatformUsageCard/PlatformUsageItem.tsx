import { Box, Chip, Typography } from '@material-ui/core';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  EntityRefLinks,
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  PlatformUsage,
  worstSlo,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ErrorBudgetBar } from '../../../../shared/ErrorBudgetBar';
import { SloHealthLabel } from '../../../../shared/StatusLabel';
import { PlatformSupportLine } from './PlatformSupportLine';

/**
 * One platform the entity relies on: its SLO health, the error budget of its worst SLO, where
 * to get help and what it is used through.
 */
export const PlatformUsageItem = (props: {
  usage: PlatformUsage;
  entityRef: string;
}) => {
  const { usage, entityRef } = props;
  const entityRoute = useRouteRef(entityRouteRef);
  const platformTab = `${entityRoute(
    entityRouteParams(usage.platformRef, { encodeParams: true }),
  )}/platform`;
  const worst = worstSlo(usage.slos);
  const partRefs = [...new Set(usage.via.flatMap(via => via.partRefs))];
  const throughRefs = usage.via
    .map(via => via.consumerRef)
    .filter(ref => ref !== entityRef);

  return (
    <Box py={1.5}>
      <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
        <Typography variant="subtitle1" component="h3">
          <Link to={platformTab}>{usage.title}</Link>
        </Typography>
        <Chip size="small" label={usage.category} />
        <SloHealthLabel health={usage.health} />
      </Box>
      <Box my={1} maxWidth={420}>
        {usage.slos.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            This platform declares no SLOs
          </Typography>
        ) : (
          <ErrorBudgetBar
            remaining={worst?.budgetRemaining ?? null}
            health={worst?.health ?? usage.health}
            label={worst?.displayName}
          />
        )}
      </Box>
      <PlatformSupportLine support={usage.support} />
      {partRefs.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          Uses <EntityRefLinks entityRefs={partRefs} />
          {throughRefs.length > 0 && (
            <>
              {' '}
              through <EntityRefLinks entityRefs={throughRefs} />
            </>
          )}
        </Typography>
      )}
    </Box>
  );
};
