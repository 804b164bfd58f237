import { InfoCard } from '@backstage/core-components';
import {
  PlatformSpec,
  SCORECARD_KPIS,
  formatKpiValue,
  resolveScorecardTargets,
} from '@platform-product/backstage-plugin-platform-product-common';
import { DeclarationTable } from './DeclarationTable';

/** The scorecard targets: the defaults, with the platform's own overrides. */
export const PlatformTargetsCard = ({ spec }: { spec: PlatformSpec }) => {
  const targets = resolveScorecardTargets(spec.targets);
  const metadata = Object.fromEntries(
    SCORECARD_KPIS.map(kpi => [
      kpi.title,
      `${kpi.direction === 'at-least' ? '≥' : '≤'} ${formatKpiValue(
        kpi.unit,
        targets[kpi.id],
      )}`,
    ]),
  );
  return (
    <InfoCard
      title="Scorecard targets"
      subheader="Defaults unless the platform overrides them in spec.platform.targets"
    >
      <DeclarationTable metadata={metadata} />
    </InfoCard>
  );
};
