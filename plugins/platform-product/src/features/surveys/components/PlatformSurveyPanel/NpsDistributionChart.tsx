import { useTheme } from '@material-ui/core';
import { npsCategory } from '@platform-product/backstage-plugin-platform-product-common';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

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
    <BarChart
      responsive
      style={{ width: '100%', height: 180 }}
      data={data}
      title="Answers by score"
      accessibilityLayer
      margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="score" />
      <YAxis allowDecimals={false} width={32} />
      <Tooltip formatter={value => [value, 'answers']} />
      <Bar dataKey="count" name="Answers" isAnimationActive={false} />
    </BarChart>
  );
};
