import {
  ScorecardKpiStatus,
  formatKpiValue,
} from '@platform-product/backstage-plugin-platform-product-common';
import { Sparkline } from '../Sparkline';

/**
 * A KPI's daily history as a small line, with its target as a dashed reference; days without data
 * are gaps, not zeros.
 */
export const KpiSparkline = ({ kpi }: { kpi: ScorecardKpiStatus }) => (
  <Sparkline
    title={`Daily history of ${kpi.title}`}
    width={120}
    height={32}
    rows={kpi.history}
    lines={[{ key: 'value', name: kpi.title }]}
    domain="auto"
    reference={kpi.target}
    formatValue={value => formatKpiValue(kpi.unit, value)}
  />
);
