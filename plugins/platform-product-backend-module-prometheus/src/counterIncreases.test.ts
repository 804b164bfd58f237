import { counterIncreases } from './counterIncreases';

const samples = (values: number[]) =>
  values.map((value, i) => ({ timestamp: i * 60_000, value }));

describe('counterIncreases', () => {
  it('gives each step the increase since the sample before, from the first step asked for', () => {
    expect(counterIncreases(samples([100, 105, 105, 112]), 60_000)).toEqual([
      { timestamp: 60_000, value: 5 },
      { timestamp: 120_000, value: 0 },
      { timestamp: 180_000, value: 7 },
    ]);
  });

  it('counts a reset from zero', () => {
    expect(counterIncreases(samples([100, 110, 4, 9]), 60_000)).toEqual([
      { timestamp: 60_000, value: 10 },
      { timestamp: 120_000, value: 4 },
      { timestamp: 180_000, value: 5 },
    ]);
  });

  it('leaves out the step without a sample before it, and the samples before `from`', () => {
    expect(counterIncreases(samples([1, 2, 4]), 0)).toEqual([
      { timestamp: 60_000, value: 1 },
      { timestamp: 120_000, value: 2 },
    ]);
    expect(counterIncreases(samples([1, 2, 4]), 120_000)).toEqual([
      { timestamp: 120_000, value: 2 },
    ]);
    expect(counterIncreases(samples([7]), 0)).toEqual([]);
  });

  it('makes the increase NaN when either side is no number', () => {
    expect(
      counterIncreases(samples([1, NaN, 3, Infinity]), 60_000).map(
        s => s.value,
      ),
    ).toEqual([NaN, NaN, NaN]);
  });
});
