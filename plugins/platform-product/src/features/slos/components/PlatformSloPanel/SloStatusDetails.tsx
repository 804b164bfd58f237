import { ReactNode } from 'react';
import { Box, Grid, Typography } from '@material-ui/core';
import {
  SloStatus,
  formatDuration,
  formatPercent,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ErrorBudgetBar } from '../../../../shared/ErrorBudgetBar';
import {
  AlertStateLabel,
  SloHealthLabel,
} from '../../../../shared/StatusLabel';
import { BurnRateTable } from './BurnRateTable';

const countFormat = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 0,
});

/** What the rest of the window still allows before the objective is missed. */
function allowanceText(allowance: SloStatus['allowance']): string {
  const parts: string[] = [];
  if (allowance.downtimeRemainingMs !== null) {
    parts.push(
      allowance.downtimeRemainingMs > 0
        ? `${formatDuration(allowance.downtimeRemainingMs)} of full downtime`
        : 'no more downtime',
    );
  }
  if (allowance.badEventsRemaining !== null) {
    parts.push(
      allowance.badEventsRemaining > 0
        ? `${countFormat.format(allowance.badEventsRemaining)} bad events`
        : 'no more bad events',
    );
  }
  return parts.length > 0 ? `${parts.join(' or ')} still allowed` : 'No data';
}

const Fact = (props: { label: string; children: ReactNode }) => (
  <Grid item xs={6} md={3}>
    <Typography variant="overline" color="textSecondary" component="div">
      {props.label}
    </Typography>
    <Typography variant="body2" component="div">
      {props.children}
    </Typography>
  </Grid>
);

/** One SLO's live status: attainment against target, budget left, what is still allowed, and its burn-rate alerts. */
export const SloStatusDetails = ({ slo }: { slo: SloStatus }) => (
  <Box component="section" aria-label={slo.displayName} py={2}>
    <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
      <Typography variant="h6" component="h3">
        {slo.displayName}
      </Typography>
      <SloHealthLabel health={slo.health} />
      <AlertStateLabel state={slo.alertState} />
    </Box>
    {slo.description && (
      <Typography variant="body2" color="textSecondary">
        {slo.description}
      </Typography>
    )}
    <Box mt={1}>
      <Grid container spacing={2}>
        <Fact label="Attainment">
          {slo.attainment === null ? 'No data' : formatPercent(slo.attainment)}{' '}
          <Typography variant="caption" color="textSecondary">
            (target {formatPercent(slo.target)},{' '}
            {slo.window.isRolling ? 'rolling' : 'calendar'}{' '}
            {slo.window.duration})
          </Typography>
        </Fact>
        <Fact label="Error budget">
          <ErrorBudgetBar
            remaining={slo.budget?.remaining ?? null}
            health={slo.health}
          />
        </Fact>
        <Fact label="Until the objective is missed">
          {allowanceText(slo.allowance)}
        </Fact>
        <Fact label="Last data point">
          {slo.lastPointAt
            ? new Date(slo.lastPointAt).toLocaleString('en-GB', {
                timeZone: 'UTC',
                dateStyle: 'medium',
                timeStyle: 'short',
              })
            : 'None in the window'}
        </Fact>
      </Grid>
    </Box>
    {slo.burnRates.length > 0 && (
      <Box mt={1}>
        <BurnRateTable burnRates={slo.burnRates} sloName={slo.displayName} />
      </Box>
    )}
  </Box>
);
