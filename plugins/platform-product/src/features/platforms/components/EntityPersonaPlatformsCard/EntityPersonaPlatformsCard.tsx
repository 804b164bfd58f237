import { List, ListItem, Typography } from '@material-ui/core';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { RELATION_SERVED_BY_PLATFORM } from '@platform-product/backstage-plugin-platform-product-common';
import { WrappingListItemText } from '../../../../shared/WrappingListItemText';

/**
 * On a Persona's page: the platforms that serve it (its `servedByPlatform` relations, which the
 * catalog module emits from each platform's `spec.platform.personas`).
 *
 * @public
 */
export const EntityPersonaPlatformsCard = () => {
  const { entity } = useEntity();
  const platformRefs = [
    ...new Set(
      (entity.relations ?? [])
        .filter(relation => relation.type === RELATION_SERVED_BY_PLATFORM)
        .map(relation => relation.targetRef),
    ),
  ].sort();
  return (
    <InfoCard title="Platforms serving this persona">
      {platformRefs.length === 0 ? (
        <Typography variant="body2">
          No platform names this persona yet. A platform serves it when its{' '}
          <code>spec.platform.personas</code> lists{' '}
          <code>{entity.metadata.name}</code>.
        </Typography>
      ) : (
        <List dense>
          {platformRefs.map(ref => (
            <ListItem key={ref} disableGutters>
              <WrappingListItemText
                primary={<EntityRefLink entityRef={ref} />}
              />
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
};
