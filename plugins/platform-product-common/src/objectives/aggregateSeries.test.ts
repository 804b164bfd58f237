import { aggregateSeries } from './aggregateSeries';

const DAY = 24 * 60 * 60 * 1000;

describe('aggregateSeries', () => {
  const values = [5, 1, 4, 2, 3];

  it('computes the median and 95th percentile with linear interpolation', () => {
    expect(aggregateSeries(values, 'p50', 7 * DAY)).toBe(3);
    expect(aggregateSeries([1, 2, 3, 4], 'p50', 7 * DAY)).toBe(2.5);
    expect(aggregateSeries(values, 'p95', 7 * DAY)).toBeCloseTo(4.8, 10);
  });

  it('sums, averages and gives the rate per day of the window', () => {
    expect(aggregateSeries(values, 'sum', 7 * DAY)).toBe(15);
    expect(aggregateSeries(values, 'avg', 7 * DAY)).toBe(3);
    expect(aggregateSeries(values, 'rate', 5 * DAY)).toBe(3);
    expect(aggregateSeries([28], 'rate', 28 * DAY)).toBe(1);
  });

  it('has no value without points', () => {
    expect(aggregateSeries([], 'sum', DAY)).toBeNull();
    expect(aggregateSeries([], 'p95', DAY)).toBeNull();
  });
});
