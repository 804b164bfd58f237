import fc from 'fast-check';
import {
  ADOPTION_STAGE_THRESHOLDS,
  AdoptionStage,
  adoptionRatio,
  adoptionStage,
} from './adoptionStage';

describe('adoptionStage', () => {
  it.each<[number, AdoptionStage]>([
    [0, 'innovators'],
    [0.0249, 'innovators'],
    [0.025, 'early-adopters'],
    [0.1599, 'early-adopters'],
    [0.16, 'early-majority'],
    [0.4999, 'early-majority'],
    [0.5, 'late-majority'],
    [0.8399, 'late-majority'],
    [0.84, 'laggards'],
    [1, 'laggards'],
  ])('puts %s in %s', (ratio, stage) => {
    expect(adoptionStage(ratio)).toBe(stage);
  });

  it('refuses a ratio outside [0, 1]', () => {
    expect(() => adoptionStage(1.2)).toThrow(
      new RangeError(
        'ratio must be a fraction in [0, 1] — got 1.2; write 2 % as 0.02',
      ),
    );
  });

  it('never goes back a stage as the ratio grows', () => {
    const order: AdoptionStage[] = [
      ...ADOPTION_STAGE_THRESHOLDS.map(t => t.stage),
      'laggards',
    ];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(order.indexOf(adoptionStage(high))).toBeGreaterThanOrEqual(
            order.indexOf(adoptionStage(low)),
          );
        },
      ),
    );
  });
});

describe('adoptionRatio', () => {
  it('is adopting over audience', () => {
    expect(adoptionRatio(3, 5)).toBe(0.6);
    expect(adoptionRatio(0, 21)).toBe(0);
    expect(adoptionRatio(21, 21)).toBe(1);
  });

  it('has no ratio, not a zero, when the audience is empty', () => {
    expect(adoptionRatio(0, 0)).toBeNull();
  });

  it('refuses more adopters than audience, or a negative count', () => {
    expect(() => adoptionRatio(6, 5)).toThrow(
      new RangeError(
        'adopting (6) must not be more than audience (5); count only the adopters that are in the audience',
      ),
    );
    expect(() => adoptionRatio(-1, 5)).toThrow(
      /adopting must be a finite number of zero or more — got -1/,
    );
  });
});
