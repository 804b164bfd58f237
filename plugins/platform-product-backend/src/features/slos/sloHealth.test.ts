import { sloHealth, worstSloHealth } from './sloHealth';

const budget = (remaining: number) => ({
  allowedBad: 100,
  bad: 100 * (1 - remaining),
  consumed: 1 - remaining,
  remaining,
});

describe('sloHealth', () => {
  it.each([
    [null, 'ok', 'no-data'],
    [budget(0), 'ok', 'breached'],
    [budget(1 - 1 / (1000 * (1 - 0.999))), 'ok', 'breached'],
    [budget(-0.5), 'page', 'breached'],
    [budget(0.2499), 'ok', 'at-risk'],
    [budget(0.9), 'page', 'at-risk'],
    [budget(0.9), 'ticket', 'at-risk'],
    [budget(0.25), 'ok', 'healthy'],
    [budget(0.9), 'no-data', 'healthy'],
  ] as const)('with budget %p and alerts %p is %p', (b, alerts, health) => {
    expect(sloHealth(b, alerts)).toBe(health);
  });
});

describe('worstSloHealth', () => {
  it('takes the worst, counting missing data as worse than healthy', () => {
    expect(worstSloHealth(['healthy', 'no-data'])).toBe('no-data');
    expect(worstSloHealth(['no-data', 'at-risk', 'healthy'])).toBe('at-risk');
    expect(worstSloHealth(['at-risk', 'breached'])).toBe('breached');
    expect(worstSloHealth(['healthy'])).toBe('healthy');
    expect(worstSloHealth([])).toBe('no-data');
  });
});
