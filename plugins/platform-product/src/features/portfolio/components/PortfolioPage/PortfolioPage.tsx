import { useEffect, useState } from 'react';
import { Box, Grid, Typography } from '@material-ui/core';
import { Content, Header, InfoCard, Page } from '@backstage/core-components';
import type { Portfolio } from '@platform-product/backstage-plugin-platform-product-common';
import { AsyncContent } from '../../../../shared/AsyncContent';
import {
  usePortfolio,
  usePortfolioQuery,
  usePortfolioTrends,
} from '../../hooks';
import { PortfolioGrid } from '../PortfolioGrid';
import { PortfolioHeatMap } from '../PortfolioHeatMap';
import { PortfolioTotals } from '../PortfolioTotals';
import { PortfolioExportButtons } from './PortfolioExportButtons';
import { PortfolioFilters } from './PortfolioFilters';
import { lazyLoaded } from '../../../../shared/lazyLoaded';

const PortfolioTrends = lazyLoaded(
  () => import('../PortfolioTrends').then(m => m.PortfolioTrends),
  { height: 520 },
);

/**
 * The platforms portfolio, for leadership: every platform in one grid (adoption and its change,
 * services, NPS, reliability, support, deprecation debt, objectives, capacity and cost), the
 * totals, adoption by org as a heat map down to the teams, the trends, and an export of the view.
 * Every setting (filters, sort, as-of) is in the URL, so a view can be shared and reloaded.
 *
 * @public
 */
export const PortfolioPage = () => {
  const [query, setQuery] = usePortfolioQuery();
  const portfolio = usePortfolio(query);
  const trends = usePortfolioTrends(query);
  // The filters keep their options while the next view loads.
  const [last, setLast] = useState<Portfolio>();
  useEffect(() => {
    if (portfolio.value) setLast(portfolio.value);
  }, [portfolio.value]);

  return (
    <Page themeId="tool">
      <Header
        title="Platforms portfolio"
        subtitle="Every platform's adoption, satisfaction, reliability and investment, as of any day"
      />
      <Content>
        {last && (
          <Box
            display="flex"
            gridGap={16}
            flexWrap="wrap"
            mb={2}
            role="group"
            aria-label="View"
          >
            <PortfolioFilters
              query={query}
              facets={last.facets}
              asOf={last.asOf}
              earliestDay={last.earliestDay}
              onChange={setQuery}
            />
            <PortfolioExportButtons
              query={query}
              asOf={query.asOf ?? last.asOf}
            />
          </Box>
        )}
        <AsyncContent state={portfolio}>
          {value => (
            <Grid container spacing={3}>
              <Grid item xs={12}>
                <PortfolioTotals totals={value.totals} />
              </Grid>
              <Grid item xs={12}>
                <InfoCard title="Platforms" subheader={`As of ${value.asOf}`}>
                  {value.rows.length === 0 ? (
                    <Typography variant="body2">
                      No platform matches these filters.
                    </Typography>
                  ) : (
                    <PortfolioGrid
                      rows={value.rows}
                      asOf={value.asOf}
                      ownerTitles={Object.fromEntries(
                        value.facets.owners.map(o => [o.ref, o.title]),
                      )}
                      query={query}
                      onSort={(sort, order) => setQuery({ sort, order })}
                    />
                  )}
                </InfoCard>
              </Grid>
              <Grid item xs={12}>
                <InfoCard title="Adoption by org">
                  <PortfolioHeatMap portfolio={value} query={query} />
                </InfoCard>
              </Grid>
            </Grid>
          )}
        </AsyncContent>
        <Box mt={3}>
          <AsyncContent state={trends}>
            {value => <PortfolioTrends trends={value} />}
          </AsyncContent>
        </Box>
      </Content>
    </Page>
  );
};
