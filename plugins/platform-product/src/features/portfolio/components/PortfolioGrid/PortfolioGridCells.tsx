import { ReactNode } from 'react';
import { Box, Typography } from '@material-ui/core';
import {
  PortfolioRow,
  formatAdoptionStage,
  formatKpiValue,
  formatMarginOfError,
  formatNps,
  formatPercent,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  AlertStateLabel,
  SloHealthLabel,
} from '../../../../shared/StatusLabel';
import { NO_DATA, changeText, countsText, ratioText } from '../portfolioText';
import { AdoptionSparkline } from './AdoptionSparkline';

/** A second, smaller line under a cell's figure. */
export const Caption = ({ children }: { children: ReactNode }) => (
  <Typography variant="caption" color="textSecondary" display="block">
    {children}
  </Typography>
);

/** "no data", as every empty figure of the grid says it. */
const NoData = () => <Typography variant="body2">{NO_DATA}</Typography>;

/** Adoption: share, stage and counts, with the 90-day sparkline. */
export const AdoptionCell = ({ row }: { row: PortfolioRow }) => {
  const { adoption } = row;
  if (adoption.ratio === null) return <NoData />;
  return (
    <Box display="flex" alignItems="center" gridGap={8}>
      <Box>
        <Typography variant="body2">
          {ratioText(adoption.ratio)} · {formatAdoptionStage(adoption.stage)}
        </Typography>
        <Caption>{countsText(adoption)} teams</Caption>
      </Box>
      {adoption.sparkline.length > 1 && (
        <AdoptionSparkline title={row.title} points={adoption.sparkline} />
      )}
    </Box>
  );
};

/** A change of adoption against an earlier day, with its arrow. */
export const ChangeCell = ({ change }: { change: number | null }) => (
  <Typography variant="body2">{changeText(change)}</Typography>
);

export const ServicesCell = ({ row }: { row: PortfolioRow }) =>
  row.services ? (
    <Typography variant="body2">
      {row.services.adopting}/{row.services.total}
    </Typography>
  ) : (
    <NoData />
  );

export const NpsCell = ({ row }: { row: PortfolioRow }) => {
  const { nps } = row;
  if (!nps) return <NoData />;
  return (
    <>
      <Typography variant="body2">
        {nps.value === null ? NO_DATA : formatNps(nps.value)} · n=
        {nps.responses} · {formatMarginOfError(nps.marginOfError)}
      </Typography>
      <Caption>closed {nps.closedOn}</Caption>
    </>
  );
};

export const ReliabilityCell = ({ row }: { row: PortfolioRow }) => {
  const { reliability } = row;
  if (!reliability) return <NoData />;
  const { worst } = reliability;
  return (
    <>
      <Box display="flex" gridGap={4} flexWrap="wrap">
        <SloHealthLabel health={reliability.health} />
        <AlertStateLabel state={reliability.alertState} />
      </Box>
      {worst ? (
        <Caption>
          {worst.displayName}:{' '}
          {worst.attainment === null
            ? NO_DATA
            : formatPercent(worst.attainment)}{' '}
          · budget left{' '}
          {worst.budgetRemaining === null
            ? NO_DATA
            : formatPercent(worst.budgetRemaining, 1)}
        </Caption>
      ) : (
        <Caption>{NO_DATA}</Caption>
      )}
    </>
  );
};

/** A figure in a scorecard unit, or "no data". */
export const UnitCell = (props: {
  value: number | null;
  format: (value: number) => string;
}) =>
  props.value === null ? (
    <NoData />
  ) : (
    <Typography variant="body2">{props.format(props.value)}</Typography>
  );

export const DeprecationDebtCell = ({ row }: { row: PortfolioRow }) =>
  row.deprecationDebt ? (
    <>
      <Typography variant="body2">
        {row.deprecationDebt.consumers} / {row.deprecationDebt.violations}
      </Typography>
      <Caption>consumers / violations</Caption>
    </>
  ) : (
    <NoData />
  );

export const ObjectivesCell = ({ row }: { row: PortfolioRow }) => {
  const { objectives } = row;
  if (!objectives) return <NoData />;
  return (
    <>
      <Typography variant="body2">
        {objectives.meanProgress === null
          ? NO_DATA
          : formatPercent(objectives.meanProgress, 0)}
      </Typography>
      <Caption>
        {objectives.onTrack} of {objectives.keyResults} on track
      </Caption>
    </>
  );
};

/** Hours a month, "120 h/month". */
export const hoursPerMonth = (value: number) =>
  `${formatKpiValue('hours', value)}/month`;

/** Tickets per 100 users a month. */
export const perHundredUsers = (value: number) =>
  formatKpiValue('per-100-users-per-month', value);

/** Cost per service a month. */
export const perService = (value: number) =>
  formatKpiValue('per-service-per-month', value);
