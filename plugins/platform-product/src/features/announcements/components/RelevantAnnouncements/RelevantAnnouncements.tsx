import { Box, Typography } from '@material-ui/core';
import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { announcementsApiRef } from '../../api';
import {
  KIND_LABELS,
  TIMING_LABELS,
} from '../PlatformAnnouncementsPanel/announcementLabels';

/**
 * One line for each relevant announcement of the platforms the entity relies on, linked to the
 * platform's tab. Nothing while loading, without announcements or when they cannot be read: the
 * card's main content stays.
 */
export const RelevantAnnouncements = (props: { entityRef: string }) => {
  const { entityRef } = props;
  const api = useApi(announcementsApiRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const { value } = useAsync(
    () => api.getEntityAnnouncements({ entityRef }),
    [api, entityRef],
  );
  if (!value || value.items.length === 0) {
    return null;
  }
  return (
    <Box mb={1} component="section" aria-label="Platform announcements">
      <Typography variant="overline">Announcements</Typography>
      {value.items.map(item => (
        <Typography key={item.id} variant="body2">
          <strong>{KIND_LABELS[item.kind]}</strong>
          {item.timing ? ` (${TIMING_LABELS[item.timing]})` : ''} ·{' '}
          {item.platformTitle}:{' '}
          <Link
            to={`${entityRoute(
              entityRouteParams(item.platformRef, { encodeParams: true }),
            )}/platform`}
          >
            {item.title}
          </Link>
        </Typography>
      ))}
    </Box>
  );
};
