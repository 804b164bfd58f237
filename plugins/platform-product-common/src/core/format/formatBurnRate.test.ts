import { formatBurnRate } from './formatBurnRate';

describe('formatBurnRate', () => {
  it('shows up to two decimals and a times sign', () => {
    expect(formatBurnRate(14.4)).toBe('14.4×');
    expect(formatBurnRate(6)).toBe('6×');
    expect(formatBurnRate(1 / 3)).toBe('0.33×');
    expect(formatBurnRate(0.9999)).toBe('1×');
    expect(formatBurnRate(0)).toBe('0×');
  });

  it('groups thousands', () => {
    expect(formatBurnRate(1200)).toBe('1,200×');
  });

  it('says so when there is no data', () => {
    expect(formatBurnRate(null)).toBe('no data');
  });
});
