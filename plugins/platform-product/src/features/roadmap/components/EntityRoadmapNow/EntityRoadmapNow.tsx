import { Box, Typography } from '@material-ui/core';
import { useEntityRoadmap } from '../../hooks';

/**
 * For the service-page card: one line per relied-on platform with Now items that affect the
 * personas of the entity's owners ("Now on Deployment Platform: Faster rollbacks"). Renders nothing
 * while loading, on error, or when there is nothing to say.
 */
export const EntityRoadmapNow = (props: { entityRef: string }) => {
  const { value } = useEntityRoadmap(props.entityRef);
  if (!value || value.platforms.length === 0) {
    return null;
  }
  return (
    <Box mt={1} aria-label="Roadmap items affecting you">
      {value.platforms.map(platform => (
        <Typography variant="body2" key={platform.platformRef}>
          <strong>Now on {platform.title}:</strong>{' '}
          {platform.items.map(item => item.title).join(', ')}
        </Typography>
      ))}
    </Box>
  );
};
