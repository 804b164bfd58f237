import { Grid } from '@material-ui/core';
import {
  EntityApiDefinitionCard,
  EntityConsumingComponentsCard,
  EntityProvidingComponentsCard,
} from '@backstage/plugin-api-docs';
import { EntityLayout, EntityLinksCard } from '@backstage/plugin-catalog';
import {
  aboutAndGraphContent,
  entityWarningContent,
  halfCard,
  platformProductRoutes,
  platformScorecardContent,
  platformUsageContent,
} from './entityContent';

/** The page of an API. */
export const apiPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3}>
        {entityWarningContent}
        {aboutAndGraphContent}
        {platformScorecardContent}
        {platformUsageContent}
        {halfCard(<EntityLinksCard />)}
        <Grid container item md={12}>
          {halfCard(<EntityProvidingComponentsCard />)}
          {halfCard(<EntityConsumingComponentsCard />)}
        </Grid>
      </Grid>
    </EntityLayout.Route>

    {platformProductRoutes}

    <EntityLayout.Route path="/definition" title="Definition">
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <EntityApiDefinitionCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayout>
);
