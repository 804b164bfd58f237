import { ReactNode } from 'react';
import { Chip } from '@material-ui/core';
import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';

/** How good a status is: drives its colour. `none` is for "no data". */
export type StatusTone = 'ok' | 'warning' | 'error' | 'none';

const icons = {
  ok: StatusOK,
  warning: StatusWarning,
  error: StatusError,
  none: StatusAborted,
};

/** A small outlined chip with a Backstage status dot and a label, e.g. "● At risk". */
export const StatusLabel = (props: {
  tone: StatusTone;
  children: ReactNode;
}) => {
  const Icon = icons[props.tone];
  return (
    <Chip
      size="small"
      variant="outlined"
      label={<Icon>{props.children}</Icon>}
    />
  );
};
