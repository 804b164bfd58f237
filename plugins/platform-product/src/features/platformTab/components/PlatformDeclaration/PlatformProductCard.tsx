import { Fragment } from 'react';
import { Chip, Typography } from '@material-ui/core';
import { InfoCard, Link } from '@backstage/core-components';
import { EntityRefLinks, useEntity } from '@backstage/plugin-catalog-react';
import {
  PlatformSpec,
  getServedPersonaRefs,
} from '@platform-product/backstage-plugin-platform-product-common';
import { DeclarationTable } from './DeclarationTable';

/** What a platform declares it is: category, personas served, audience, hours saved, links. */
export const PlatformProductCard = ({ spec }: { spec: PlatformSpec }) => {
  const { entity } = useEntity();
  const metadata: Record<string, unknown> = {
    Category: <Chip size="small" label={spec.category} />,
    'Personas served': (
      <EntityRefLinks
        entityRefs={getServedPersonaRefs(entity, spec)}
        defaultKind="persona"
      />
    ),
    Audience: spec.audience?.groups?.length ? (
      <EntityRefLinks entityRefs={spec.audience.groups} defaultKind="group" />
    ) : (
      `every group of type ${(spec.audience?.groupTypes ?? ['team']).join(
        ', ',
      )}`
    ),
  };
  if (spec.hoursSavedPerTeamPerMonth !== undefined) {
    metadata['Hours saved per adopting team a month'] =
      spec.hoursSavedPerTeamPerMonth;
  }
  return (
    <InfoCard title="Product">
      <DeclarationTable metadata={metadata} />
      {spec.links && spec.links.length > 0 && (
        <Typography variant="body2" component="div">
          {spec.links.map((link, index) => (
            <Fragment key={link.url}>
              {index > 0 && ' · '}
              <Link to={link.url}>{link.title}</Link>
            </Fragment>
          ))}
        </Typography>
      )}
    </InfoCard>
  );
};
