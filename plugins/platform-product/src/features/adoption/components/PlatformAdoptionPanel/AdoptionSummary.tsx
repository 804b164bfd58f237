import { ReactNode } from 'react';
import { Grid, Typography } from '@material-ui/core';
import {
  AdoptionReport,
  formatKpiValue,
  formatAdoptionStage,
  formatPercent,
} from '@platform-product/backstage-plugin-platform-product-common';

const Figure = (props: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
}) => (
  <Grid item xs={6} md={3} role="group" aria-label={props.label}>
    <Typography variant="overline" color="textSecondary" component="div">
      {props.label}
    </Typography>
    <Typography variant="h5" component="div">
      {props.value}
    </Typography>
    {props.detail && (
      <Typography variant="body2" color="textSecondary" component="div">
        {props.detail}
      </Typography>
    )}
  </Grid>
);

/** Adoption at a glance: share of teams, stage, services and the capacity unlocked. */
export const AdoptionSummary = ({ report }: { report: AdoptionReport }) => {
  const { teams, services, capacityUnlockedHoursPerMonth } = report;
  return (
    <Grid container spacing={2}>
      <Figure
        label="Teams adopting"
        value={teams.ratio === null ? '—' : formatPercent(teams.ratio, 1)}
        detail={
          teams.audience === 0
            ? 'No team in the audience'
            : `${teams.adopting} of ${teams.audience} teams`
        }
      />
      <Figure
        label="Stage"
        value={formatAdoptionStage(teams.stage)}
        detail="on Rogers' adoption curve"
      />
      <Figure
        label="Services using it"
        value={services.ratio === null ? '—' : formatPercent(services.ratio, 1)}
        detail={`${services.adopting} of ${services.total} services`}
      />
      <Figure
        label="Capacity unlocked"
        value={
          capacityUnlockedHoursPerMonth === null
            ? '—'
            : `${formatKpiValue('hours', capacityUnlockedHoursPerMonth)}`
        }
        detail={
          capacityUnlockedHoursPerMonth === null ? (
            <>
              Declare <code>spec.platform.hoursSavedPerTeamPerMonth</code> to
              see it
            </>
          ) : (
            'a month, across adopting teams'
          )
        }
      />
    </Grid>
  );
};
