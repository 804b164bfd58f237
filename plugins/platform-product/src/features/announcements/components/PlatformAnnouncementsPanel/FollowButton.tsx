import { Box, Button, Typography } from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import { useSubmit } from '../../../../shared/FormDialog';
import { announcementsApiRef } from '../../api';
import { useFollowState } from '../../hooks';

/**
 * Follow / Unfollow a platform, for every signed-in user: followers are notified of new
 * announcements and of roadmap items moving to Now or shipping.
 */
export const FollowButton = (props: { entityRef: string }) => {
  const { entityRef } = props;
  const api = useApi(announcementsApiRef);
  const state = useFollowState(entityRef);
  const { run, busy, errors } = useSubmit();
  if (!state.value) {
    return null;
  }
  const { following, followers } = state.value;
  const toggle = () =>
    run(() => api.setFollowing({ entityRef, following: !following }), {
      onDone: state.retry,
    });
  return (
    <Box display="flex" alignItems="center" gridGap={8}>
      <Typography variant="caption" color="textSecondary">
        {followers} {followers === 1 ? 'follower' : 'followers'}
      </Typography>
      <Button
        variant={following ? 'outlined' : 'contained'}
        color="primary"
        size="small"
        disabled={busy}
        onClick={toggle}
      >
        {following ? 'Unfollow' : 'Follow'}
      </Button>
      {errors.map(error => (
        <Typography key={error} variant="caption" color="error">
          {error}
        </Typography>
      ))}
    </Box>
  );
};
