import { Grid } from '@material-ui/core';
import {
  EntityAboutCard,
  EntityDependsOnComponentsCard,
  EntityDependsOnResourcesCard,
  EntityHasSubcomponentsCard,
  EntityLayout,
  EntityLinksCard,
  EntitySwitch,
  EntityOrphanWarning,
  EntityProcessingErrorsPanel,
  isKind,
  hasCatalogProcessingErrors,
  isOrphan,
  hasRelationWarnings,
  EntityRelationWarning,
} from '@backstage/plugin-catalog';
import { EntityCatalogGraphCard } from '@backstage/plugin-catalog-graph';
import {
  EntityPlatformContent,
  EntityPlatformScorecardCard,
  EntityPlatformUsageCard,
  isPlatformEntity,
  EntityDeprecationWarning,
  EntityDeprecationContent,
  hasDeprecationWarnings,
  isDeprecatedEntity,
} from '@platform-product/backstage-plugin-platform-product';

/** The warnings above an entity's overview, the deprecation banner among them. */
export const entityWarningContent = (
  <>
    <EntitySwitch>
      <EntitySwitch.Case if={isOrphan}>
        <Grid item xs={12}>
          <EntityOrphanWarning />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>

    <EntitySwitch>
      <EntitySwitch.Case if={hasRelationWarnings}>
        <Grid item xs={12}>
          <EntityRelationWarning />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>

    <EntitySwitch>
      <EntitySwitch.Case if={hasCatalogProcessingErrors}>
        <Grid item xs={12}>
          <EntityProcessingErrorsPanel />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>

    <EntitySwitch>
      <EntitySwitch.Case if={hasDeprecationWarnings}>
        <Grid item xs={12}>
          <EntityDeprecationWarning />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
  </>
);

/** The platforms an entity relies on: its SLO health, error budget and support. */
export const platformUsageContent = (
  <Grid item md={6} xs={12}>
    <EntityPlatformUsageCard />
  </Grid>
);

/** The scorecard of a platform product, on its own overview. */
export const platformScorecardContent = (
  <EntitySwitch>
    <EntitySwitch.Case if={isPlatformEntity}>
      <Grid item xs={12}>
        <EntityPlatformScorecardCard />
      </Grid>
    </EntitySwitch.Case>
  </EntitySwitch>
);

/** The overview of components and resources. */
export const overviewContent = (
  <Grid container spacing={3} alignItems="stretch">
    {entityWarningContent}
    <Grid item md={6}>
      <EntityAboutCard />
    </Grid>
    <Grid item md={6} xs={12}>
      <EntityCatalogGraphCard height={400} />
    </Grid>
    {platformScorecardContent}

    <EntitySwitch>
      <EntitySwitch.Case if={isKind(['component', 'resource'])}>
        {platformUsageContent}
      </EntitySwitch.Case>
    </EntitySwitch>
    <Grid item md={6} xs={12}>
      <EntityLinksCard />
    </Grid>
    <Grid item md={12} xs={12}>
      <EntityHasSubcomponentsCard />
    </Grid>
  </Grid>
);

/**
 * The Platform tab of platform products and the Deprecation tab of deprecated entities, for the
 * EntityLayout of every kind that may be one (EntityLayout reads routes through fragments).
 */
export const platformProductRoutes = (
  <>
    <EntityLayout.Route path="/platform" title="Platform" if={isPlatformEntity}>
      <EntityPlatformContent />
    </EntityLayout.Route>

    <EntityLayout.Route
      path="/deprecation"
      title="Deprecation"
      if={isDeprecatedEntity}
    >
      <EntityDeprecationContent />
    </EntityLayout.Route>
  </>
);

/** What a component depends on. */
export const dependenciesRoute = (
  <EntityLayout.Route path="/dependencies" title="Dependencies">
    <Grid container spacing={3} alignItems="stretch">
      <Grid item md={6}>
        <EntityDependsOnComponentsCard />
      </Grid>
      <Grid item md={6}>
        <EntityDependsOnResourcesCard />
      </Grid>
    </Grid>
  </EntityLayout.Route>
);
