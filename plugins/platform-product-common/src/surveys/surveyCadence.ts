import { DEFAULT_SURVEY_DURATION_DAYS, SurveyCadence } from './types';
import { DAY_MS } from '../core/utcDays';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The round a survey cadence calls for in one period.
 *
 * @public
 */
export interface CadenceRound {
  /** Unique per platform and period, e.g. `2026-Q4`: a period gets one round however often asked. */
  periodKey: string;
  /** e.g. `Q4 2026`, `H2 2026`, `November 2026` */
  title: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The round of the cadence period that contains `now` (UTC): it starts with the period and lasts
 * `durationDays`, never past the period's end.
 *
 * @param options - with:
 *   - `cadence`: monthly, quarterly or half-yearly
 *   - `durationDays`: how long the round stays open (default 14)
 *   - `now`: the moment whose period is wanted
 * @public
 */
export function cadenceRound(options: {
  cadence: SurveyCadence;
  durationDays?: number;
  now: Date;
}): CadenceRound {
  const { cadence, now } = options;
  const durationDays = options.durationDays ?? DEFAULT_SURVEY_DURATION_DAYS;
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const monthsPerPeriod = { monthly: 1, quarterly: 3, 'half-yearly': 6 }[
    cadence
  ];
  const index = Math.floor(month / monthsPerPeriod);
  const startsAt = new Date(Date.UTC(year, index * monthsPerPeriod, 1));
  const periodEnd = new Date(Date.UTC(year, (index + 1) * monthsPerPeriod, 1));
  const endsAt = new Date(
    Math.min(startsAt.getTime() + durationDays * DAY_MS, periodEnd.getTime()),
  );
  switch (cadence) {
    case 'monthly':
      return {
        periodKey: `${year}-${String(month + 1).padStart(2, '0')}`,
        title: `${MONTHS[month]} ${year}`,
        startsAt,
        endsAt,
      };
    case 'quarterly':
      return {
        periodKey: `${year}-Q${index + 1}`,
        title: `Q${index + 1} ${year}`,
        startsAt,
        endsAt,
      };
    default:
      return {
        periodKey: `${year}-H${index + 1}`,
        title: `H${index + 1} ${year}`,
        startsAt,
        endsAt,
      };
  }
}
