/**
 * Throws a RangeError unless `value` is a finite number of zero or more.
 *
 * @param value - the number to check
 * @param name - what the number is, as the caller wrote it, e.g. `total`
 * @internal
 */
export function assertNonNegative(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(
      `${name} must be a finite number of zero or more — got ${value}; pass 0 when there is none`,
    );
  }
}

/**
 * Throws a RangeError unless `value` is a fraction in [0, 1].
 *
 * @param value - the number to check
 * @param name - what the number is, as the caller wrote it, e.g. `errorRate`
 * @internal
 */
export function assertFraction(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(
      `${name} must be a fraction in [0, 1] — got ${value}; write 2 % as 0.02`,
    );
  }
}

/**
 * Throws a RangeError unless `target` is an SLO target: a fraction in [0, 1). A target of 1 (100 %)
 * leaves no error budget at all, so it is refused.
 *
 * @param target - the objective's target
 * @internal
 */
export function assertSloTarget(target: number): void {
  if (!Number.isFinite(target) || target < 0 || target >= 1) {
    throw new RangeError(
      `target must be a fraction in [0, 1) — got ${target}; write 99.9 % as 0.999 (a target of 1 leaves no error budget)`,
    );
  }
}

/**
 * Throws a RangeError unless `ms` is a positive, finite number of milliseconds.
 *
 * @param ms - the length to check
 * @param name - what the length is, as the caller wrote it, e.g. `windowMs`
 * @internal
 */
export function assertPositiveWindow(ms: number, name: string): void {
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new RangeError(
      `${name} must be a positive number of milliseconds — got ${ms}; convert a duration with parseDuration('30d')`,
    );
  }
}
