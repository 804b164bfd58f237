import { TextField, TextFieldProps } from '@material-ui/core';

/**
 * A field of an owner's form: a MUI `TextField` that reports the text itself, full width and
 * dense unless told otherwise; date and time fields keep their label above the picker.
 */
export const TextInput = (
  props: Omit<TextFieldProps, 'value' | 'onChange' | 'variant'> & {
    value: string;
    onChange: (value: string) => void;
  },
) => {
  const { onChange, type, InputLabelProps, ...rest } = props;
  const picker = type === 'date' || type === 'datetime-local';
  return (
    <TextField
      fullWidth={!picker}
      margin="dense"
      type={type}
      InputLabelProps={
        picker ? { shrink: true, ...InputLabelProps } : InputLabelProps
      }
      {...rest}
      onChange={event => onChange(event.target.value)}
    />
  );
};
