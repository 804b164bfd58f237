import { ReactNode } from 'react';
import { Box, Button } from '@material-ui/core';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { describeError } from '../../api';
import type { AsyncValue } from '../AsyncValue';

/**
 * Shows a spinner while `state` loads, the backend's message and a "Retry" button when it failed,
 * and `children(value)` once it is there.
 */
export const AsyncContent = <T,>(props: {
  state: AsyncValue<T>;
  children: (value: T) => ReactNode;
}) => {
  const { state, children } = props;
  if (state.loading) {
    return <Progress />;
  }
  if (state.error) {
    return (
      <>
        <ResponseErrorPanel
          error={state.error}
          title={describeError(state.error)}
        />
        <Box mt={1}>
          <Button variant="outlined" color="primary" onClick={state.retry}>
            Retry
          </Button>
        </Box>
      </>
    );
  }
  return state.value === undefined ? null : <>{children(state.value)}</>;
};
