/** One sample of a series: when (ms since the epoch) and its value. */
export interface Sample {
  timestamp: number;
  value: number;
}

/**
 * Turns a counter's samples, one per step and oldest first, into the increase over each step: the
 * difference to the sample before; when the counter went down (it was reset, e.g. by a restart)
 * the increase is the value itself, counted from zero. Only the samples at or after `from` get an
 * increase (the one before serves as their start); a sample without a previous one gets none. A
 * value that is no number (NaN, ±Inf) on either side makes the increase NaN.
 */
export function counterIncreases(
  samples: readonly Sample[],
  from: number,
): Sample[] {
  const increases: Sample[] = [];
  for (let i = 1; i < samples.length; i++) {
    const { timestamp, value } = samples[i];
    if (timestamp < from) {
      continue;
    }
    const previous = samples[i - 1].value;
    let increase = NaN;
    if (Number.isFinite(value) && Number.isFinite(previous)) {
      increase = value >= previous ? value - previous : value;
    }
    increases.push({ timestamp, value: increase });
  }
  return increases;
}
