import { Typography } from '@material-ui/core';
import type { DeprecationTrendPoint } from '@platform-product/backstage-plugin-platform-product-common';
import {
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** The burn-down of a deprecation: consumers remaining and violations per day. */
export const DeprecationTrendChart = (props: {
  trend: DeprecationTrendPoint[];
  height: number;
  compact?: boolean;
}) => {
  const { trend, height, compact } = props;
  if (trend.length === 0) {
    return (
      <Typography variant="caption" color="textSecondary">
        No burn-down yet: the first snapshot is taken by the daily job.
      </Typography>
    );
  }
  return (
    <div
      style={{ width: compact ? 160 : '100%', height }}
      aria-label="Burn-down"
      role="img"
    >
      <ResponsiveContainer>
        <LineChart data={trend}>
          {!compact && <XAxis dataKey="day" />}
          {!compact && <YAxis allowDecimals={false} />}
          <Tooltip />
          <Line
            type="monotone"
            dataKey="consumers"
            name="Consumers"
            stroke="#1f77b4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="violations"
            name="Violations"
            stroke="#d62728"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
};
