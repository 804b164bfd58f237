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

/** One end of the trend in words: "61.9 % of teams (13 of 21, imported) on 2026-11-01". */
function pointText(point: AdoptionTrendPoint, withTeams: boolean): string {
  const imported = point.source === 'imported' ? ', imported' : '';
  return `${formatPercent(point.ratio!, 1)}${withTeams ? ' of teams' : ''} (${
    point.adoptingTeams
  } of ${point.audienceTeams}${imported}) on ${point.day}`;
}

/** The trend in a sentence, shown under the chart for those who do not see it. */
function trendSummary(trend: AdoptionTrendPoint[]): string {
  const measured = trend.filter(point => point.ratio !== null);
  if (measured.length === 0) {
    return 'No adoption history yet: the backend stores a snapshot every day.';
  }
  const first = measured[0];
  const last = measured[measured.length - 1];
  const imported = measured.some(point => point.source === 'imported')
    ? ' Dashed: figures imported from earlier records, not snapshots taken on the day.'
    : '';
  return `From ${pointText(first, true)} to ${pointText(
    last,
    false,
  )}.${imported}`;
}

/**
 * The chart's data: the ratio of live snapshots and of imported figures as two series, so that
 * imported figures are drawn as such; an imported point next to a live one joins both lines.
 */
function chartData(trend: AdoptionTrendPoint[]) {
  return trend.map((point, i) => {
    const neighbourLive = [trend[i - 1], trend[i + 1]].some(
      p => p?.source === 'live',
    );
    const neighbourImported = [trend[i - 1], trend[i + 1]].some(
      p => p?.source === 'imported',
    );
    return {
      ...point,
      live:
        point.source === 'live' ||
        (point.source === 'imported' && neighbourLive)
          ? point.ratio
          : null,
      imported:
        point.source === 'imported' ||
        (point.source === 'live' && neighbourImported)
          ? point.ratio
          : null,
    };
  });
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
        <AreaChart
          {...chartFrame('Adoption over time', 240)}
          data={chartData(trend)}
        >
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
            dataKey="live"
            name="Teams adopting"
            stroke={theme.palette.primary.main}
            fill={theme.palette.primary.light}
            fillOpacity={0.3}
            connectNulls={false}
            isAnimationActive={false}
          />
          {trend.some(point => point.source === 'imported') && (
            <Area
              type="monotone"
              dataKey="imported"
              name="Teams adopting (imported)"
              stroke={theme.palette.text.secondary}
              strokeDasharray="5 4"
              fill="none"
              connectNulls={false}
              isAnimationActive={false}
            />
          )}
        </AreaChart>
      )}
      <Typography variant="body2" color="textSecondary">
        {summary}
      </Typography>
    </Box>
  );
};
