import { Fragment } from 'react';
import { Divider, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useEntityPlatforms } from '../../../platforms/hooks';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { SurveyPrompt } from '../../../surveys/components/SurveyPrompt';
import { EntityRoadmapNow } from '../../../roadmap/components/EntityRoadmapNow';
import { PlatformUsageItem } from './PlatformUsageItem';
import { RelevantAnnouncements } from '../../../announcements/components/RelevantAnnouncements';

/**
 * The platforms the current entity relies on, directly or through its system: for each, whether
 * its SLOs are met right now, how much error budget its worst SLO has left, where to get help and
 * how fast, and a link to the platform's Platform tab.
 *
 * @public
 */
export const EntityPlatformUsageCard = () => {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const platforms = useEntityPlatforms(entityRef);
  return (
    <InfoCard title="Platforms">
      <RelevantAnnouncements entityRef={entityRef} />
      <EntityRoadmapNow entityRef={entityRef} />
      <AsyncContent state={platforms}>
        {({ items }) =>
          items.length === 0 ? (
            <Typography variant="body2">
              {entity.metadata.title ?? entity.metadata.name} relies on no
              platform. Add a <code>dependsOn</code> or <code>consumesApi</code>{' '}
              relation to a platform's API or component (
              <code>spec.dependsOn</code> or <code>spec.consumesApis</code> in
              its catalog-info.yaml) to see the platform here.
            </Typography>
          ) : (
            items.map((usage, index) => (
              <Fragment key={usage.platformRef}>
                {index > 0 && <Divider />}
                <PlatformUsageItem usage={usage} entityRef={entityRef} />
              </Fragment>
            ))
          )
        }
      </AsyncContent>
      <SurveyPrompt />
    </InfoCard>
  );
};
