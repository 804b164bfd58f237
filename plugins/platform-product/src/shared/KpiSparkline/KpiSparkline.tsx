import { useTheme } from '@material-ui/core';
import { Line, LineChart, ReferenceLine, Tooltip, YAxis } from 'recharts';
import {
  ScorecardKpiStatus,
  formatKpiValue,
} from '@platform-product/backstage-plugin-platform-product-common';

/**
 * A KPI's daily history as a small line, with its target as a dashed reference; days without data
 * are gaps, not zeros.
 */
export const KpiSparkline = ({ kpi }: { kpi: ScorecardKpiStatus }) => {
  const theme = useTheme();
  return (
    <LineChart
      width={120}
      height={32}
      data={kpi.history}
      title={`Daily history of ${kpi.title}`}
      accessibilityLayer
    >
      <YAxis hide domain={['auto', 'auto']} />
      <Tooltip
        formatter={value =>
          typeof value === 'number' ? formatKpiValue(kpi.unit, value) : '—'
        }
        labelFormatter={(_, payload) => payload?.[0]?.payload?.day ?? ''}
      />
      <ReferenceLine
        y={kpi.target}
        stroke={theme.palette.text.secondary}
        strokeDasharray="3 3"
        ifOverflow="extendDomain"
      />
      <Line
        type="monotone"
        dataKey="value"
        name={kpi.title}
        stroke={theme.palette.primary.main}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
};
