const RATE_FORMAT = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 2,
});

/**
 * A burn rate as the SLO panel shows it: up to two decimals and a times sign, "14.4×", "0.33×",
 * "1,200×"; "no data" without one.
 *
 * @param rate - the burn rate (see `burnRate`), `null` without data
 * @public
 */
export function formatBurnRate(rate: number | null): string {
  return rate === null ? 'no data' : `${RATE_FORMAT.format(rate)}×`;
}
