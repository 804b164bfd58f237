import { Box, Typography, useTheme } from '@material-ui/core';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  AdoptionTrendPoint,
  formatPercent,
} from '@platform-product/backstage-plugin-platform-product-common';
import { chartFrame } from '../../../../shared/chartFrame';

/** The trend in a sentence, shown under the chart for those who do not see it. */
function trendSummary(trend: AdoptionTrendPoint[]): string {
  const measured = trend.filter(point => point.ratio !== null);
  if (measured.length === 0) {
    return 'No adoption history yet: the backend stores a snapshot every day.';
  }
  const first = measured[0];
  const last = measured[measured.length - 1];
  return `From ${formatPercent(first.ratio!, 1)} of teams (${
    first.adoptingTeams
  } of ${first.audienceTeams}) on ${first.day} to ${formatPercent(
    last.ratio!,
    1,
  )} (${last.adoptingTeams} of ${last.audienceTeams}) on ${last.day}.`;
}

/** The share of audience teams adopting the platform, day by day. */
export const AdoptionTrendChart = ({
  trend,
}: {
  trend: AdoptionTrendPoint[];
}) => {
  const theme = useTheme();
  const summary = trendSummary(trend);
  return (
    <Box>
      {trend.length > 0 && (
        <AreaChart {...chartFrame('Adoption over time', 240)} data={trend}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" minTickGap={24} />
          <YAxis
            domain={[0, 1]}
            tickFormatter={value => formatPercent(value, 0)}
            width={56}
          />
          <Tooltip
            formatter={(value, _name, item) =>
              typeof value === 'number'
                ? `${formatPercent(value, 1)} (${
                    item.payload.adoptingTeams
                  } of ${item.payload.audienceTeams} teams)`
                : 'no data'
            }
          />
          <Area
            type="monotone"
            dataKey="ratio"
            name="Teams adopting"
            stroke={theme.palette.primary.main}
            fill={theme.palette.primary.light}
            fillOpacity={0.3}
            isAnimationActive={false}
          />
        </AreaChart>
      )}
      <Typography variant="body2" color="textSecondary">
        {summary}
      </Typography>
    </Box>
  );
};
