import { Fragment } from 'react';
import { Grid } from '@material-ui/core';
import { EmptyState } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { validateMetadata } from '@platform-product/backstage-plugin-platform-product-common';
import { useSearchParams } from 'react-router-dom';
import { PlatformMetadataProblems } from '../PlatformDeclaration';
import { PlatformSectionNav } from './PlatformSectionNav';
import { PLATFORM_SECTIONS, sectionOf, sectionProps } from './platformSections';

/**
 * The "Platform" tab of a platform product, in sections one click apart, each with its own link
 * (`?section=…`): Scorecard (with what the product declares and its targets), Reliability (live
 * SLO status, SLO definitions, support promise), Data sources (where each SLO metric's points come
 * from, pushed or pulled), Adoption, Voice (survey, personas, NPS), Roadmap & objectives,
 * Announcements and Deprecations (of the platform or its parts). Problems in the
 * platform's declaration show above them all.
 *
 * @public
 */
export const EntityPlatformContent = () => {
  const { entity } = useEntity();
  const { platform } = validateMetadata(entity);
  const [searchParams] = useSearchParams();
  const current = sectionOf(searchParams.get('section'));

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <PlatformMetadataProblems />
      </Grid>
      {platform ? (
        <>
          <Grid item xs={12}>
            <PlatformSectionNav
              sections={PLATFORM_SECTIONS}
              current={current}
            />
          </Grid>
          <Fragment key={current.id}>
            {current.render(sectionProps(entity, platform))}
          </Fragment>
        </>
      ) : (
        <Grid item xs={12}>
          <EmptyState
            missing="field"
            title="No valid platform declaration"
            description="This entity has no valid spec.platform block. Fix the problems listed above, or see docs/catalog-model.md for the fields a platform product declares."
          />
        </Grid>
      )}
    </Grid>
  );
};
