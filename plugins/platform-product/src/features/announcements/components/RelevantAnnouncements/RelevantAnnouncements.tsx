import { Box, Typography } from '@material-ui/core';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { EntityAnnouncements } from '@platform-product/backstage-plugin-platform-product-common';
import {
  KIND_LABELS,
  TIMING_LABELS,
} from '../PlatformAnnouncementsPanel/announcementLabels';

/**
 * For the service-page card: one line for each relevant announcement of the platforms the entity
 * relies on, linked to the platform's tab. Nothing without announcements.
 */
export const RelevantAnnouncements = (props: {
  items: EntityAnnouncements['items'];
}) => {
  const { items } = props;
  const entityRoute = useRouteRef(entityRouteRef);
  if (items.length === 0) {
    return null;
  }
  return (
    <Box mb={1} component="section" aria-label="Platform announcements">
      <Typography variant="overline">Announcements</Typography>
      {items.map(item => (
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
