import { computeInvestmentMix, investmentMixProblems } from './investmentMix';

describe('investmentMixProblems', () => {
  it('accepts a mix that sums to 100', () => {
    expect(
      investmentMixProblems({
        'new-capability': 70,
        reliability: 20,
        cost: 10,
      }),
    ).toEqual([]);
  });

  it('names the sum when it is not 100', () => {
    expect(
      investmentMixProblems({ 'new-capability': 70, reliability: 20 }),
    ).toEqual([
      'investmentMix must sum to 100 — got 90; e.g. new-capability: 70, reliability: 20, cost: 10',
    ]);
  });

  it('names unknown categories and bad percentages with their path', () => {
    expect(
      investmentMixProblems(
        { features: 50, reliability: 50.5, cost: -1 },
        'spec.investmentMix',
      ),
    ).toEqual([
      'spec.investmentMix.features is not an investment category; use one of new-capability, reliability, cost, developer-experience, unplanned',
      'spec.investmentMix.reliability must be a whole percentage from 0 to 100 — got 50.5',
      'spec.investmentMix.cost must be a whole percentage from 0 to 100 — got -1',
    ]);
  });

  it('never stringifies what it was sent, and quotes at most a short prefix', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(
      investmentMixProblems({ reliability: deep, ['x'.repeat(100_000)]: 1 }),
    ).toEqual([
      'investmentMix.reliability must be a whole percentage from 0 to 100 — got an array',
      `investmentMix["${'x'.repeat(
        40,
      )}…" (100000 characters)] is not an investment category; use one of new-capability, reliability, cost, developer-experience, unplanned`,
    ]);
  });
});

describe('computeInvestmentMix', () => {
  it('compares the declared mix with the share of Now items per category', () => {
    expect(
      computeInvestmentMix(
        { 'new-capability': 70, reliability: 20, cost: 10 },
        [
          { category: 'new-capability' },
          { category: 'reliability' },
          { category: 'reliability' },
          { category: 'unplanned' },
        ],
      ),
    ).toEqual([
      { category: 'new-capability', intended: 70, actual: 25, nowItems: 1 },
      { category: 'reliability', intended: 20, actual: 50, nowItems: 2 },
      { category: 'cost', intended: 10, actual: 0, nowItems: 0 },
      { category: 'unplanned', intended: 0, actual: 25, nowItems: 1 },
    ]);
  });

  it('shows the actual mix alone when none is declared, and zeros without Now items', () => {
    expect(computeInvestmentMix(null, [{ category: 'cost' }])).toEqual([
      { category: 'cost', intended: 0, actual: 100, nowItems: 1 },
    ]);
    expect(computeInvestmentMix({ reliability: 100 }, [])).toEqual([
      { category: 'reliability', intended: 100, actual: 0, nowItems: 0 },
    ]);
  });
});
