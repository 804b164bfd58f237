import { Typography, useTheme } from '@material-ui/core';
import {
  CartesianGrid,
  ErrorBar,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  formatMarginOfError,
  formatNps,
  SurveyResults,
} from '@platform-product/backstage-plugin-platform-product-common';
import { chartFrame } from '../../../../shared/chartFrame';

/** NPS of each closed round, oldest first, with its 95 % margin as error bars. */
export const NpsTrendChart = ({ trend }: { trend: SurveyResults['trend'] }) => {
  const theme = useTheme();
  if (trend.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No closed round yet: the trend starts when the first round closes.
      </Typography>
    );
  }
  const data = trend.map(point => ({
    ...point,
    margin: point.marginOfError95 ?? 0,
  }));
  return (
    <>
      <LineChart {...chartFrame('NPS by round', 220)} data={data}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="title" />
        <YAxis domain={[-100, 100]} width={48} />
        <Tooltip
          formatter={(value, _name, item) =>
            typeof value === 'number'
              ? `${formatNps(value)} (n=${
                  item.payload.n
                }, ${formatMarginOfError(item.payload.margin)})`
              : 'no answers'
          }
        />
        <Line
          type="monotone"
          dataKey="nps"
          name="NPS"
          stroke={theme.palette.primary.main}
          isAnimationActive={false}
        >
          <ErrorBar dataKey="margin" width={4} strokeOpacity={0.5} />
        </Line>
      </LineChart>
      <Typography variant="body2" color="textSecondary">
        {trend
          .map(
            point => `${point.title}: ${formatNps(point.nps)} (n=${point.n})`,
          )
          .join(' · ')}
      </Typography>
    </>
  );
};
