import { InputError } from '@backstage/errors';

/**
 * Throws one 400 that names every problem an input validation found (the common package's
 * validators return them as a list of messages that each name the field and say how to fix it).
 *
 * @internal
 */
export function throwIfInvalid(problems: readonly string[]): void {
  if (problems.length > 0) {
    throw new InputError(problems.join('; '));
  }
}
