import { Fragment } from 'react';
import { Divider, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { RelevantAnnouncements } from '../../../announcements/components/RelevantAnnouncements';
import { EntityRoadmapNow } from '../../../roadmap/components/EntityRoadmapNow';
import { SurveyPromptView } from '../../../surveys/components/SurveyPrompt';
import { entityCardApiRef } from '../../api';
import { useEntityCard } from '../../hooks';
import { PlatformUsageItem } from './PlatformUsageItem';

/**
 * The platforms the current entity relies on, directly or through its system: for each, whether
 * its SLOs are met right now, how much error budget its worst SLO has left, where to get help and
 * how fast, and a link to the platform's Platform tab; above them, the platforms' relevant
 * announcements and what they work on now for the entity's personas; below, the survey the
 * signed-in user is asked to answer. All of it from one request, shared with the deprecation
 * banner on the same page.
 *
 * @public
 */
export const EntityPlatformUsageCard = () => {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(entityCardApiRef);
  const card = useEntityCard(entityRef);
  return (
    <InfoCard title="Platforms">
      <AsyncContent state={card}>
        {({ platforms, announcements, roadmap, surveyPrompt }) => (
          <>
            <RelevantAnnouncements items={announcements} />
            <EntityRoadmapNow platforms={roadmap.platforms} />
            {platforms.length === 0 ? (
              <Typography variant="body2">
                {entity.metadata.title ?? entity.metadata.name} relies on no
                platform. Add a <code>dependsOn</code> or{' '}
                <code>consumesApi</code> relation to a platform's API or
                component (<code>spec.dependsOn</code> or{' '}
                <code>spec.consumesApis</code> in its catalog-info.yaml) to see
                the platform here.
              </Typography>
            ) : (
              platforms.map((usage, index) => (
                <Fragment key={usage.platformRef}>
                  {index > 0 && <Divider />}
                  <PlatformUsageItem usage={usage} entityRef={entityRef} />
                </Fragment>
              ))
            )}
            <SurveyPromptView
              prompt={surveyPrompt}
              onResponded={() => api.invalidate(entityRef)}
            />
          </>
        )}
      </AsyncContent>
    </InfoCard>
  );
};
