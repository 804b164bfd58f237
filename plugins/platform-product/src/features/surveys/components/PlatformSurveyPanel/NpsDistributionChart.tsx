import { useTheme } from '@material-ui/core';
import { npsCategory } from '@platform-product/backstage-plugin-platform-product-common';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { chartFrame } from '../../../../shared/chartFrame';

/** How many answered each score from 0 to 10. */
export const NpsDistributionChart = ({
  distribution,
}: {
  distribution: number[];
}) => {
  const theme = useTheme();
  const data = distribution.map((count, score) => ({
    score,
    count,
    fill: {
      promoter: theme.palette.success.main,
      passive: theme.palette.warning.main,
      detractor: theme.palette.error.main,
    }[npsCategory(score)],
  }));
  return (
    <BarChart {...chartFrame('Answers by score', 180)} data={data}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="score" />
      <YAxis allowDecimals={false} width={32} />
      <Tooltip formatter={value => [value, 'answers']} />
      <Bar dataKey="count" name="Answers" isAnimationActive={false} />
    </BarChart>
  );
};
