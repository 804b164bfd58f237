import type { KeyResultDirection, KeyResultProgress } from './types';

/**
 * A key result's progress from its measured value: progress = (value − baseline) / (target −
 * baseline). The raw progress is below 0 when the value moved away from the target past the
 * baseline and above 1 beyond the target; `progressClamped` keeps it in [0, 1] for a bar. Without a
 * measured value (`value` null) the state is `no-data` — never a progress of 0.
 *
 * @param options - with:
 *   - `direction`: the way the key result should move; the target lies that way from the
 *   baseline (see {@link checkKeyResultTarget})
 * @throws RangeError when the target equals the baseline (progress would be undefined)
 * @public
 */
export function keyResultProgress(options: {
  baseline: number;
  target: number;
  direction: KeyResultDirection;
  value: number | null;
  lastPointAt: string | null;
}): KeyResultProgress {
  const { baseline, target, direction, value, lastPointAt } = options;
  if (target === baseline) {
    throw new RangeError(
      `the target equals the baseline (${baseline}); progress is undefined`,
    );
  }
  if (value === null || !Number.isFinite(value) || lastPointAt === null) {
    return { state: 'no-data' };
  }
  const progress = (value - baseline) / (target - baseline);
  const beyond = direction === 'increase' ? value >= target : value <= target;
  const behind = direction === 'increase' ? value < baseline : value > baseline;
  return {
    state: 'measured',
    value,
    lastPointAt,
    progress,
    progressClamped: Math.min(1, Math.max(0, progress)),
    reached: beyond,
    regressed: behind,
  };
}

/**
 * Why a key result's baseline, target and direction do not fit together, or undefined when they
 * do: the target must differ from the baseline and lie in the key result's direction from it.
 *
 * @public
 */
export function checkKeyResultTarget(options: {
  baseline: number;
  target: number;
  direction: KeyResultDirection;
}): string | undefined {
  const { baseline, target, direction } = options;
  if (target === baseline) {
    return `target: equals the baseline (${baseline}), so progress cannot be measured; set a target the key result should move to`;
  }
  if (direction === 'increase' && target < baseline) {
    return `target: ${target} is below the baseline ${baseline} but direction is 'increase'; raise the target or set direction 'decrease'`;
  }
  if (direction === 'decrease' && target > baseline) {
    return `target: ${target} is above the baseline ${baseline} but direction is 'decrease'; lower the target or set direction 'increase'`;
  }
  return undefined;
}
