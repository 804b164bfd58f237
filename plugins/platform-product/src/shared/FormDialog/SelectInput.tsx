import { ComponentProps } from 'react';
import { MenuItem } from '@material-ui/core';
import { TextInput } from './TextInput';

/** A choice among `options` in an owner's form, each shown by its label (or as it is). */
export function SelectInput<T extends string>(
  props: Omit<
    ComponentProps<typeof TextInput>,
    'select' | 'children' | 'value' | 'onChange'
  > & {
    value: T;
    options: readonly T[];
    labels?: Partial<Record<T, string>>;
    onChange: (value: T) => void;
  },
) {
  const { options, labels, onChange, ...field } = props;
  return (
    <TextInput select {...field} onChange={value => onChange(value as T)}>
      {options.map(option => (
        <MenuItem key={option} value={option}>
          {labels?.[option] ?? option}
        </MenuItem>
      ))}
    </TextInput>
  );
}
