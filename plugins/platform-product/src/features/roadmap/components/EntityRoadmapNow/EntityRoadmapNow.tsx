import { Box, Typography } from '@material-ui/core';
import type { EntityRoadmap } from '@platform-product/backstage-plugin-platform-product-common';

/**
 * For the service-page card: one line per relied-on platform with Now items that affect the
 * personas of the entity's owners ("Now on Deployment Platform: Faster rollbacks"). Renders nothing
 * when there is nothing to say.
 */
export const EntityRoadmapNow = (props: {
  platforms: EntityRoadmap['platforms'];
}) => {
  if (props.platforms.length === 0) {
    return null;
  }
  return (
    <Box mt={1} aria-label="Roadmap items affecting you">
      {props.platforms.map(platform => (
        <Typography variant="body2" key={platform.platformRef}>
          <strong>Now on {platform.title}:</strong>{' '}
          {platform.items.map(item => item.title).join(', ')}
        </Typography>
      ))}
    </Box>
  );
};
