import { ComponentProps, ReactNode } from 'react';
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

/** A warning across the page, for the entities `condition` holds for. */
const warning = (
  condition: ComponentProps<typeof EntitySwitch.Case>['if'],
  card: ReactNode,
) => (
  <EntitySwitch>
    <EntitySwitch.Case if={condition}>
      <Grid item xs={12}>
        {card}
      </Grid>
    </EntitySwitch.Case>
  </EntitySwitch>
);

/** The warnings above an entity's overview, the deprecation banner among them. */
export const entityWarningContent = (
  <>
    {warning(isOrphan, <EntityOrphanWarning />)}
    {warning(hasRelationWarnings, <EntityRelationWarning />)}
    {warning(hasCatalogProcessingErrors, <EntityProcessingErrorsPanel />)}
    {warning(hasDeprecationWarnings, <EntityDeprecationWarning />)}
  </>
);

/** A card in half the width of the page, all of it on small screens. */
export const halfCard = (card: ReactNode) => (
  <Grid item md={6} xs={12}>
    {card}
  </Grid>
);

/** The About card and the catalog graph side by side, as most overviews open. */
export const aboutAndGraphContent = (
  <>
    {halfCard(<EntityAboutCard />)}
    {halfCard(<EntityCatalogGraphCard height={400} />)}
  </>
);

/** The page of an entity with an overview only: its warnings, then `content`. */
export function overviewOnlyPage(content: ReactNode) {
  return (
    <EntityLayout>
      <EntityLayout.Route path="/" title="Overview">
        <Grid container spacing={3} alignItems="stretch">
          {entityWarningContent}
          {content}
        </Grid>
      </EntityLayout.Route>
    </EntityLayout>
  );
}

/** A tab of two cards side by side. */
export function twoCardRoute(
  path: string,
  title: string,
  left: ReactNode,
  right: ReactNode,
) {
  return (
    <EntityLayout.Route path={path} title={title}>
      <Grid container spacing={3} alignItems="stretch">
        {halfCard(left)}
        {halfCard(right)}
      </Grid>
    </EntityLayout.Route>
  );
}

/** The platforms an entity relies on: its SLO health, error budget and support. */
export const platformUsageContent = halfCard(<EntityPlatformUsageCard />);

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
    {aboutAndGraphContent}
    {platformScorecardContent}

    <EntitySwitch>
      <EntitySwitch.Case if={isKind(['component', 'resource'])}>
        {platformUsageContent}
      </EntitySwitch.Case>
    </EntitySwitch>
    {halfCard(<EntityLinksCard />)}
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
export const dependenciesRoute = twoCardRoute(
  '/dependencies',
  'Dependencies',
  <EntityDependsOnComponentsCard />,
  <EntityDependsOnResourcesCard />,
);
