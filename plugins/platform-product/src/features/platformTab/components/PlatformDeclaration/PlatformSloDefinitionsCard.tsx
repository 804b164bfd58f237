import { Typography } from '@material-ui/core';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import {
  availabilityBudget,
  errorBudgetShare,
  formatDuration,
  formatPercent,
  isDuration,
  parseDuration,
  PlatformSlo,
  PlatformSpec,
} from '@platform-product/backstage-plugin-platform-product-common';
import { TableFrame } from '../../../../shared/ScrollTable';

function sloIndicatorText(slo: PlatformSlo): string {
  if ('thresholdMetric' in slo.indicator) {
    const objective = slo.objectives[0];
    return `${slo.indicator.thresholdMetric.metric} ${objective?.op ?? ''} ${
      objective?.value ?? ''
    }`.trim();
  }
  const { good, bad, total } = slo.indicator.ratioMetric;
  return good
    ? `${good.metric} / ${total.metric}`
    : `1 − ${bad?.metric} / ${total.metric}`;
}

function sloWindowText(slo: PlatformSlo): string {
  const window = slo.timeWindow[0];
  return window.isRolling
    ? `rolling ${window.duration}`
    : `calendar ${window.duration}`;
}

/** For Occurrences SLOs over a fixed window: the bad time it allows, e.g. "43.2 min per 30d". */
function sloAllowanceText(slo: PlatformSlo, target: number): string {
  const window = slo.timeWindow[0];
  if (slo.budgetingMethod !== 'Occurrences' || !isDuration(window.duration)) {
    return `${formatPercent(errorBudgetShare(target))} of ${
      slo.budgetingMethod === 'Timeslices' ? 'time slices' : 'events'
    }`;
  }
  const allowed = availabilityBudget({
    target,
    windowMs: parseDuration(window.duration),
  });
  return `${formatPercent(
    errorBudgetShare(target),
  )} of events (${formatDuration(allowed)} of full downtime per ${
    window.duration
  })`;
}

type SloRow = {
  id: string;
  slo: PlatformSlo;
  objective: PlatformSlo['objectives'][number];
};

const sloColumns: TableColumn<SloRow>[] = [
  {
    title: 'SLO',
    render: row => (
      <>
        <Typography variant="body2">
          {row.slo.displayName ?? row.slo.name}
        </Typography>
        {row.slo.description && (
          <Typography variant="caption" color="textSecondary">
            {row.slo.description}
          </Typography>
        )}
      </>
    ),
  },
  { title: 'Indicator', render: row => sloIndicatorText(row.slo) },
  { title: 'Window', render: row => sloWindowText(row.slo) },
  { title: 'Budgeting', render: row => row.slo.budgetingMethod },
  { title: 'Target', render: row => formatPercent(row.objective.target) },
  {
    title: 'Error budget',
    render: row => sloAllowanceText(row.slo, row.objective.target),
  },
];

/** The SLOs a platform declares: indicator, window, budgeting, target and the error budget it allows. */
export const PlatformSloDefinitionsCard = ({
  spec,
}: {
  spec: PlatformSpec;
}) => {
  const rows: SloRow[] = (spec.slos ?? []).flatMap(slo =>
    slo.objectives.map((objective, index) => ({
      id: `${slo.name}-${index}`,
      slo,
      objective,
    })),
  );
  if (rows.length === 0) {
    return (
      <InfoCard title="SLO definitions">
        <Typography variant="body2">
          This platform declares no SLOs. Add them under{' '}
          <code>spec.platform.slos</code> so consumers can see what to expect.
        </Typography>
      </InfoCard>
    );
  }
  return (
    <TableFrame>
      <Table<SloRow>
        title="SLO definitions"
        options={{ paging: false, search: false, padding: 'dense' }}
        columns={sloColumns}
        data={rows}
      />
    </TableFrame>
  );
};
