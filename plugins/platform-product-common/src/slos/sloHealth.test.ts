import {
  AT_RISK_BUDGET_REMAINING,
  SloHealth,
  sloHealth,
  worstSlo,
  worstSloHealth,
} from './sloHealth';

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

describe('worstSlo', () => {
  const slo = (
    name: string,
    health: SloHealth,
    budgetRemaining: number | null,
  ) => ({ name, health, budgetRemaining, attainment: null });

  it('takes the worst health first, whatever the budgets', () => {
    expect(
      worstSlo([
        slo('latency', 'at-risk', 0.1),
        slo('availability', 'breached', 0.0),
        slo('errors', 'no-data', null),
      ])?.name,
    ).toBe('availability');
    expect(
      worstSlo([slo('fresh', 'healthy', 0.3), slo('silent', 'no-data', null)])
        ?.name,
    ).toBe('silent');
  });

  it('breaks a tie in health by the least budget left, no budget counting as least', () => {
    const slos = [
      slo('a', 'at-risk', AT_RISK_BUDGET_REMAINING - 0.01),
      slo('b', 'at-risk', 0.05),
      slo('c', 'at-risk', 0.9),
    ];
    expect(worstSlo(slos)?.name).toBe('b');
    expect(worstSlo([...slos, slo('d', 'at-risk', null)])?.name).toBe('d');
  });

  it('breaks a full tie by name, so the answer does not depend on the order', () => {
    const tied = [slo('beta', 'healthy', 0.5), slo('alpha', 'healthy', 0.5)];
    expect(worstSlo(tied)?.name).toBe('alpha');
    expect(worstSlo([...tied].reverse())?.name).toBe('alpha');
  });

  it('returns the SLO as given, and nothing for no SLOs', () => {
    const only = slo('only', 'healthy', 1);
    expect(worstSlo([only])).toBe(only);
    expect(worstSlo([])).toBeUndefined();
  });
});
