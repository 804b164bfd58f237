import {
  Box,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@material-ui/core';
import {
  SCORECARD_KPIS,
  Scorecard,
  ScorecardKpiStatus,
  formatKpiValue,
} from '@platform-product/backstage-plugin-platform-product-common';
import { KpiSparkline } from '../../../../shared/KpiSparkline';
import { KpiStatusLabel } from '../../../../shared/StatusLabel';
import { ScrollTable } from '../../../../shared/ScrollTable';

const kpiOrder = SCORECARD_KPIS.map(kpi => kpi.id);
const descriptions = Object.fromEntries(
  SCORECARD_KPIS.map(kpi => [kpi.id, kpi.description]),
);

function targetText(kpi: ScorecardKpiStatus): string {
  return `${kpi.direction === 'at-least' ? '≥' : '≤'} ${formatKpiValue(
    kpi.unit,
    kpi.target,
  )}`;
}

/**
 * The scorecard's KPIs in the product's order (value, target, status, daily history) and the
 * capacity the platform unlocks.
 */
export const ScorecardTable = ({ scorecard }: { scorecard: Scorecard }) => {
  const kpis = [...scorecard.kpis].sort(
    (a, b) => kpiOrder.indexOf(a.kpi) - kpiOrder.indexOf(b.kpi),
  );
  return (
    <>
      <ScrollTable size="small" aria-label="Scorecard">
        <TableHead>
          <TableRow>
            <TableCell>KPI</TableCell>
            <TableCell align="right">Value</TableCell>
            <TableCell align="right">Target</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>
              {scorecard.from} – {scorecard.to}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {kpis.map(kpi => (
            <TableRow key={kpi.kpi}>
              <TableCell component="th" scope="row">
                <Tooltip title={descriptions[kpi.kpi] ?? ''}>
                  <Typography variant="body2">{kpi.title}</Typography>
                </Tooltip>
              </TableCell>
              <TableCell align="right">
                {kpi.value === null ? '—' : formatKpiValue(kpi.unit, kpi.value)}
              </TableCell>
              <TableCell align="right">{targetText(kpi)}</TableCell>
              <TableCell>
                <KpiStatusLabel status={kpi.status} />
              </TableCell>
              <TableCell>
                <KpiSparkline kpi={kpi} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      {scorecard.capacityUnlockedHoursPerMonth !== null && (
        <Box mt={2}>
          <Typography variant="body2">
            Capacity unlocked for adopting teams:{' '}
            <strong>
              {formatKpiValue('hours', scorecard.capacityUnlockedHoursPerMonth)}{' '}
              a month
            </strong>
          </Typography>
        </Box>
      )}
      {scorecard.deprecationDebt && (
        <Box mt={1}>
          <Typography variant="body2" data-testid="deprecation-debt">
            Deprecation debt:{' '}
            <strong>
              {scorecard.deprecationDebt.consumers} consumers still on{' '}
              {scorecard.deprecationDebt.deprecations} deprecated parts
            </strong>
            {scorecard.deprecationDebt.violations > 0 &&
              `, ${scorecard.deprecationDebt.violations} of them past the sunset`}
          </Typography>
        </Box>
      )}
    </>
  );
};
