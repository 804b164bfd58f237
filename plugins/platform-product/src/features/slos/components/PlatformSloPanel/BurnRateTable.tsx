import { TableBody, TableCell, TableHead, TableRow } from '@material-ui/core';
import {
  BurnRateStatus,
  formatBurnRate,
  formatPercent,
} from '@platform-product/backstage-plugin-platform-product-common';
import { StatusLabel } from '../../../../shared/StatusLabel';
import { ScrollTable } from '../../../../shared/ScrollTable';

const FiringLabel = ({ burnRate }: { burnRate: BurnRateStatus }) => {
  if (burnRate.firing) {
    return (
      <StatusLabel tone={burnRate.severity === 'page' ? 'error' : 'warning'}>
        Firing
      </StatusLabel>
    );
  }
  if (burnRate.longBurnRate === null || burnRate.shortBurnRate === null) {
    return <StatusLabel tone="none">No data</StatusLabel>;
  }
  return <StatusLabel tone="ok">Not firing</StatusLabel>;
};

/** The multi-window burn-rate alerts of one SLO: each window pair, its threshold, its burn now and whether it fires. */
export const BurnRateTable = (props: {
  burnRates: BurnRateStatus[];
  sloName: string;
}) => (
  <ScrollTable size="small" aria-label={`Burn rates of ${props.sloName}`}>
    <TableHead>
      <TableRow>
        <TableCell>Alert</TableCell>
        <TableCell>Windows</TableCell>
        <TableCell align="right">Threshold</TableCell>
        <TableCell align="right">Burn rate (long / short)</TableCell>
        <TableCell align="right">Budget spent at threshold</TableCell>
        <TableCell>State</TableCell>
      </TableRow>
    </TableHead>
    <TableBody>
      {props.burnRates.map(burnRate => (
        <TableRow key={`${burnRate.longWindow}-${burnRate.shortWindow}`}>
          <TableCell>
            {burnRate.severity === 'page' ? 'Page' : 'Ticket'}
          </TableCell>
          <TableCell>
            {burnRate.longWindow} / {burnRate.shortWindow}
          </TableCell>
          <TableCell align="right">
            {formatBurnRate(burnRate.threshold)}
          </TableCell>
          <TableCell align="right">
            {formatBurnRate(burnRate.longBurnRate)} /{' '}
            {formatBurnRate(burnRate.shortBurnRate)}
          </TableCell>
          <TableCell align="right">
            {formatPercent(burnRate.budgetSpent, 1)}
          </TableCell>
          <TableCell>
            <FiringLabel burnRate={burnRate} />
          </TableCell>
        </TableRow>
      ))}
    </TableBody>
  </ScrollTable>
);
