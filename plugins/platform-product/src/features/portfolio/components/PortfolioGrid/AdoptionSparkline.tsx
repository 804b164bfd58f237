import { Sparkline, SparklineRow } from '../../../../shared/Sparkline';
import { AdoptionPoint, adoptionSeries, importedKey } from '../adoptionSeries';
import { ratioText } from '../portfolioText';

/**
 * A platform's adoption over the last 90 days as a small line: imported figures dashed, days
 * without data as gaps.
 */
export const AdoptionSparkline = (props: {
  title: string;
  points: AdoptionPoint[];
}) => (
  <Sparkline
    title={`Adoption of ${props.title} over 90 days`}
    width={96}
    height={28}
    rows={
      adoptionSeries([{ key: 'ratio', points: props.points }]) as SparklineRow[]
    }
    lines={[
      { key: 'ratio', name: 'Adoption' },
      { key: importedKey('ratio'), name: 'Adoption (imported)', dashed: true },
    ]}
    domain={[0, 1]}
    formatValue={ratioText}
  />
);
