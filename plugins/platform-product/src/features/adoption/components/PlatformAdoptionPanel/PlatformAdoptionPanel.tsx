import { Box, Grid, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import type { AdoptionReport } from '@platform-product/backstage-plugin-platform-product-common';
import { usePlatformAdoption } from '../../hooks';
import { AsyncContent } from '../../../../shared/AsyncContent';
import { formatUtcDateTime } from '../../../../shared/formatTime';
import { useReplaceableValue } from '../../../../shared/useReplaceableValue';
import { AdoptionBreakdownTable } from './AdoptionBreakdownTable';
import { AdoptionSummary } from './AdoptionSummary';
import { RefreshAdoptionButton } from './RefreshAdoptionButton';
import { lazyLoaded } from '../../../../shared/lazyLoaded';

const AdoptionTrendChart = lazyLoaded(
  () => import('./AdoptionTrendChart').then(m => m.AdoptionTrendChart),
  { height: 240 },
);

const TeamList = (props: { title: string; refs: string[] }) => (
  <>
    <Typography variant="subtitle2" component="h3">
      {props.title} ({props.refs.length})
    </Typography>
    <Typography variant="body2" component="div">
      {props.refs.length === 0 ? (
        'None'
      ) : (
        <EntityRefLinks entityRefs={props.refs} defaultKind="group" />
      )}
    </Typography>
  </>
);

const AdoptionDetails = ({ report }: { report: AdoptionReport }) => (
  <Grid container spacing={3}>
    <Grid item xs={12}>
      <AdoptionSummary report={report} />
    </Grid>
    <Grid item xs={12}>
      <AdoptionTrendChart trend={report.trend} />
    </Grid>
    <Grid item xs={12} md={6}>
      <AdoptionBreakdownTable
        segment="Persona"
        rows={report.byPersona.map(persona => ({
          entityRef: persona.personaRef,
          title: persona.title,
          note: persona.found ? undefined : 'not in the catalog',
          teams: persona.teams,
        }))}
      />
    </Grid>
    <Grid item xs={12} md={6}>
      <AdoptionBreakdownTable
        segment="Org"
        rows={report.byOrg.map(org => ({
          entityRef: org.orgRef,
          title: org.title,
          teams: org.teams,
        }))}
      />
    </Grid>
    <Grid item xs={12} md={6}>
      <TeamList title="Adopting teams" refs={report.teams.adoptingRefs} />
    </Grid>
    <Grid item xs={12} md={6}>
      <TeamList
        title="Teams not adopting yet"
        refs={report.teams.nonAdoptingRefs}
      />
    </Grid>
  </Grid>
);

function computedAtText(computedAt: string): string {
  return `Computed ${formatUtcDateTime(computedAt)}`;
}

/**
 * Who uses the platform: share of audience teams and services, stage, capacity unlocked, the daily
 * trend, the breakdown per persona and per org, and which teams adopt it or not. Its owners can
 * recompute it on the spot.
 */
export const PlatformAdoptionPanel = ({ entityRef }: { entityRef: string }) => {
  const [adoption, showRefreshed] = useReplaceableValue(
    usePlatformAdoption(entityRef),
    entityRef,
  );
  const report = adoption.value;
  return (
    <InfoCard
      title="Adoption"
      subheader={report && computedAtText(report.computedAt)}
      action={
        <Box pt={1} pr={1}>
          <RefreshAdoptionButton
            entityRef={entityRef}
            onRefreshed={showRefreshed}
          />
        </Box>
      }
    >
      <AsyncContent state={adoption}>
        {value => <AdoptionDetails report={value} />}
      </AsyncContent>
    </InfoCard>
  );
};
