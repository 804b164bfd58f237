import { useTheme } from '@material-ui/core';
import { Line, LineChart, Tooltip, YAxis } from 'recharts';
import { AdoptionPoint, adoptionSeries, importedKey } from '../adoptionSeries';
import { ratioText } from '../portfolioText';

/**
 * A platform's adoption over the last 90 days as a small line: imported figures dashed, days
 * without data as gaps.
 */
export const AdoptionSparkline = (props: {
  title: string;
  points: AdoptionPoint[];
}) => {
  const theme = useTheme();
  const data = adoptionSeries([{ key: 'ratio', points: props.points }]);
  const line = {
    type: 'monotone' as const,
    stroke: theme.palette.primary.main,
    strokeWidth: 2,
    dot: false,
    isAnimationActive: false,
  };
  return (
    <LineChart
      width={96}
      height={28}
      data={data}
      title={`Adoption of ${props.title} over 90 days`}
      accessibilityLayer
    >
      <YAxis hide domain={[0, 1]} />
      <Tooltip
        formatter={value => ratioText(typeof value === 'number' ? value : null)}
        labelFormatter={(_, payload) => payload?.[0]?.payload?.day ?? ''}
      />
      <Line {...line} dataKey="ratio" name="Adoption" />
      <Line
        {...line}
        dataKey={importedKey('ratio')}
        name="Adoption (imported)"
        strokeDasharray="3 3"
      />
    </LineChart>
  );
};
