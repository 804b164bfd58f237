import { ComponentProps } from 'react';
import { FormDialog } from './FormDialog';
import { useSubmit } from './useSubmit';

/**
 * A {@link FormDialog} that saves what `input()` builds from the fields: `check` looks at it first
 * (the common package's validation, so that the user sees every problem before anything is sent),
 * then `onSave` sends it; the backend's refusal is shown as it is.
 */
export function SaveDialog<T>(
  props: Omit<ComponentProps<typeof FormDialog>, 'onSubmit' | 'submission'> & {
    input: () => T;
    check?: (input: T) => string[];
    onSave: (input: T) => Promise<unknown>;
  },
) {
  const { input, check, onSave, ...dialog } = props;
  const submission = useSubmit();
  const submit = () => {
    const value = input();
    return submission.run(() => onSave(value), {
      check: check && (() => check(value)),
    });
  };
  return <FormDialog {...dialog} submission={submission} onSubmit={submit} />;
}
