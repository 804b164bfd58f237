import type { ScorecardKpiUnit } from '../../scorecards/scorecard';

function trim(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toString();
}

/**
 * A fraction as a percentage with as many decimals as it needs (up to `maxDigits`):
 * 0.999 → "99.9 %", 0.9995 → "99.95 %", 0.7 → "70 %".
 *
 * @public
 */
export function formatPercent(fraction: number, maxDigits = 3): string {
  return `${trim(fraction * 100, maxDigits)} %`;
}

/**
 * A length of time in the unit a person would use: 2_592_000 ms → "43.2 min" for
 * (1 − 0.999) × 30 d, 157_680_000 ms → "43.8 h" for (1 − 0.995) × 365 d, 5 days → "5 d".
 *
 * @public
 */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  // [size of the unit, its name, from how many of them it is used]: days only from 3 days on, so
  // that an error budget of 43.8 hours reads as hours, the way SRE books write it.
  const units: Array<[number, string, number]> = [
    [24 * 60 * 60 * 1000, 'd', 3],
    [60 * 60 * 1000, 'h', 1],
    [60 * 1000, 'min', 1],
    [1000, 's', 1],
  ];
  for (const [size, unit, from] of units) {
    if (abs >= size * from) {
      return `${trim(ms / size, 2)} ${unit}`;
    }
  }
  return `${trim(ms, 0)} ms`;
}

/**
 * A scorecard value or target in its KPI's unit, e.g. "70 %", "+32", "4.5 a day", "30 min".
 *
 * @public
 */
export function formatKpiValue(unit: ScorecardKpiUnit, value: number): string {
  switch (unit) {
    case 'fraction':
      return formatPercent(value);
    case 'score':
      return value > 0 ? `+${trim(value, 1)}` : trim(value, 1);
    case 'hours':
      return `${trim(value, 1)} h`;
    case 'minutes':
      return `${trim(value, 1)} min`;
    case 'per-day':
      return `${trim(value, 2)} a day`;
    case 'per-100-users-per-month':
      return `${trim(value, 2)} per 100 users a month`;
    case 'per-service-per-month':
      return `${trim(value, 2)} per service a month`;
    default:
      return String(value);
  }
}

/**
 * An NPS margin of error (95 %) as shown beside a score: `±12`, rounded to whole points; `±?` when
 * it is unknown (too few answers).
 *
 * @public
 */
export function formatMarginOfError(margin: number | null | undefined): string {
  return margin === null || margin === undefined || !Number.isFinite(margin)
    ? '±?'
    : `±${Math.round(margin)}`;
}
