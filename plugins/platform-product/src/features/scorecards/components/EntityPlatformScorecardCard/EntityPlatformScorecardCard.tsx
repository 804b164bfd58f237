import { InfoCard } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePlatformScorecard } from '../../hooks';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { ScorecardTable } from './ScorecardTable';

/**
 * The balanced scorecard of the platform on the current entity page: each KPI's value against its
 * target, its status and its daily history over the last 30 days.
 *
 * @public
 */
export const EntityPlatformScorecardCard = () => {
  const { entity } = useEntity();
  const scorecard = usePlatformScorecard(stringifyEntityRef(entity));
  return (
    <InfoCard
      title="Platform scorecard"
      subheader="Each KPI against its target; a KPI with no data is never a pass"
    >
      <AsyncContent state={scorecard}>
        {value => <ScorecardTable scorecard={value} />}
      </AsyncContent>
    </InfoCard>
  );
};
