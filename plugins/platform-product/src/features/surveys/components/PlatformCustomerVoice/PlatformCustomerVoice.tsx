import { Grid } from '@material-ui/core';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  getServedPersonaRefs,
  PlatformSpec,
} from '@platform-product/backstage-plugin-platform-product-common';
import { PlatformPersonasPanel } from '../PlatformPersonasPanel';
import { PlatformSurveyPanel } from '../PlatformSurveyPanel';
import { SurveyPrompt } from '../SurveyPrompt';

/**
 * The voice of a platform's internal customers on its Platform tab: the survey prompt (when the
 * signed-in user should be asked about this platform), the personas it serves, and its NPS.
 *
 * @public
 */
export const PlatformCustomerVoice = (props: {
  entity: Entity;
  spec: PlatformSpec;
}) => {
  const entityRef = stringifyEntityRef(props.entity);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <SurveyPrompt platformRef={entityRef} />
      </Grid>
      <Grid item xs={12}>
        <PlatformPersonasPanel
          entityRef={entityRef}
          personaRefs={getServedPersonaRefs(props.entity, props.spec)}
        />
      </Grid>
      <Grid item xs={12}>
        <PlatformSurveyPanel entityRef={entityRef} />
      </Grid>
    </Grid>
  );
};
