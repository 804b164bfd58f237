import { Fragment } from 'react';
import { Divider, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { usePlatformSlos } from '../../hooks';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { SloHealthLabel } from '../../../../shared/StatusLabel';
import { SloStatusDetails } from './SloStatusDetails';

/** The live status of a platform's SLOs: attainment, error budget, burn-rate alerts and what is still allowed. */
export const PlatformSloPanel = ({ entityRef }: { entityRef: string }) => {
  const slos = usePlatformSlos(entityRef);
  return (
    <InfoCard
      title="SLO status"
      action={
        slos.value && (
          <span aria-label="Overall SLO health">
            <SloHealthLabel health={slos.value.health} />
          </span>
        )
      }
    >
      <AsyncContent state={slos}>
        {({ items }) =>
          items.length === 0 ? (
            <Typography variant="body2">
              No SLO to measure. Declare them under{' '}
              <code>spec.platform.slos</code> and push their SLI metrics to see
              attainment and error budgets here.
            </Typography>
          ) : (
            items.map((slo, index) => (
              <Fragment key={slo.name}>
                {index > 0 && <Divider />}
                <SloStatusDetails slo={slo} />
              </Fragment>
            ))
          )
        }
      </AsyncContent>
    </InfoCard>
  );
};
