import { formatDuration, formatKpiValue, formatPercent } from './formatValues';

describe('formatPercent', () => {
  it('shows as many decimals as the target needs', () => {
    expect(formatPercent(0.999)).toBe('99.9 %');
    expect(formatPercent(0.9995)).toBe('99.95 %');
    expect(formatPercent(0.7)).toBe('70 %');
  });
});

describe('formatDuration', () => {
  it('reads an error budget in the unit a person would use', () => {
    expect(formatDuration((1 - 0.999) * 30 * 24 * 3600 * 1000)).toBe(
      '43.2 min',
    );
    expect(formatDuration((1 - 0.995) * 365 * 24 * 3600 * 1000)).toBe('43.8 h');
    expect(formatDuration(5 * 24 * 3600 * 1000)).toBe('5 d');
    expect(formatDuration(8.76 * 3600 * 1000)).toBe('8.76 h');
    expect(formatDuration(500)).toBe('500 ms');
  });
});

describe('formatKpiValue', () => {
  it('formats each unit', () => {
    expect(formatKpiValue('fraction', 0.7)).toBe('70 %');
    expect(formatKpiValue('score', 32)).toBe('+32');
    expect(formatKpiValue('score', -12.5)).toBe('-12.5');
    expect(formatKpiValue('minutes', 30)).toBe('30 min');
    expect(formatKpiValue('per-day', 5)).toBe('5 a day');
  });
});

describe('formatMarginOfError', () => {
  it('rounds to whole points and says when it is unknown', () => {
    const { formatMarginOfError } = jest.requireActual('./formatValues');
    expect(formatMarginOfError(11.6)).toBe('±12');
    expect(formatMarginOfError(0.4)).toBe('±0');
    expect(formatMarginOfError(null)).toBe('±?');
  });
});
