import { ReactNode } from 'react';
import { Box, Grid, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import type { PortfolioTotals as Totals } from '@platform-product/backstage-plugin-platform-product-common';
import { InvestmentMixRows } from '../../../roadmap/components/RoadmapBoard/InvestmentMixRows';
import { hoursPerMonth } from '../PortfolioGrid/PortfolioGridCells';
import { NO_DATA, countsText, ratioText } from '../portfolioText';

const Figure = (props: { label: string; children: ReactNode }) => (
  <Box>
    <Typography variant="overline" color="textSecondary">
      {props.label}
    </Typography>
    <Typography variant="h6" component="p">
      {props.children}
    </Typography>
  </Box>
);

/**
 * The totals of the platforms on screen: teams on at least one of them, the capacity they unlock,
 * and the investment mix of their roadmaps (intended against the Now items).
 */
export const PortfolioTotals = ({ totals }: { totals: Totals }) => (
  <InfoCard title="Totals">
    <Grid container spacing={3}>
      <Grid item xs={12} md={5}>
        <Box display="flex" gridGap={32} flexWrap="wrap">
          <Figure label="Platforms">{totals.platforms}</Figure>
          <Figure label="Teams on at least one platform">
            {totals.teams.audience === 0
              ? NO_DATA
              : `${countsText(totals.teams)} · ${ratioText(
                  totals.teams.ratio,
                )}`}
          </Figure>
          <Figure label="Capacity unlocked">
            {totals.capacityUnlockedHoursPerMonth === null
              ? NO_DATA
              : hoursPerMonth(totals.capacityUnlockedHoursPerMonth)}
          </Figure>
        </Box>
      </Grid>
      <Grid item xs={12} md={7}>
        <Typography variant="subtitle2">Investment mix (Now items)</Typography>
        {totals.investmentMix.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            No roadmap of these platforms has Now items or a declared mix.
          </Typography>
        ) : (
          <InvestmentMixRows
            rows={totals.investmentMix}
            declared={totals.investmentMix.some(row => row.intended > 0)}
          />
        )}
      </Grid>
    </Grid>
  </InfoCard>
);
