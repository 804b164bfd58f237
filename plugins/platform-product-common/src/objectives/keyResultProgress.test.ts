import { checkKeyResultTarget, keyResultProgress } from './keyResultProgress';

const AT = '2026-11-24T00:00:00.000Z';

describe('keyResultProgress', () => {
  it('measures progress towards a higher target', () => {
    expect(
      keyResultProgress({
        baseline: 40,
        target: 80,
        direction: 'increase',
        value: 50,
        lastPointAt: AT,
      }),
    ).toEqual({
      state: 'measured',
      value: 50,
      lastPointAt: AT,
      progress: 0.25,
      progressClamped: 0.25,
      reached: false,
      regressed: false,
    });
  });

  it('measures progress towards a lower target', () => {
    const result = keyResultProgress({
      baseline: 24,
      target: 8,
      direction: 'decrease',
      value: 12,
      lastPointAt: AT,
    });
    expect(result).toMatchObject({
      progress: 0.75,
      progressClamped: 0.75,
      reached: false,
      regressed: false,
    });
  });

  it('reports a reached target with raw progress beyond 1, clamped to 1', () => {
    expect(
      keyResultProgress({
        baseline: 24,
        target: 8,
        direction: 'decrease',
        value: 4,
        lastPointAt: AT,
      }),
    ).toMatchObject({
      progress: 1.25,
      progressClamped: 1,
      reached: true,
      regressed: false,
    });
    expect(
      keyResultProgress({
        baseline: 0.5,
        target: 0.7,
        direction: 'increase',
        value: 0.7,
        lastPointAt: AT,
      }),
    ).toMatchObject({ progressClamped: 1, reached: true });
  });

  it('reports a regress below the baseline with negative raw progress, clamped to 0', () => {
    expect(
      keyResultProgress({
        baseline: 40,
        target: 80,
        direction: 'increase',
        value: 30,
        lastPointAt: AT,
      }),
    ).toMatchObject({
      progress: -0.25,
      progressClamped: 0,
      reached: false,
      regressed: true,
    });
    expect(
      keyResultProgress({
        baseline: 24,
        target: 8,
        direction: 'decrease',
        value: 30,
        lastPointAt: AT,
      }),
    ).toMatchObject({ progress: -0.375, regressed: true });
  });

  it('says "no data" without a value, never a progress of 0', () => {
    expect(
      keyResultProgress({
        baseline: 40,
        target: 80,
        direction: 'increase',
        value: null,
        lastPointAt: null,
      }),
    ).toEqual({ state: 'no-data' });
  });

  it('refuses a target equal to the baseline', () => {
    expect(() =>
      keyResultProgress({
        baseline: 5,
        target: 5,
        direction: 'increase',
        value: 5,
        lastPointAt: AT,
      }),
    ).toThrow(RangeError);
  });
});

describe('checkKeyResultTarget', () => {
  it('accepts a target in the direction from the baseline', () => {
    expect(
      checkKeyResultTarget({ baseline: 1, target: 2, direction: 'increase' }),
    ).toBeUndefined();
    expect(
      checkKeyResultTarget({ baseline: 2, target: 1, direction: 'decrease' }),
    ).toBeUndefined();
  });

  it('names the field and the fix', () => {
    expect(
      checkKeyResultTarget({ baseline: 3, target: 3, direction: 'increase' }),
    ).toBe(
      'target: equals the baseline (3), so progress cannot be measured; set a target the key result should move to',
    );
    expect(
      checkKeyResultTarget({ baseline: 3, target: 1, direction: 'increase' }),
    ).toMatch(/^target: 1 is below the baseline 3 but direction is 'increase'/);
    expect(
      checkKeyResultTarget({ baseline: 3, target: 5, direction: 'decrease' }),
    ).toMatch(/^target: 5 is above the baseline 3 but direction is 'decrease'/);
  });
});
