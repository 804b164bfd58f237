import { getOrCompute } from './getOrCompute';

describe('getOrCompute', () => {
  it('computes a missing value once and keeps it', () => {
    const cache = new Map<string, number>();
    const compute = jest.fn(() => 7);
    expect(getOrCompute(cache, 'a', compute)).toBe(7);
    expect(getOrCompute(cache, 'a', compute)).toBe(7);
    expect(compute).toHaveBeenCalledTimes(1);
    expect([...cache]).toEqual([['a', 7]]);
  });

  it('keeps undefined as a value and does not compute it again', () => {
    const cache = new Map<string, number | undefined>();
    const compute = jest.fn(() => undefined);
    getOrCompute(cache, 'a', compute);
    getOrCompute(cache, 'a', compute);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('groups into kept arrays, and works with a WeakMap', () => {
    const groups = new Map<string, number[]>();
    for (const [key, value] of [
      ['x', 1],
      ['y', 2],
      ['x', 3],
    ] as const) {
      getOrCompute(groups, key, () => []).push(value);
    }
    expect(Object.fromEntries(groups)).toEqual({ x: [1, 3], y: [2] });

    const owner = {};
    const weak = new WeakMap<object, string>();
    expect(getOrCompute(weak, owner, () => 'kept')).toBe('kept');
    expect(getOrCompute(weak, owner, () => 'other')).toBe('kept');
  });
});
