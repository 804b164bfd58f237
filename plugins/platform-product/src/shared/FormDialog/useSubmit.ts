import { useCallback, useState } from 'react';
import { describeError } from '../../api/describeError';

/** What to do around an action besides running it. */
export interface RunOptions {
  /** The problems in what is about to be sent; the action runs only when there are none. */
  check?: () => string[];
  /** Called once the action succeeded, e.g. to close the dialog. */
  onDone?: () => void;
}

/** A write the user started from a form or a button, and how it went. */
export interface Submission {
  /**
   * Runs `action`, unless `check` finds problems in what is about to be sent, then `onDone` when it
   * succeeded. Resolves to whether it succeeded; when not, `errors` says why (the problems found, or
   * the backend's message), and the caller keeps what the user entered.
   */
  run(action: () => Promise<unknown>, options?: RunOptions): Promise<boolean>;
  /** Whether an action is on its way: its buttons stay disabled meanwhile. */
  busy: boolean;
  /** Why the last run failed; empty when it did not. */
  errors: string[];
}

/**
 * The state of a write started by the user: whether it is on its way, and why it failed, in the
 * backend's own words (`describeError`).
 */
export function useSubmit(): Submission {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  const run = useCallback(
    async (
      action: () => Promise<unknown>,
      options?: RunOptions,
    ): Promise<boolean> => {
      const problems = options?.check?.() ?? [];
      setErrors(problems);
      if (problems.length > 0) {
        return false;
      }
      setBusy(true);
      try {
        await action();
      } catch (error) {
        setErrors([describeError(error as Error)]);
        return false;
      } finally {
        setBusy(false);
      }
      options?.onDone?.();
      return true;
    },
    [],
  );

  return { run, busy, errors };
}
