import { Typography } from '@material-ui/core';
import { WarningPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { validateMetadata } from '@platform-product/backstage-plugin-platform-product-common';

/** The problems in the entity's Platform Product metadata, as the catalog module reports them. */
export const PlatformMetadataProblems = () => {
  const { entity } = useEntity();
  const { problems } = validateMetadata(entity);
  if (problems.length === 0) {
    return null;
  }
  return (
    <WarningPanel
      severity="error"
      title={`This entity's platform metadata has ${problems.length} problem${
        problems.length > 1 ? 's' : ''
      }; fix them in its catalog-info.yaml`}
      defaultExpanded
    >
      <ul>
        {problems.map(problem => (
          <li key={problem.message}>
            <Typography variant="body2">{problem.message}</Typography>
          </li>
        ))}
      </ul>
    </WarningPanel>
  );
};
