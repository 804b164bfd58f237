import fc from 'fast-check';
import { NPS_MIN_READABLE_RESPONSES, computeNps, npsCategory } from './nps';

describe('npsCategory', () => {
  it.each([
    [10, 'promoter'],
    [9, 'promoter'],
    [8, 'passive'],
    [7, 'passive'],
    [6, 'detractor'],
    [0, 'detractor'],
  ])('puts %s among the %ss', (score, category) => {
    expect(npsCategory(score)).toBe(category);
  });

  it.each([11, -1, 7.5, NaN])('refuses %s', score => {
    expect(() => npsCategory(score)).toThrow(
      new RangeError(
        `an NPS score must be a whole number from 0 to 10 — got ${score}; round the answer or drop it`,
      ),
    );
  });
});

describe('computeNps', () => {
  it('computes the worked example: p = 0.4, d = 0.3, NPS 10 ± 51.5 from ten answers', () => {
    const result = computeNps([10, 10, 10, 9, 8, 7, 6, 5, 0, 8]);
    expect(result).toMatchObject({
      n: 10,
      promoters: 4,
      passives: 3,
      detractors: 3,
      nps: 10,
      readable: true,
    });
    // variance = (0.4 + 0.3 − 0.1²) / 10 = 0.069
    expect(result.marginOfError95).toBeCloseTo(
      1.96 * Math.sqrt(0.069) * 100,
      9,
    );
    expect(result.marginOfError95).toBeCloseTo(51.5, 1);
  });

  it('counts both 9s of [10, 10, 10, 9, 8, 7, 6, 5, 0, 9] as promoters: NPS 20 ± 54.0', () => {
    const result = computeNps([10, 10, 10, 9, 8, 7, 6, 5, 0, 9]);
    expect(result).toMatchObject({
      promoters: 5,
      passives: 2,
      detractors: 3,
      nps: 20,
    });
    // variance = (0.5 + 0.3 − 0.2²) / 10 = 0.076
    expect(result.marginOfError95).toBeCloseTo(
      1.96 * Math.sqrt(0.076) * 100,
      9,
    );
    expect(result.marginOfError95).toBeCloseTo(54.0, 1);
  });

  it('has no score, and is not readable, without answers', () => {
    expect(computeNps([])).toEqual({
      n: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      nps: null,
      marginOfError95: null,
      readable: false,
    });
  });

  it(`is not readable below ${NPS_MIN_READABLE_RESPONSES} answers`, () => {
    const result = computeNps([10, 10, 10, 10, 10, 10, 10, 10, 0]);
    expect(result.nps).toBeCloseTo(77.78, 2);
    expect(result.readable).toBe(false);
  });

  it('spans −100 to 100', () => {
    expect(computeNps([0, 3]).nps).toBe(-100);
    expect(computeNps([9, 10]).nps).toBe(100);
    expect(computeNps([9, 10]).marginOfError95).toBe(0);
  });

  it('refuses an answer outside 0–10', () => {
    expect(() => computeNps([10, 12])).toThrow(/got 12/);
  });

  it('stays within −100 and 100 with a non-negative margin', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }),
        scores => {
          const { nps, marginOfError95, n, promoters, passives, detractors } =
            computeNps(scores);
          expect(nps).toBeGreaterThanOrEqual(-100);
          expect(nps).toBeLessThanOrEqual(100);
          expect(marginOfError95).toBeGreaterThanOrEqual(0);
          expect(promoters + passives + detractors).toBe(n);
        },
      ),
    );
  });
});
