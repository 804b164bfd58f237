import { formatPercent } from '../core/format/formatValues';
import { WELL_KNOWN_METRICS } from '../core/metrics';
import type { KeyResultBinding } from './types';

function trim(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toString();
}

/**
 * A key result's value (current, baseline or target) as the UI shows it: adoption and SLO
 * attainment as percentages, NPS as a signed score, a metric with its unit where the metric is
 * well known (a `rate` per day), the consumers of a deprecation as a count.
 *
 * @public
 */
export function formatKeyResultValue(
  binding: KeyResultBinding,
  value: number,
): string {
  switch (binding.type) {
    case 'adoption':
      return formatPercent(value, 1);
    case 'slo-attainment':
      return formatPercent(value, 3);
    case 'nps':
      return value > 0 ? `+${trim(value, 1)}` : trim(value, 1);
    case 'metric': {
      const unit = WELL_KNOWN_METRICS.find(
        m => m.name === binding.metric,
      )?.unit;
      const number = trim(value, 2);
      if (binding.aggregation === 'rate') {
        return `${number} ${unit ?? ''} a day`.replace('  ', ' ');
      }
      return unit ? `${number} ${unit}` : number;
    }
    case 'deprecation-consumers':
      return `${trim(value, 0)} ${value === 1 ? 'consumer' : 'consumers'}`;
    default:
      return String(value);
  }
}

/**
 * What a key result's binding measures, in words: "p50 of lead_time_hours over 28d".
 *
 * @public
 */
export function describeKeyResultBinding(binding: KeyResultBinding): string {
  switch (binding.type) {
    case 'adoption':
      return 'adoption (share of audience teams)';
    case 'nps':
      return 'net promoter score (latest survey round)';
    case 'slo-attainment':
      return `attainment of SLO ${binding.slo}`;
    case 'metric': {
      const labels = Object.entries(binding.labels ?? {})
        .map(([key, value]) => `${key}=${value}`)
        .join(', ');
      return `${binding.aggregation} of ${binding.metric} over ${
        binding.window
      }${labels ? ` (${labels})` : ''}`;
    }
    case 'deprecation-consumers':
      return `consumers still on ${binding.deprecationRef}`;
    default:
      return 'unknown';
  }
}
