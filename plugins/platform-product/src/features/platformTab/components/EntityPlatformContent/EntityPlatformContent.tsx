import { Grid } from '@material-ui/core';
import { EmptyState } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { validateMetadata } from '@platform-product/backstage-plugin-platform-product-common';
import { EntityPlatformScorecardCard } from '../../../scorecards/components/EntityPlatformScorecardCard';
import { PlatformAdoptionPanel } from '../../../adoption/components/PlatformAdoptionPanel';
import { PlatformCustomerVoice } from '../../../surveys/components/PlatformCustomerVoice';
import {
  PlatformMetadataProblems,
  PlatformProductCard,
  PlatformSloDefinitionsCard,
  PlatformSupportCard,
  PlatformTargetsCard,
} from '../PlatformDeclaration';
import { PlatformSloPanel } from '../../../slos/components/PlatformSloPanel';
import { PlatformObjectivesPanel } from '../../../objectives/components/PlatformObjectivesPanel';
import { PlatformAnnouncementsPanel } from '../../../announcements/components/PlatformAnnouncementsPanel';
import { RoadmapBoard } from '../../../roadmap/components/RoadmapBoard';

/**
 * The "Platform" tab of a platform product: how it is doing (scorecard, live SLO status,
 * adoption) and what it declares (product, support promise, SLO definitions, scorecard targets),
 * with any problem in that declaration.
 *
 * @public
 */
export const EntityPlatformContent = () => {
  const { entity } = useEntity();
  const { platform } = validateMetadata(entity);
  const entityRef = stringifyEntityRef(entity);

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <PlatformMetadataProblems />
      </Grid>
      {platform ? (
        <>
          <Grid item xs={12}>
            <EntityPlatformScorecardCard />
          </Grid>
          <Grid item xs={12}>
            <PlatformSloPanel entityRef={entityRef} />
          </Grid>
          <Grid item xs={12}>
            <PlatformAdoptionPanel entityRef={entityRef} />
          </Grid>
          <Grid item xs={12}>
            <PlatformAnnouncementsPanel entityRef={entityRef} />
          </Grid>
          <Grid item xs={12}>
            <RoadmapBoard entityRef={entityRef} />
          </Grid>
          <Grid item xs={12}>
            <PlatformObjectivesPanel
              entityRef={entityRef}
              sloNames={(platform.slos ?? []).map(slo => slo.name)}
            />
          </Grid>
          <Grid item xs={12}>
            <PlatformCustomerVoice entity={entity} spec={platform} />
          </Grid>
          <Grid item xs={12} md={6}>
            <PlatformProductCard spec={platform} />
          </Grid>
          <Grid item xs={12} md={6}>
            <PlatformSupportCard spec={platform} />
          </Grid>
          <Grid item xs={12}>
            <PlatformSloDefinitionsCard spec={platform} />
          </Grid>
          <Grid item xs={12} md={6}>
            <PlatformTargetsCard spec={platform} />
          </Grid>
        </>
      ) : (
        <Grid item xs={12}>
          <EmptyState
            missing="field"
            title="No valid platform declaration"
            description="This entity has no valid spec.platform block. Fix the problems listed above, or see docs/catalog-model.md for the fields a platform product declares."
          />
        </Grid>
      )}
    </Grid>
  );
};
